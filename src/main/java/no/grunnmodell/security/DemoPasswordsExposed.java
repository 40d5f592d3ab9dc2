package no.grunnmodell.security;

import java.util.List;

/** Start-up stops: demo users still have the published demo password outside the demo profile. */
public class DemoPasswordsExposed extends IllegalStateException {

  private static final int NAMED = 3;

  private final transient List<String> userIds;

  DemoPasswordsExposed(List<String> userIds) {
    super("Refusing to start: " + summary(userIds) + " still "
        + (userIds.size() == 1 ? "has" : "have") + " the demo password outside the demo profile.");
    this.userIds = List.copyOf(userIds);
  }

  public List<String> userIds() {
    return userIds;
  }

  /** «lorenskog-kontaktperson, lorenskog-leder, narvik-leder and 29 more demo users»: a line, not a list of 32. */
  static String summary(List<String> userIds) {
    String named = String.join(", ", userIds.subList(0, Math.min(NAMED, userIds.size())));
    int more = userIds.size() - NAMED;
    return more > 0 ? named + " and " + more + " more demo users"
        : (userIds.size() == 1 ? "the demo user " : "the demo users ") + named;
  }
}
