package no.grunnmodell.specialised.matching;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the matching knows about the course: the child's birth date, the problem areas and excluding
 * circumstances recorded when the referral was chosen, and which municipal measures have been tried.
 */
public record CourseFacts(LocalDate birthDate, LocalDate today, Set<String> problemAreas, Set<String> exclusions,
                          List<String> triedTracks, int evaluations) {

  static final String PROBLEM_AREAS = "problemAreas";
  static final String EXCLUSIONS = "exclusionCircumstances";

  /** The plan form's measure tracks, as a caseworker would name them. */
  static final Map<String, String> TRACK_LABELS = Map.of(
      "veiledning", "veiledning",
      "stottende", "støttende tiltak",
      "nettverk", "nettverksmøte eller familieråd",
      "samarbeid", "samarbeidstiltak");

  public static CourseFacts from(VariableScope course, LocalDate today) {
    LocalDate birthDate = FormInput.date(course.getVariable(CourseVariables.BIRTH_DATE), "Fødselsdato");
    Object evaluations = course.getVariable(CourseVariables.EVALUATION_COUNT);
    return new CourseFacts(birthDate, today,
        new LinkedHashSet<>(FormInput.strings(course.getVariable(PROBLEM_AREAS))),
        new LinkedHashSet<>(FormInput.strings(course.getVariable(EXCLUSIONS))),
        FormInput.strings(course.getVariable(CourseVariables.MEASURE_TRACKS)),
        evaluations instanceof Integer n ? n : 0);
  }

  public int age() {
    return Days.ageOn(birthDate, today);
  }

  /** The day the child turns the given age. */
  public LocalDate birthday(int age) {
    return birthDate.plusYears(age);
  }
}
