package no.grunnmodell.platform;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The groups that hold at least one authorization, kept for the whole node instead of read again in every command.
 *
 * <p>Before each authorization check Camunda asks the database for {@code distinct GROUP_ID_} of every
 * authorization, to leave out a user's groups that hold none. That reads the whole table, which grows by two rows
 * for every open step, several times for every step a caseworker takes. The set itself hardly ever changes: the
 * groups are the services' roles, granted at start-up. So it is read once and again when this node grants a group
 * its first authorization (after that commit) and at most {@code maxAge} after the last read, for grants made by
 * another node. A group missing from a stale set only loses rights for that while, it never gains any: Grunnmodell
 * grants and never revokes ({@code AccessPolicy}).
 */
public final class AuthorizedGroups {

  private final Duration maxAge;
  private final LongSupplier nanoTime;
  private volatile Set<String> groups;
  private volatile long readAt;

  public AuthorizedGroups(Duration maxAge) {
    this(maxAge, System::nanoTime);
  }

  AuthorizedGroups(Duration maxAge, LongSupplier nanoTime) {
    this.maxAge = maxAge;
    this.nanoTime = nanoTime;
  }

  /** The current set, read with {@code fromDatabase} when there is none yet or it is too old. */
  public Set<String> get(Supplier<List<String>> fromDatabase) {
    Set<String> current = groups;
    long now = nanoTime.getAsLong();
    if (current == null || now - readAt > maxAge.toNanos()) {
      current = fromDatabase.get().stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
      groups = current;
      readAt = now;
    }
    return current;
  }

  /** Whether the group is known to hold an authorization; a group that is not needs a fresh read once granted. */
  public boolean knows(String groupId) {
    Set<String> current = groups;
    return current != null && current.contains(groupId);
  }

  /** Read the set again at the next check. */
  public void forget() {
    groups = null;
  }
}
