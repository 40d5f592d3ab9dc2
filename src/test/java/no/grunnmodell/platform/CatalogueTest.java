package no.grunnmodell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.grunnmodell.aftercare.AftercareVariables;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.deadline.DeadlineVariables;
import no.grunnmodell.handover.HandoverVariables;
import org.junit.jupiter.api.Test;

/**
 * The catalogues of process variable and message names ({@code CourseVariables}, {@code AftercareVariables},
 * {@code DeadlineVariables}, {@code HandoverVariables}, {@code ReferralVariables}) against the diagrams and forms
 * they name, and against our Java: a renamed field key or message fails here, in a second, not in a course.
 */
class CatalogueTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final Path MAIN = Path.of("src/main/java");

  /** Where Java names a variable or message: the name as a string literal in these calls is what must not be. */
  private static final Pattern LITERAL_NAME = Pattern.compile(
      "(?:(?:get|set|remove)Variables?(?:Local)?\\((?:[\\w.]+\\(\\), )?"
          + "|\\b(?:vars|variables|start)\\.(?:put|get)\\("
          + "|variableNameIn\\([^)]*?"
          + "|createMessageCorrelation\\(|correlateMessage\\()\"([A-Za-z]\\w*)\"");
  private static final Pattern BPMN_MESSAGE = Pattern.compile("<bpmn:message [^>]*name=\"([^\"]+)\"");

  @Test
  void everyCataloguedNameIsInADiagramOrForm() throws Exception {
    String models = read(PROCESSES, ".bpmn") + read(FORMS, ".form");
    List<String> missing = new ArrayList<>();
    catalogue().forEach((where, name) -> {
      if (!Pattern.compile("(?<![\\w])" + Pattern.quote(name) + "(?![\\w])").matcher(models).find()) {
        missing.add(where + " = \"" + name + "\"");
      }
    });
    assertThat(missing).as("catalogued names no diagram or form uses (mark what only Java records @RecordedOnly)")
        .isEmpty();
  }

  @Test
  void everyMessageOfTheDiagramsIsCatalogued() throws IOException {
    TreeSet<String> catalogued = new TreeSet<>(catalogue(true).values());
    TreeSet<String> messages = new TreeSet<>();
    Matcher m = BPMN_MESSAGE.matcher(read(PROCESSES, ".bpmn"));
    while (m.find()) {
      messages.add(m.group(1));
    }
    assertThat(messages).isNotEmpty();
    assertThat(catalogued).containsAll(messages);
  }

  @Test
  void javaNamesVariablesAndMessagesThroughTheCatalogues() throws IOException {
    List<String> literals = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = LITERAL_NAME.matcher(lines.get(i));
          while (m.find()) {
            literals.add(MAIN.relativize(file) + ":" + (i + 1) + " \"" + m.group(1) + "\"");
          }
        }
      }
    }
    assertThat(literals).as("variable and message names written as text; use the feature's catalogue").isEmpty();
  }

  @Test
  void theCheckSeesALiteralName() {
    assertThat(LITERAL_NAME.matcher("execution.setVariable(\"closureReason\", AGE_LIMIT);").find()).isTrue();
    assertThat(LITERAL_NAME.matcher("taskService.getVariable(task.getId(), \"kontaktperson\");").find()).isTrue();
    assertThat(LITERAL_NAME.matcher("runtimeService.createMessageCorrelation(\"ConsentWithdrawn\")").find()).isTrue();
    assertThat(LITERAL_NAME.matcher("execution.setVariable(CLOSURE_REASON, AGE_LIMIT);").find()).isFalse();
    assertThat(LITERAL_NAME.matcher("execution.setVariable(OUTCOME, \"ENDED\");").find()).isFalse();
  }

  /** Every catalogued name a diagram or form should hold: "Class.FIELD" to its value. */
  private static Map<String, String> catalogue() throws ClassNotFoundException {
    Map<String, String> names = new LinkedHashMap<>();
    catalogue(false).forEach(names::put);
    return names;
  }

  private static Map<String, String> catalogue(boolean includeRecordedOnly) {
    Map<String, String> names = new LinkedHashMap<>();
    List<Class<?>> catalogues = new ArrayList<>(List.of(CourseVariables.class, AftercareVariables.class,
        DeadlineVariables.class, HandoverVariables.class));
    try {
      catalogues.add(Class.forName("no.grunnmodell.specialised.referral.ReferralVariables"));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    for (Class<?> type : catalogues) {
      for (Field field : type.getDeclaredFields()) {
        int mod = field.getModifiers();
        if (!Modifier.isStatic(mod) || !Modifier.isFinal(mod) || field.getType() != String.class
            || !includeRecordedOnly && field.isAnnotationPresent(RecordedOnly.class)) {
          continue;
        }
        try {
          field.setAccessible(true);
          names.put(type.getSimpleName() + "." + field.getName(), (String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return names;
  }

  private static String read(Path folder, String suffix) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
        all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }
}
