package no.grunnmodell.specialised.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.grunnmodell.IntTestBase;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.specialised.catalogue.ExclusionCircumstance;
import no.grunnmodell.specialised.catalogue.ProblemArea;
import no.grunnmodell.specialised.catalogue.SpecialisedMeasure;
import no.grunnmodell.specialised.catalogue.SpecialisedMeasureCatalogue;
import no.grunnmodell.specialised.referral.ProposeSpecialisedMeasures;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Matching against the catalogue as seeded from config/specialised-measures.csv: every active measure's age limits
 * and exclusions, so a measure a process owner adds is tested the day it is added.
 */
class MeasureMatchingIntTest extends IntTestBase {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  @Autowired SpecialisedMeasureCatalogue catalogue;

  private List<SpecialisedMeasure> active() {
    List<SpecialisedMeasure> measures = catalogue.activeOn(EngineClock.today());
    assertThat(measures).as("seeded catalogue").isNotEmpty();
    return measures;
  }

  static CourseFacts child(int age, Set<String> problemAreas, Set<String> exclusions) {
    return new CourseFacts(TODAY.minusYears(age).minusDays(1), TODAY, problemAreas, exclusions,
        List.of("veiledning", "nettverk"), 1);
  }

  @TestFactory
  Stream<DynamicContainer> everyMeasureFitsExactlyWithinItsAgeLimitsAndNotWhenExcluded() {
    return active().stream().map(m -> {
      Set<String> itsProblem = Set.of(m.problemAreas().get(0));
      List<DynamicTest> tests = new ArrayList<>();
      tests.add(DynamicTest.dynamicTest("fits at its lowest age " + m.minAge(), () ->
          assertThat(MeasureMatching.weigh(child(m.minAge(), itsProblem, Set.of()), m).fits()).isTrue()));
      tests.add(DynamicTest.dynamicTest("fits at its highest age " + m.maxAge(), () ->
          assertThat(MeasureMatching.weigh(child(m.maxAge(), itsProblem, Set.of()), m).fits()).isTrue()));
      tests.add(DynamicTest.dynamicTest("too old at " + (m.maxAge() + 1), () -> {
        Proposal p = MeasureMatching.weigh(child(m.maxAge() + 1, itsProblem, Set.of()), m);
        assertThat(p.fits()).isFalse();
        assertThat(p.against()).singleElement().asString().startsWith("For gammel: barnet er " + (m.maxAge() + 1));
      }));
      if (m.minAge() > 0) {
        tests.add(DynamicTest.dynamicTest("too young at " + (m.minAge() - 1), () -> {
          Proposal p = MeasureMatching.weigh(child(m.minAge() - 1, itsProblem, Set.of()), m);
          assertThat(p.fits()).isFalse();
          assertThat(p.against()).singleElement().asString().startsWith("For ung: barnet er " + (m.minAge() - 1));
        }));
      }
      for (String exclusion : m.exclusions()) {
        tests.add(DynamicTest.dynamicTest("excluded by " + exclusion, () -> {
          Proposal p = MeasureMatching.weigh(child(m.minAge(), itsProblem, Set.of(exclusion)), m);
          assertThat(p.fits()).isFalse();
          assertThat(p.against()).containsExactly("Utelukket fordi " + ExclusionCircumstance.labelOf(exclusion) + ".");
        }));
      }
      tests.add(DynamicTest.dynamicTest("not for a problem it does not treat", () -> {
        Set<String> others = Arrays.stream(ProblemArea.values()).map(Enum::name)
            .filter(a -> !m.problemAreas().contains(a)).collect(java.util.stream.Collectors.toSet());
        Proposal p = MeasureMatching.weigh(child(m.minAge(), others, Set.of()), m);
        assertThat(p.fits()).isEqualTo(others.isEmpty());
      }));
      return DynamicContainer.dynamicContainer(m.code(), tests);
    });
  }

  @Test
  void theCatalogueOnlyUsesProblemAreasAndExclusionsTheFormsOffer() {
    Set<String> areas = Arrays.stream(ProblemArea.values()).map(Enum::name).collect(java.util.stream.Collectors.toSet());
    Set<String> exclusions = Arrays.stream(ExclusionCircumstance.values()).map(Enum::name)
        .collect(java.util.stream.Collectors.toSet());
    for (SpecialisedMeasure m : active()) {
      assertThat(m.problemAreas()).as("problem areas of %s", m.code()).isNotEmpty().isSubsetOf(areas);
      assertThat(m.exclusions()).as("exclusions of %s", m.code()).isSubsetOf(exclusions);
    }
  }

