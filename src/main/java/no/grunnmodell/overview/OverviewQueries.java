package no.grunnmodell.overview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The leder's overview, computed by the database on the engine's tables, one service at a time: grouped queries
 * and short ordered lists, each through an index on the service (tenant) first, so they stay fast with tens of
 * thousands of courses (indexes in db/changelog/2026-11-25-deadline.xml and 2026-11-30-overview.xml).
 * The SQL is the subset H2 and PostgreSQL share.
 */
@Repository
public class OverviewQueries {

  /** The courses a leder follows; every other process is a part of a course or runs beside it. */
  static final List<String> COURSES = List.of("FamilyCourse", "AftercareCourse");
  /** The quarterly evaluation, which supervisors check: the family course's and the aftercare course's. */
  static final List<String> EVALUATION_STEPS = List.of("Task_EvaluatePlan", "Task_EvaluateWithYoungPerson");
  /** Phases in which no evaluation is to come, whatever the course's last evaluation date says. */
  static final List<String> PHASES_WITHOUT_EVALUATION = List.of("CLOSURE", "CONSENT_WITHDRAWN", "ENDED");

  record PersonRow(String firstName, String lastName, long overdue) {
  }

  record OverdueRow(String caseReference, String step, String name, String firstName, String lastName,
                    Timestamp due, String processInstanceId) {
  }

  /** An evaluation; {@code total} is the number of rows the query matched before it was cut to its limit. */
  record EvaluationRow(String processInstanceId, String caseReference, String course, String firstName,
                       String lastName, Instant due, boolean openStep, long total) {
  }

  record PhaseRow(String phase, long courses) {
  }

  record MonthRow(int month, long met, long missed) {
  }

  private final NamedParameterJdbcTemplate jdbc;

  public OverviewQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Open overdue steps per person holding them (the kontaktperson, for nearly every step), most first. */
  List<PersonRow> overduePerPerson(String service, Instant now) {
    return jdbc.query("""
        select u.FIRST_, u.LAST_, count(*) as overdue
        from ACT_RU_TASK t left join ACT_ID_USER u on u.ID_ = t.ASSIGNEE_
        where t.TENANT_ID_ = :service and t.DUE_DATE_ < :now
        group by t.ASSIGNEE_, u.FIRST_, u.LAST_
        order by overdue desc, u.LAST_, u.FIRST_""",
        params(service).addValue("now", Timestamp.from(now)),
        (rs, i) -> new PersonRow(rs.getString(1), rs.getString(2), rs.getLong(3)));
  }

