package no.grunnmodell.platform;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A row's status moved in one guarded update: only from the statuses it may come from, so that two answers racing for
 * the same row cannot both win. The registries of handovers and referrals keep their rows' status this way.
 */
public final class StatusTransition {

  private StatusTransition() {
  }

  /**
   * Sets {@code status} to {@code to}, the other columns in {@code assignments} (SQL with a {@code ?} per value) and
   * {@code updated_at} (the engine's clock) on the row with this id, if its status is one of {@code from}.
   *
   * @return whether the row moved; false when there is no such row or its status is another
   */
  public static <S extends Enum<S>> boolean move(JdbcTemplate jdbc, String table, String id, Set<S> from, S to,
                                                 String assignments, Object... values) {
    List<Object> args = new ArrayList<>(Arrays.asList(values));
    args.add(0, to.name());
    args.add(Timestamp.from(EngineClock.now()));
    args.add(id);
    // The statuses are enum names, never input: written into the SQL so the update stays one statement.
    String allowed = from.stream().map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", "));
    return jdbc.update("update " + table + " set status = ?, " + assignments + ", updated_at = ? where id = ?"
        + " and status in (" + allowed + ")", args.toArray()) > 0;
  }
}
