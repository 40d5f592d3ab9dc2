package no.grunnmodell.specialised.catalogue;

/**
 * Circumstances that rule a measure out. The values are the checklist values in the evaluation and referral forms
 * and the codes in config/specialised-measures.csv (exclusions).
 */
public enum ExclusionCircumstance implements Labelled {
  NO_CARER_AT_HOME("barnet bor ikke sammen med en fast omsorgsperson"),
  ACUTE_PSYCHIATRIC("akutt psykiatrisk tilstand hos barnet (psykose, selvmordsfare)"),
  AUTISM("autismespekterforstyrrelse som hovedproblem"),
  SEXUAL_OFFENDING_ONLY("seksuelt krenkende atferd er eneste problem"),
  SEXUAL_ABUSE_ONLY("seksuelle overgrep er eneste problem");

  private final String label;

  ExclusionCircumstance(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static String labelOf(String code) {
    return Labelled.labelOf(ExclusionCircumstance.class, code);
  }
}
