package no.grunnmodell.security.oidc;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Why a login over OpenID Connect was refused, as the person who tried is told: in Norwegian, what to do, and
 * nothing about our configuration or other users. The full reason goes to the log ({@link OidcLogin}).
 */
public enum LoginRefusal {

  NO_ROLE("ingen-rolle", "Du har ingen rolle i Grunnmodell",
      "Du ble logget inn hos kommunen, men ingen av gruppene dine der gir en rolle i Grunnmodell.",
      "Be lederen din sørge for at du blir lagt i riktig gruppe hos kommunen. Logg inn på nytt når det er gjort."),
  LOCAL_USER("lokal-bruker", "Brukernavnet er allerede i bruk",
      "Brukernavnet ditt fra kommunens innlogging tilhører allerede en annen bruker i Grunnmodell, så "
          + "innloggingen ble stoppet for å beskytte den brukeren.",
      "Kontakt driftsansvarlig for Grunnmodell."),
  INVALID_USER("ugyldig-bruker", "Brukeren kan ikke tas i bruk",
      "Grunnmodell kunne ikke ta i bruk brukeren din fra kommunens innlogging.",
      "Kontakt driftsansvarlig for Grunnmodell."),
  FAILED("mislyktes", "Innloggingen ble ikke fullført",
      "Innloggingen hos kommunen ble avbrutt eller kunne ikke fullføres.",
      "Prøv igjen. Hvis det skjer igjen, kontakt driftsansvarlig for Grunnmodell.");

  private static final String ERROR_CODE_PREFIX = "grunnmodell_";

  private final String key;
  private final String heading;
  private final List<String> paragraphs;

  LoginRefusal(String key, String heading, String what, String todo) {
    this.key = key;
    this.heading = heading;
    this.paragraphs = List.of(what, todo);
  }

  /** In the refused-login page's address: {@code ?grunn=ingen-rolle}. */
  public String key() {
    return key;
  }

  public String heading() {
    return heading;
  }

  public List<String> paragraphs() {
    return paragraphs;
  }

  /** The OAuth2 error code our login service refuses with. */
  String errorCode() {
    return ERROR_CODE_PREFIX + name().toLowerCase();
  }

  /** Our refusal behind a failed login; anything else (the provider said no, the user cancelled) is FAILED. */
  static LoginRefusal of(AuthenticationException failure) {
    if (failure instanceof OAuth2AuthenticationException oauth2 && oauth2.getError() != null) {
      String code = oauth2.getError().getErrorCode();
      return Arrays.stream(values()).filter(r -> r.errorCode().equals(code)).findFirst().orElse(FAILED);
    }
    return FAILED;
  }

  static LoginRefusal ofKey(String key) {
    return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst().orElse(FAILED);
  }
}
