package no.grunnmodell.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies real courses row by row inside PostgreSQL, to reach national volume in minutes instead of a day of REST
 * calls. A copy is the template course with every id it owns made new (the template's id with its last six
 * characters replaced by the copy's number, so lengths and references stay valid), in every runtime and history
 * table and Grunnmodell's own tables; the engine cannot tell a copy from a course it ran itself.
 */
final class CourseCloner {

  /** Columns that hold the id of something the course owns; every other column is copied as it is. */
  private static final Set<String> OWN_IDS = Set.of("ID_", "PROC_INST_ID_", "EXECUTION_ID_", "PARENT_ID_",
      "SUPER_EXEC_", "ROOT_PROC_INST_ID_", "TASK_ID_", "PARENT_TASK_ID_", "BYTEARRAY_ID_", "VAR_SCOPE_",
      "PROCESS_INSTANCE_ID_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "BUSINESS_KEY_", "RESOURCE_ID_",
      "CALL_PROC_INST_ID_", "SUPER_PROCESS_INSTANCE_ID_", "VAR_INST_ID_", "EXCEPTION_STACK_ID_",
      // Grunnmodell's own tables
      "ID", "COURSE_ID", "PROCESS_INSTANCE_ID", "CASE_REFERENCE");

  /**
   * Columns naming a person. A copy goes to one of {@value #CASELOAD_SHARE} colleagues of the template's caseworker
   * (copy n to «id-(n mod 40)», every 40th to the caseworker itself): a kontaktperson's list holds their own
   * caseload, which does not grow with the country, rather than every course of the service.
   */
  private static final Set<String> PEOPLE = Set.of("ASSIGNEE_", "OWNER_", "USER_ID_");
  private static final int CASELOAD_SHARE = 40;

  private static final String INSTANCES = "(select id from bench_instance)";
  private static final String TASKS = "(select id from bench_task)";

  /** Each table with the rows that belong to the template courses. */
  private static final List<String[]> TABLES = List.of(
      new String[] {"ACT_GE_BYTEARRAY", "ID_ in (select BYTEARRAY_ID_ from ACT_RU_VARIABLE where PROC_INST_ID_ in "
          + INSTANCES + " union select BYTEARRAY_ID_ from ACT_HI_VARINST where PROC_INST_ID_ in " + INSTANCES
          + " union select BYTEARRAY_ID_ from ACT_HI_DETAIL where PROC_INST_ID_ in " + INSTANCES + ")"},
      new String[] {"ACT_RU_EXECUTION", "PROC_INST_ID_ in " + INSTANCES},
      new String[] {"ACT_RU_TASK", "PROC_INST_ID_ in " + INSTANCES},
      new String[] {"ACT_RU_VARIABLE", "PROC_INST_ID_ in " + INSTANCES},
      new String[] {"ACT_RU_IDENTITYLINK", "TASK_ID_ in " + TASKS},
      new String[] {"ACT_RU_AUTHORIZATION", "RESOURCE_ID_ in " + TASKS + " or RESOURCE_ID_ in " + INSTANCES},
      new String[] {"ACT_RU_JOB", "PROCESS_INSTANCE_ID_ in " + INSTANCES},
      new String[] {"ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_ in " + INSTANCES},
      new String[] {"ACT_HI_PROCINST", "PROC_INST_ID_ in " + INSTANCES},
      new String[] {"ACT_HI_ACTINST", "PROC_INST_ID_ in " + INSTANCES},
      new String[] {"ACT_HI_TASKINST", "PROC_INST_ID_ in " + INSTANCES},
      new String[] {"ACT_HI_VARINST", "PROC_INST_ID_ in " + INSTANCES},
      new String[] {"ACT_HI_DETAIL", "PROC_INST_ID_ in " + INSTANCES},
      new String[] {"ACT_HI_IDENTITYLINK", "TASK_ID_ in " + TASKS},
      new String[] {"ACT_HI_OP_LOG", "PROC_INST_ID_ in " + INSTANCES},
      new String[] {"GM_COURSE", "PROCESS_INSTANCE_ID in " + INSTANCES},
      new String[] {"GM_AUDIT_EVENT", "PROCESS_INSTANCE_ID in " + INSTANCES});

  private final JdbcTemplate jdbc;

  CourseCloner(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    jdbc.execute("create table if not exists bench_instance (id varchar(64) primary key)");
    jdbc.execute("create table if not exists bench_task (id varchar(64) primary key)");
    jdbc.execute("create table if not exists bench_copy (n int primary key, days int not null)");
  }

  /**
   * Makes copies {@code from..to} (inclusive) of each template course. A copy of an ended course can be moved
   * back in time: {@code spreadDays > 0} moves copy n's times back by n modulo that many days.
   */
  void copy(List<String> templateCourses, int from, int to, int spreadDays, boolean historyOnly) {
    jdbc.execute("truncate bench_instance, bench_task, bench_copy");
    String templates = templateCourses.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    jdbc.execute("insert into bench_instance select ID_ from ACT_HI_PROCINST where ROOT_PROC_INST_ID_ in ("
        + templates + ")");
    jdbc.execute("insert into bench_task select ID_ from ACT_HI_TASKINST where PROC_INST_ID_ in " + INSTANCES);
    jdbc.update("insert into bench_copy select n, case when ? > 0 then n % ? else 0 end from generate_series(?, ?) n",
        spreadDays, spreadDays, from, to);
    for (String[] table : TABLES) {
      boolean runtime = table[0].startsWith("ACT_RU_");
      if (historyOnly && runtime) {
        continue;
      }
      copyTable(table[0], table[1]);
    }
  }

  private void copyTable(String table, String templateRows) {
    List<String[]> columns = jdbc.query("select column_name, data_type from information_schema.columns "
            + "where table_name = ? order by ordinal_position",
        (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, table.toLowerCase(Locale.ROOT));
    String names = columns.stream().map(c -> c[0]).collect(Collectors.joining(", "));
    String values = columns.stream().map(CourseCloner::copied).collect(Collectors.joining(", "));
    jdbc.execute("insert into " + table + " (" + names + ") select " + values + " from " + table
        + " t cross join bench_copy c where " + templateRows);
  }

  private static String copied(String[] column) {
    String name = column[0];
    if (OWN_IDS.contains(name.toUpperCase(Locale.ROOT))) {
      return "case when t." + name + " is null or length(t." + name + ") < 7 then t." + name
          + " else left(t." + name + ", length(t." + name + ") - 6) || 'z' || lpad(c.n::text, 5, '0') end";
    }
    if (PEOPLE.contains(name.toUpperCase(Locale.ROOT))) {
      return "case when t." + name + " is null or t." + name + " = '*' or c.n % " + CASELOAD_SHARE + " = 0 then t."
          + name + " else t." + name + " || '-' || (c.n % " + CASELOAD_SHARE + ") end";
    }
    if (column[1].startsWith("timestamp")) {
      return "t." + name + " - c.days * interval '1 day'";
    }
    return "t." + name;
  }
}
