package no.grunnmodell.platform;

import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code: features under no.grunnmodell depend on each other in one direction only, engine internals
 * ({@code org.camunda.bpm.engine.impl}) are touched in {@code platform} alone, and the domain rules (money, matching,
 * periods) are plain Java that can be read and tested without an engine.
 */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("no.grunnmodell");

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("no.grunnmodell.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void onlyThePlatformTouchesEngineInternals() {
    noClasses().that().resideOutsideOfPackage("no.grunnmodell.platform..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
        .because("EnginePlugin and the platform types are the one place that knows the engine's internals")
        .check(MAIN);
  }

  /**
   * Egenandel and measure matching (issue 15) and the plain helpers they use: no engine type, and no exception that
   * is one ({@link Refusal} is a ProcessEngineException, so that the engine keeps its message).
   */
  @Test
  void domainRulesAreFreeOfEngineTypes() {
    noClasses().that(are(simpleNameStartingWith("Egenandel")).or(simpleNameStartingWith("MeasureMatching"))
            .or(simpleNameStartingWith("Proposal")).or(simpleNameStartingWith("DeadlineRules"))
            .or(simpleName("Days")).or(simpleName("Text")))
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .orShould().dependOnClassesThat().areAssignableTo(ProcessEngineException.class)
        .because("domain rules are plain Java: they neither need nor throw the engine's types")
        .check(MAIN);
  }
}
