package no.grunnmodell.security;

/** The roles of a service's staff. Each is a Camunda group per service: {@code kontaktperson-lorenskog}. */
public enum Role {
  KONTAKTPERSON("kontaktperson", "Kontaktperson"),
  TILTAKSARBEIDER("tiltaksarbeider", "Tiltaksarbeider"),
  LEDER("leder", "Leder");

  /** Groups that span all services. */
  public static final String PROCESS_OWNER_GROUP = "prosesseier";
  public static final String ADMIN_GROUP = "camunda-admin";

  private final String key;
  private final String label;

  Role(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public String groupOf(String serviceId) {
    return key + "-" + serviceId;
  }
}
