package no.grunnmodell.course;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import no.grunnmodell.platform.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The project's own record of each course ({@code gm_course}): unique per service, case reference and course
 * number, so a case never gets two courses unless a new one names the course it follows, and kept after the
 * engine's history clean-up. A course follows another in two ways ({@code previous_link}): a young person comes
 * back to aftercare in the same service after saying no, or a family moves and the new service takes the course
 * over from the old one.
 */
@Repository
public class CourseRegistry {

  public record CourseRecord(String id, String serviceId, String caseReference, TargetGroup targetGroup,
                             String processInstanceId) {
  }

  private static final String SELECT =
      "select id, service_id, case_reference, target_group, process_instance_id from gm_course";
  private static final RowMapper<CourseRecord> ROW = (rs, i) -> new CourseRecord(rs.getString(1), rs.getString(2),
      rs.getString(3), TargetGroup.valueOf(rs.getString(4)), rs.getString(5));

  /** How a course follows the one before it. */
  public enum Link {
    /** A young person who said no to aftercare comes back, in the same service and case. */
    COME_BACK,
    /** The family moved: the new service took the course over, in its own case. */
    HANDOVER
  }

  /** The longest case reference gm_course holds. */
  public static final int CASE_REFERENCE_MAX_LENGTH = 64;

  private final JdbcTemplate jdbc;

  public CourseRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A case reference as every path stores and compares it: without surrounding whitespace, which case systems and
   * people add by accident; null when nothing is left. Starting, finding and registering all go through this, so
   * " 2026-00123" and "2026-00123" are the same case everywhere.
   */
  public static String caseReference(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /** Inserts the course; a second course for the same case fails on the unique constraint. */
  public CourseRecord register(String serviceId, String caseReference, TargetGroup group, String processInstanceId,
                               String createdBy) {
    return register(serviceId, caseReference, group, processInstanceId, createdBy, null);
  }

  /**
   * Inserts the course as the one after {@code previous} for the same case (number + 1, linked to it), or as
   * the case's first course when {@code previous} is null. Fails on the unique constraint when the case
   * already has a course with that number: a case without a previous course named, or a stale one.
   */
  public CourseRecord register(String serviceId, String caseReference, TargetGroup group, String processInstanceId,
                               String createdBy, CourseRecord previous) {
    String id = UUID.randomUUID().toString();
    String reference = caseReference(caseReference);
    String previousId = previous == null ? null : previous.id();
    jdbc.update("insert into gm_course (id, service_id, case_reference, target_group, process_instance_id,"
            + " created_at, created_by, course_number, previous_course_id, previous_link) values (?, ?, ?, ?, ?, ?,"
            + " ?, coalesce((select p.course_number from gm_course p where p.id = ?), 0) + 1, ?, ?)",
        id, serviceId, reference, group.name(), processInstanceId, Timestamp.from(EngineClock.now()), createdBy,
        previousId, previousId, previous == null ? null : Link.COME_BACK.name());
    return new CourseRecord(id, serviceId, reference, group, processInstanceId);
  }

  /**
   * Inserts the course a service starts when it takes over {@code previous} from another service: linked to it,
   * numbered after the receiving case's own courses (a family that lived here before has its old course under the
   * same case reference). Whether the case may get another course is the caller's rule.
   */
  public CourseRecord registerHandover(String serviceId, String caseReference, TargetGroup group,
                                       String processInstanceId, String createdBy, CourseRecord previous) {
    String id = UUID.randomUUID().toString();
    String reference = caseReference(caseReference);
    jdbc.update("insert into gm_course (id, service_id, case_reference, target_group, process_instance_id,"
            + " created_at, created_by, course_number, previous_course_id, previous_link) values (?, ?, ?, ?, ?, ?,"
            + " ?, coalesce((select max(c.course_number) from gm_course c where c.service_id = ?"
            + " and c.case_reference = ?), 0) + 1, ?, ?)",
        id, serviceId, reference, group.name(), processInstanceId, Timestamp.from(EngineClock.now()), createdBy,
        serviceId, reference, previous.id(), Link.HANDOVER.name());
    return new CourseRecord(id, serviceId, reference, group, processInstanceId);
  }

  /** The course a course follows, and how; empty for a case's first course. */
  public Optional<Link> linkOf(String courseId) {
    return jdbc.queryForList("select previous_link from gm_course where id = ? and previous_link is not null",
        String.class, courseId).stream().findFirst().map(Link::valueOf);
  }

  /** The case's course; the latest when a young person has come back to aftercare. */
  public Optional<CourseRecord> find(String serviceId, String caseReference) {
    return jdbc.query(SELECT + " where service_id = ? and case_reference = ? order by course_number desc",
        ROW,
        serviceId, caseReference(caseReference)).stream().findFirst();
  }

  public Optional<CourseRecord> byId(String id) {
    return jdbc.query(SELECT + " where id = ?", ROW, id).stream().findFirst();
  }

  public Optional<CourseRecord> byProcessInstance(String processInstanceId) {
    return jdbc.query(SELECT + " where process_instance_id = ?",
        ROW,
        processInstanceId).stream().findFirst();
  }
}
