package no.grunnmodell.specialised.catalogue;

import java.util.Arrays;

/**
 * Circumstances that rule a measure out. The values are the checklist values in the evaluation and referral forms
 * and the codes in config/specialised-measures.csv (exclusions).
 */
public enum ExclusionCircumstance {
  NO_CARER_AT_HOME("barnet bor ikke sammen med en fast omsorgsperson"),
  ACUTE_PSYCHIATRIC("akutt psykiatrisk tilstand hos barnet (psykose, selvmordsfare)"),
  AUTISM("autismespekterforstyrrelse som hovedproblem"),
  SEXUAL_OFFENDING_ONLY("seksuelt krenkende atferd er eneste problem"),
  SEXUAL_ABUSE_ONLY("seksuelle overgrep er eneste problem");

  private final String label;

  ExclusionCircumstance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static String labelOf(String code) {
    return Arrays.stream(values()).filter(v -> v.name().equals(code)).map(ExclusionCircumstance::label)
        .findFirst().orElse(code);
  }
}
