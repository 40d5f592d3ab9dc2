package no.grunnmodell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AuthorizedGroupsTest {

  private final AtomicLong clock = new AtomicLong();
  private final AtomicInteger reads = new AtomicInteger();
  private final List<String> table = new ArrayList<>(Arrays.asList("grorud-kontaktperson", null));
  private final Supplier<List<String>> database = () -> {
    reads.incrementAndGet();
    return new ArrayList<>(table);
  };
  private final AuthorizedGroups groups = new AuthorizedGroups(Duration.ofMinutes(1), clock::get);

  @Test
  void theTableIsReadOnceForManyChecksAndTheGrantlessNullGroupIsLeftOut() {
    for (int check = 0; check < 100; check++) {
      assertThat(groups.get(database)).containsExactly("grorud-kontaktperson");
    }
    assertThat(reads).hasValue(1);
  }

  @Test
  void aGroupGrantedOnThisNodeIsSeenAtTheNextCheckAfterForget() {
    groups.get(database);
    table.add("grorud-leder");
    assertThat(groups.knows("grorud-leder")).isFalse();

    groups.forget();

    assertThat(groups.get(database)).contains("grorud-leder");
    assertThat(groups.knows("grorud-leder")).isTrue();
  }

  @Test
  void aGroupGrantedOnAnotherNodeIsSeenOnceTheSetIsOlderThanItsMaximumAge() {
    groups.get(database);
    table.add("grorud-leder");

    clock.addAndGet(Duration.ofSeconds(59).toNanos());
    assertThat(groups.get(database)).doesNotContain("grorud-leder");

    clock.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(groups.get(database)).contains("grorud-leder");
    assertThat(reads).hasValue(2);
  }
}