  @Test
  void theSeededCatalogueHasTheMeasuresOfTheTjenestekatalog() {
    assertThat(active()).extracting(SpecialisedMeasure::code)
        .containsExactlyInAnyOrder("MST", "MST_CAN", "RFT", "FAMILIEN_I_FOKUS", "PMTO");
    SpecialisedMeasure mst = catalogue.find("MST").orElseThrow();
    assertThat(mst.ageText()).isEqualTo("12–17 år");
    assertThat(mst.durationText()).isEqualTo("3–6 måneder");
    assertThat(catalogue.find("PMTO").orElseThrow().referable()).isFalse();
    assertThat(catalogue.rates("MST")).containsEntry(2017, new java.math.BigDecimal("16185.00"))
        .containsEntry(2022, new java.math.BigDecimal("15000.00"));
  }

  @Test
  void aThirteenYearOldWithViolenceCrimeAndDrugsGetsMstFirstThenRft() {
    List<Proposal> ranked = MeasureMatching.rank(
        child(13, Set.of("VIOLENCE", "CRIME", "SUBSTANCE_USE"), Set.of()), active());

    assertThat(ranked).extracting(p -> p.measure().code()).startsWith("MST", "RFT");
    assertThat(ranked.get(0).fits()).isTrue();
    assertThat(ranked.get(0).reasons()).extracting(Proposal.Reason::text)
        .contains("Passer for vold eller trusler, kriminalitet, rusmiddelbruk.")
        .contains("Kommunale tiltak er prøvd: veiledning, nettverksmøte eller familieråd (evaluert 1 gang).");
    assertThat(ranked).filteredOn(p -> p.measure().code().equals("MST_CAN")).singleElement()
        .satisfies(p -> assertThat(p.fits()).isFalse());
  }

  @Test
  void noMatchIsAnExplainedAnswer() {
    List<Proposal> ranked = MeasureMatching.rank(child(4, Set.of("SUBSTANCE_USE", "CRIME"), Set.of()), active());

    assertThat(ranked).noneMatch(p -> p.fits() && p.measure().referable());
    assertThat(ranked).allSatisfy(p -> assertThat(p.reasons()).isNotEmpty());
    assertThat(ProposeSpecialisedMeasures.summary(ranked)).startsWith("Ingen av Bufetats tiltak i katalogen passer");
    assertThat(ProposeSpecialisedMeasures.text(ranked)).contains("For ung: barnet er 4 år")
        .contains("passer ikke");
  }

  @Test
  void aChildWhoAgesOutBeforeTheUsualDurationIsToldSoButStillFits() {
    CourseFacts facts = new CourseFacts(TODAY.minusYears(18).plusMonths(2), TODAY, Set.of("CRIME"), Set.of(),
        List.of("veiledning"), 0);
    Proposal mst = MeasureMatching.weigh(facts, catalogue.find("MST").orElseThrow());

    assertThat(mst.fits()).isTrue();
    assertThat(mst.reasons()).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo(Proposal.Kind.NOTE);
      assertThat(r.text()).startsWith("Barnet fyller 18 år").endsWith("før vanlig varighet (3–6 måneder) er over.");
    });
  }

  @Test
  void theMunicipalitysMeasureIsAnAlternativeNotAReferral() {
    List<Proposal> ranked = MeasureMatching.rank(child(8, Set.of("BEHAVIOUR"), Set.of()), active());
    Proposal pmto = ranked.stream().filter(p -> p.measure().code().equals("PMTO")).findFirst().orElseThrow();

    assertThat(pmto.fits()).isTrue();
    assertThat(pmto.reasons()).extracting(Proposal.Reason::text).anyMatch(t -> t.startsWith("Leveres av kommunen"));
    assertThat(ProposeSpecialisedMeasures.summary(ranked)).contains("Kommunalt alternativ som passer: PMTO");
  }

  @Test
  void withoutRecordedProblemAreasNothingFits() {
    Proposal p = MeasureMatching.weigh(child(13, Set.of(), Set.of()), catalogue.find("MST").orElseThrow());
    assertThat(p.against()).containsExactly("Ingen problemområder er registrert for barnet.");
  }
}
