package no.grunnmodell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's own errors a caseworker can meet in the Tasklist come back as a Norwegian sentence. */
class EngineErrorsTest {

  @Test
  void aStepOrCourseDefinitionThatIsGoneIsNotFoundInNorwegian() {
    for (String message : new String[] {"No matching task with id 12", "Cannot find task with id 12: task is null",
        "No matching process definition with key: FamilyCourse and tenant-id: lorenskog",
        "No matching definition with id FamilyCourse:1:12"}) {
      EngineErrors.Translation t = EngineErrors.translate(404, "RestException", message);
      assertThat(t).as(message).isNotNull();
      assertThat(t.status()).isEqualTo(404);
      assertThat(t.norwegian()).startsWith("Fant ikke dette i din tjeneste.");
    }
  }

  @Test
  void aStepTakenBySomeoneElseIsAConflictInNorwegian() {
    EngineErrors.Translation t = EngineErrors.translate(500, "TaskAlreadyClaimedException",
        "Task '12' is already claimed by someone else.");
    assertThat(t.status()).isEqualTo(409);
    assertThat(t.norwegian()).isEqualTo("Oppgaven er allerede tatt av en annen.");
  }

  @Test
  void aMissingRightIsRefusedInNorwegian() {
    EngineErrors.Translation t = EngineErrors.translate(403, "AuthorizationException",
        "The user with id 'lorenskog-leder' does not have 'UPDATE' permission on resource '12' of type 'Task'.");
    assertThat(t.status()).isEqualTo(403);
    assertThat(t.norwegian()).startsWith("Du har ikke tilgang til å gjøre dette.");
  }
}
