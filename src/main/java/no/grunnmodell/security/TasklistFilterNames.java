package no.grunnmodell.security;

import java.util.List;

/**
 * The Tasklist's filters by name: created by {@code tasklist.TasklistFilters} and granted to the roles by
 * {@link AccessPolicy}, both by these names (the engine finds a filter by its name).
 */
public final class TasklistFilterNames {

  public static final String MINE = "Mine oppgaver";
  public static final String OVERDUE = "Forsinket";
  public static final String DUE_SOON = "Frist innen 7 dager";
  public static final String FOLLOW_UP_TODAY = "Oppfølging i dag";
  public static final String TEAM = "Oppgaver for min rolle";
  /** The leder's own filter. */
  public static final String SERVICE_OVERDUE = "Alle forsinkede steg i tjenesten (leder)";
  /** The tiltaksarbeider's first filter. */
  public static final String OFFERED_TO_ME = "Mine steg og steg tilbudt rollen min";

  /** The filters every member of a service's staff sees. */
  public static final List<String> STAFF = List.of(MINE, OVERDUE, DUE_SOON, FOLLOW_UP_TODAY, TEAM);

  private TasklistFilterNames() {
  }
}
