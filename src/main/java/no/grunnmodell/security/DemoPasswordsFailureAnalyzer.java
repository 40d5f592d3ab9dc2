package no.grunnmodell.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link DemoPasswordsExposed} into Spring Boot's short «APPLICATION FAILED TO START» report, with what to
 * do, instead of a stack trace an operator has to search for the reason (registered in META-INF/spring.factories).
 */
class DemoPasswordsFailureAnalyzer extends AbstractFailureAnalyzer<DemoPasswordsExposed> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DemoPasswordsExposed cause) {
    return new FailureAnalysis(cause.getMessage() + " Anyone who has read the README could log in as them.",
        "Delete these users or change their passwords in Admin (start once with the demo profile to reach Admin as "
            + "admin/demo), or start with the demo profile if this is a demo installation: "
            + "mvn spring-boot:run -Dspring-boot.run.profiles=demo", cause);
  }
}