  /** The oldest open overdue steps first, at most {@code limit}; the case number is the course's. */
  List<OverdueRow> oldestOverdue(String service, Instant now, int limit) {
    return jdbc.query("""
        select coalesce(cr.TEXT_, p.BUSINESS_KEY_), t.TASK_DEF_KEY_, t.NAME_, u.FIRST_, u.LAST_, t.DUE_DATE_,
               t.PROC_INST_ID_
        from ACT_RU_TASK t
          left join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_
          left join ACT_RU_VARIABLE cr on cr.EXECUTION_ID_ = t.PROC_INST_ID_ and cr.NAME_ = 'caseReference'
          left join ACT_ID_USER u on u.ID_ = t.ASSIGNEE_
        where t.TENANT_ID_ = :service and t.DUE_DATE_ < :now
        order by t.DUE_DATE_, t.ID_
        fetch first %d rows only""".formatted(limit),
        params(service).addValue("now", Timestamp.from(now)),
        (rs, i) -> new OverdueRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getTimestamp(6), rs.getString(7)));
  }

  /** Open evaluation steps due in [from, to), soonest first, at most {@code limit}. */
  List<EvaluationRow> openEvaluationSteps(String service, Instant from, Instant to, int limit) {
    return jdbc.query("""
        select t.PROC_INST_ID_, coalesce(cr.TEXT_, p.BUSINESS_KEY_), p.PROC_DEF_KEY_, u.FIRST_, u.LAST_,
               t.DUE_DATE_, count(*) over () as total
        from ACT_RU_TASK t
          join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_
          left join ACT_RU_VARIABLE cr on cr.EXECUTION_ID_ = t.PROC_INST_ID_ and cr.NAME_ = 'caseReference'
          left join ACT_ID_USER u on u.ID_ = t.ASSIGNEE_
        where t.TENANT_ID_ = :service and t.TASK_DEF_KEY_ in (:steps)
          and t.DUE_DATE_ >= :from and t.DUE_DATE_ < :to
        order by t.DUE_DATE_, t.ID_
        fetch first %d rows only""".formatted(limit),
        params(service).addValue("steps", EVALUATION_STEPS)
            .addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to)),
        (rs, i) -> evaluation(rs, rs.getTimestamp(6).toInstant(), true));
  }

  /**
   * Running courses whose evaluation date (the date variable {@code evaluationDue}, kept as epoch milliseconds)
   * falls in [from, to) and that have no open evaluation step: the step is still to come, or its date has passed
   * without it. Courses in a phase where no evaluation comes are left out. Soonest first, at most {@code limit}.
   */
  List<EvaluationRow> awaitedEvaluations(String service, Instant from, Instant to, int limit) {
    return jdbc.query("""
        select v.PROC_INST_ID_, coalesce(cr.TEXT_, p.BUSINESS_KEY_), p.PROC_DEF_KEY_, u.FIRST_, u.LAST_, v.LONG_,
               count(*) over () as total
        from ACT_RU_VARIABLE v
          join ACT_RU_EXECUTION p on p.ID_ = v.EXECUTION_ID_
          left join ACT_RU_VARIABLE cr on cr.EXECUTION_ID_ = v.EXECUTION_ID_ and cr.NAME_ = 'caseReference'
          left join ACT_RU_VARIABLE kp on kp.EXECUTION_ID_ = v.EXECUTION_ID_ and kp.NAME_ = 'kontaktperson'
          left join ACT_ID_USER u on u.ID_ = kp.TEXT_
        where v.TENANT_ID_ = :service and v.NAME_ = 'evaluationDue'
          and v.LONG_ >= :from and v.LONG_ < :to
          and v.EXECUTION_ID_ = v.PROC_INST_ID_ and p.PROC_DEF_KEY_ in (:courses)
          and not exists (select 1 from ACT_RU_TASK e
                          where e.PROC_INST_ID_ = v.PROC_INST_ID_ and e.TASK_DEF_KEY_ in (:steps))
          and not exists (select 1 from ACT_RU_VARIABLE ph
                          where ph.EXECUTION_ID_ = v.EXECUTION_ID_ and ph.NAME_ = 'phase'
                            and ph.TEXT_ in (:closedPhases))
        order by v.LONG_, v.PROC_INST_ID_
        fetch first %d rows only""".formatted(limit),
        params(service).addValue("steps", EVALUATION_STEPS).addValue("courses", COURSES)
            .addValue("closedPhases", PHASES_WITHOUT_EVALUATION)
            .addValue("from", from.toEpochMilli()).addValue("to", to.toEpochMilli()),
        (rs, i) -> evaluation(rs, Instant.ofEpochMilli(rs.getLong(6)), false));
  }

  /**
   * Running courses per value of their {@code phase} variable (every course records one when it starts; a part of
   * a course that copies it, such as the start-up phase, is not a course and is not counted).
   */
  List<PhaseRow> coursesPerPhase(String service) {
    return jdbc.query("""
        select ph.TEXT_, count(*) as courses
        from ACT_RU_VARIABLE ph join ACT_RU_EXECUTION p on p.ID_ = ph.EXECUTION_ID_
        where ph.TENANT_ID_ = :service and ph.NAME_ = 'phase' and ph.EXECUTION_ID_ = ph.PROC_INST_ID_
          and p.PROC_DEF_KEY_ in (:courses)
        group by ph.TEXT_
        order by courses desc, ph.TEXT_""",
        params(service).addValue("courses", COURSES),
        (rs, i) -> new PhaseRow(rs.getString(1), rs.getLong(2)));
  }

  /**
   * Deadlines met and missed per month, for the months that start at {@code monthStarts} (ascending; the last
   * entry is the end of the last month). Month {@code i} of a row is the index of the month its due date fell in.
   * Deadlines not yet passed of open steps, and steps cancelled with their course, count in neither.
   */
  List<MonthRow> keptPerMonth(String service, List<Instant> monthStarts, Instant now) {
    MapSqlParameterSource p = params(service).addValue("now", Timestamp.from(now));
    StringBuilder month = new StringBuilder("case");
    for (int i = 0; i < monthStarts.size(); i++) {
      p.addValue("m" + i, Timestamp.from(monthStarts.get(i)));
      if (i > 0 && i < monthStarts.size() - 1) {
        month.append(" when h.DUE_DATE_ < :m").append(i).append(" then ").append(i - 1);
      }
    }
    month.append(" else ").append(monthStarts.size() - 2).append(" end");
    return jdbc.query("""
        select x.month_index, sum(x.met), sum(x.missed)
        from (select %s as month_index,
                     case when h.END_TIME_ is not null and h.END_TIME_ <= h.DUE_DATE_ then 1 else 0 end as met,
                     case when h.END_TIME_ is not null and h.END_TIME_ > h.DUE_DATE_ then 1
                          when h.END_TIME_ is null and h.DUE_DATE_ < :now then 1 else 0 end as missed
              from ACT_HI_TASKINST h
              where h.TENANT_ID_ = :service and h.DUE_DATE_ >= :m0 and h.DUE_DATE_ < :m%d
                and (h.END_TIME_ is null or h.DELETE_REASON_ = 'completed')) x
        group by x.month_index
        order by x.month_index""".formatted(month, monthStarts.size() - 1),
        p, (rs, i) -> new MonthRow(rs.getInt(1), rs.getLong(2), rs.getLong(3)));
  }

  private static EvaluationRow evaluation(ResultSet rs, Instant due, boolean openStep) throws SQLException {
    return new EvaluationRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        due, openStep, rs.getLong(7));
  }

  private static MapSqlParameterSource params(String service) {
    return new MapSqlParameterSource("service", service);
  }
}
