package no.grunnmodell.platform;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The engine's own errors that a caseworker or an API client can run into, answered with the status they stand
 * for and a sentence the reader understands. Matched on the exception type and message Camunda puts in its REST
 * error body; anything not listed keeps the engine's answer.
 */
final class EngineErrors {

  record Translation(int status, String norwegian, String english) {
  }

  private record Rule(Pattern type, Pattern message, Translation translation) {
  }

  private static final Pattern ANY = Pattern.compile(".*", Pattern.DOTALL);

  private static final List<Rule> RULES = List.of(
      // Camunda answers a password that breaks the policy (on outside the demo profile) with a bare 500.
      new Rule(Pattern.compile("ProcessEngineException"),
          Pattern.compile(".*Password does not match policy.*", Pattern.DOTALL),
          new Translation(400, "Passordet følger ikke passordreglene: minst 10 tegn, med både store og små "
              + "bokstaver, minst ett siffer og minst ett spesialtegn, og uten brukernavnet, navnet eller "
              + "e-postadressen.", "The password does not meet the password policy: at least 10 characters, with "
              + "upper-case and lower-case letters, a digit and a special character, and without the user id, name "
              + "or email address (GET /engine-rest/identity/password-policy lists the rules).")),
      // Another service's task or course is answered as if it did not exist: whether a case exists elsewhere is
      // itself confidential.
      new Rule(ANY, Pattern.compile(".*(ENGINE-13034|no authenticated tenant|Cannot find task|task is null"
          + "|No matching (task|process instance|process definition|execution|definition)|does not exist|not found).*",
          Pattern.DOTALL),
          new Translation(404, "Fant ikke dette i din tjeneste. Det kan være fullført, avsluttet eller høre til en "
              + "annen tjeneste.", "Not found: it does not exist, has been completed or belongs to another service.")),
      // A message no course of the caller's service waits for: as if the course did not exist.
      new Rule(ANY, Pattern.compile(".*(MismatchingMessageCorrelationException|Cannot correlate message).*",
          Pattern.DOTALL),
          new Translation(404, "Fant ikke noe forløp i din tjeneste som venter på denne meldingen.",
              "No course you can see is waiting for this message.")),
      new Rule(Pattern.compile("AuthorizationException"), ANY,
          new Translation(403, "Du har ikke tilgang til å gjøre dette. Spør leder i tjenesten hvis du mener du skal "
              + "ha det.", null)),
      new Rule(Pattern.compile(".*(TaskAlreadyClaimed).*"), ANY,
          new Translation(409, "Oppgaven er allerede tatt av en annen.", "The task is already claimed by someone "
              + "else.")),
      new Rule(ANY, Pattern.compile(".*(is already claimed|TaskAlreadyClaimed).*", Pattern.DOTALL),
          new Translation(409, "Oppgaven er allerede tatt av en annen.", "The task is already claimed by someone "
              + "else.")),
      new Rule(Pattern.compile(".*OptimisticLocking.*"), ANY,
          new Translation(409, "Noen andre endret dette samtidig. Last siden på nytt og prøv igjen.",
              "Someone else changed this at the same time. Reload and try again.")));

  private EngineErrors() {
  }

  /**
   * @return the translation, with a null sentence where the engine's own is fine for that reader; null when the
   *     error is not one of ours to translate
   */
  static Translation translate(int status, String type, String message) {
    for (Rule rule : RULES) {
      if (rule.type().matcher(type).matches() && rule.message().matcher(message).matches()) {
        Translation t = rule.translation();
        return new Translation(t.status(), t.norwegian(), t.english() == null ? message : t.english());
      }
    }
    return null;
  }
}
