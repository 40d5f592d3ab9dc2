package no.grunnmodell.deadline;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import no.grunnmodell.platform.Days;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Managers' figures on deadlines, computed by the database (grouped, indexed queries on the engine's task tables)
 * so they stay fast with tens of thousands of courses. Only steps of the given services are counted.
 */
@Repository
public class OverdueReport {

  public record StepSummary(String serviceId, String step, String name, long overdue, long maxDaysOverdue,
                            Date oldestDue) {
  }

  public record OverdueStep(String serviceId, String taskId, String step, String name, String assignee,
                            String caseReference, Date due, long daysOverdue) {
  }

  public record Kept(String serviceId, String step, long met, long missed, long openOverdue) {
  }

  private final NamedParameterJdbcTemplate jdbc;

  public OverdueReport(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<StepSummary> summary(Collection<String> services, Instant now) {
    return jdbc.query("""
        select t.TENANT_ID_, t.TASK_DEF_KEY_, t.NAME_, count(*) as overdue, min(t.DUE_DATE_) as oldest
        from ACT_RU_TASK t
        where t.TENANT_ID_ in (:services) and t.DUE_DATE_ < :now
        group by t.TENANT_ID_, t.TASK_DEF_KEY_, t.NAME_
        order by t.TENANT_ID_, oldest""",
        params(services, now),
        (rs, i) -> new StepSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
            daysOverdue(rs.getTimestamp(5), now), rs.getTimestamp(5)));
  }

  /** The oldest overdue steps first, at most {@code limit}. */
  public List<OverdueStep> steps(Collection<String> services, Instant now, int limit) {
    return jdbc.query("""
        select t.TENANT_ID_, t.ID_, t.TASK_DEF_KEY_, t.NAME_, t.ASSIGNEE_, p.BUSINESS_KEY_, t.DUE_DATE_
        from ACT_RU_TASK t left join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_
        where t.TENANT_ID_ in (:services) and t.DUE_DATE_ < :now
        order by t.DUE_DATE_
        fetch first %d rows only""".formatted(limit),
        params(services, now),
        (rs, i) -> new OverdueStep(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getTimestamp(7), daysOverdue(rs.getTimestamp(7), now)));
  }

  /**
   * Deadlines that fell in [from, to): met when the step was completed by its due date, missed when completed
   * later or still open past it.
   */
  public List<Kept> kept(Collection<String> services, LocalDate from, LocalDate to, Instant now) {
    MapSqlParameterSource p = params(services, now)
        .addValue("from", Timestamp.from(from.atStartOfDay(Days.OSLO).toInstant()))
        .addValue("to", Timestamp.from(to.atStartOfDay(Days.OSLO).toInstant()));
    return jdbc.query("""
        select h.TENANT_ID_, h.TASK_DEF_KEY_,
               sum(case when h.END_TIME_ is not null and h.END_TIME_ <= h.DUE_DATE_ then 1 else 0 end),
               sum(case when h.END_TIME_ is not null and h.END_TIME_ > h.DUE_DATE_ then 1 else 0 end),
               sum(case when h.END_TIME_ is null and h.DUE_DATE_ < :now then 1 else 0 end)
        from ACT_HI_TASKINST h
        where h.TENANT_ID_ in (:services) and h.DUE_DATE_ >= :from and h.DUE_DATE_ < :to
          and (h.END_TIME_ is null or h.DELETE_REASON_ = 'completed')
        group by h.TENANT_ID_, h.TASK_DEF_KEY_
        order by h.TENANT_ID_, h.TASK_DEF_KEY_""",
        p, (rs, i) -> new Kept(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
  }

  private static MapSqlParameterSource params(Collection<String> services, Instant now) {
    return new MapSqlParameterSource("services", services.isEmpty() ? List.of("") : services)
        .addValue("now", Timestamp.from(now));
  }

  private static long daysOverdue(Timestamp due, Instant now) {
    return Math.max(0, Duration.between(due.toInstant(), now).toDays());
  }
}
