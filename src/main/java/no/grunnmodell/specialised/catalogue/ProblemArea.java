package no.grunnmodell.specialised.catalogue;

/**
 * What a specialised measure is for. The values are the checklist values in the evaluation and referral forms and
 * the codes in config/specialised-measures.csv (problem_areas); the labels are what caseworkers read.
 */
public enum ProblemArea implements Labelled {
  BEHAVIOUR("atferdsproblemer"),
  VIOLENCE("vold eller trusler"),
  CRIME("kriminalitet"),
  SUBSTANCE_USE("rusmiddelbruk"),
  SCHOOL("skolevegring eller store skoleproblemer"),
  FAMILY_CONFLICT("konflikter i familien"),
  PHYSICAL_ABUSE("fysisk mishandling i hjemmet"),
  NEGLECT("omsorgssvikt"),
  PARENTING("foreldrene trenger hjelp i foreldrerollen");

  private final String label;

  ProblemArea(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The label of a code from the catalogue file; an unknown code is shown as it is, so a typo stays visible. */
  public static String labelOf(String code) {
    return Labelled.labelOf(ProblemArea.class, code);
  }
}
