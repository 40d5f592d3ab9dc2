package no.grunnmodell.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a form must be to be deployed: the shipped forms pass, and what the server cannot enforce is refused. */
class FormRulesTest {

  private static List<String> problems(String componentsJson) {
    String form = "{\"id\": \"test\", \"type\": \"default\", \"components\": [" + componentsJson + "]}";
    return FormRules.problems("test.form", form.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyShippedFormMayBeDeployed() throws IOException {
    List<Path> forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
    }
    // every form in forms/ (a count makes an empty folder fail loudly)
    assertThat(forms).hasSizeGreaterThan(40);
    for (Path form : forms) {
      assertThat(FormRules.problems(form.getFileName().toString(), Files.readAllBytes(form)))
          .as(form.toString()).isEmpty();
    }
  }

  @Test
  void anIframeIsRefusedNamingFileAndComponent() {
    assertThat(problems("{\"type\": \"iframe\", \"id\": \"Iframe_1\", \"url\": \"https://example.org\"}"))
        .singleElement().asString()
        .startsWith("test.form: iframe (Iframe_1): the component type 'iframe' is not allowed here");
  }

  @Test
  void otherComponentTypesTheServerCannotCheckAreRefused() {
    for (String type : List.of("html", "image", "expression", "button", "filepicker", "table")) {
      assertThat(problems("{\"type\": \"" + type + "\", \"key\": \"x\", \"id\": \"C_1\"}")).as(type).hasSize(1);
    }
  }

  @Test
  void aDottedKeyIsRefused() {
    assertThat(problems("{\"type\": \"textfield\", \"key\": \"child.name\", \"id\": \"Field_1\"}"))
        .singleElement().asString()
        .contains("textfield 'child.name' (Field_1): key 'child.name' must be a simple name");
  }

  @Test
  void anUnsupportedFeelConditionIsRefusedWithTheReason() {
    assertThat(problems("{\"type\": \"textfield\", \"key\": \"x\", \"id\": \"Field_1\","
        + " \"conditional\": {\"hide\": \"=some(x, y)\"}}"))
        .singleElement().asString()
        .contains("conditional.hide: FEEL \"=some(x, y)\"").contains("function 'some' is not supported");
  }

  @Test
  void feelInReadonlyAndValidateMustBeSupportedToo() {
    assertThat(problems("{\"type\": \"textfield\", \"key\": \"x\", \"readonly\": \"=x + 1\"},"
        + "{\"type\": \"number\", \"key\": \"n\", \"validate\": {\"max\": \"=upper case(y)\"}}"))
        .hasSize(2).anySatisfy(p -> assertThat(p).contains("readonly: FEEL"))
        .anySatisfy(p -> assertThat(p).contains("validate.max: FEEL"));
  }

  @Test
  void aConditionWithoutTheLeadingEqualsSignIsRefused() {
    assertThat(problems("{\"type\": \"textfield\", \"key\": \"x\", \"conditional\": {\"hide\": \"y = 1\"}}"))
        .singleElement().asString().contains("conditional.hide must be a FEEL expression starting with '='");
  }

  @Test
  void requiredAndPatternMustNotBeFeelBecauseTheTasklistDoesNotEvaluateThem() {
    assertThat(problems("{\"type\": \"textfield\", \"key\": \"x\", \"validate\": {\"required\": \"=y = 1\"}},"
        + "{\"type\": \"textfield\", \"key\": \"z\", \"validate\": {\"pattern\": \"=p\"}}"))
        .hasSize(2).allSatisfy(p -> assertThat(p).contains("does not evaluate FEEL there"));
  }

  @Test
  void rulesTheServerDoesNotEnforceAreRefused() {
    assertThat(problems("{\"type\": \"textfield\", \"key\": \"email\", \"validate\": {\"validationType\": \"email\"}},"
        + "{\"type\": \"number\", \"key\": \"hours\", \"increment\": 0.5}"))
        .hasSize(2).allSatisfy(p -> assertThat(p).contains("is not enforced by the server"));
  }

  @Test
  void anInvalidPatternIsRefused() {
    assertThat(problems("{\"type\": \"textfield\", \"key\": \"x\", \"validate\": {\"pattern\": \"[a-\"}}"))
        .singleElement().asString().contains("validate.pattern is not a valid regular expression");
  }

  @Test
  void twoFieldsWithTheSameKeyInOneScopeAreRefused() {
    assertThat(problems("{\"type\": \"textfield\", \"key\": \"x\"},"
        + "{\"type\": \"group\", \"components\": [{\"type\": \"textarea\", \"key\": \"x\"}]}"))
        .singleElement().asString().contains("key 'x' is used twice");
  }

  @Test
  void theSameKeyInADynamicListAndAtTheTopIsAllowed() {
    assertThat(problems("{\"type\": \"textfield\", \"key\": \"goal\"},"
        + "{\"type\": \"dynamiclist\", \"path\": \"goals\", \"isRepeating\": true,"
        + " \"components\": [{\"type\": \"textfield\", \"key\": \"goal\"}]}")).isEmpty();
  }

  @Test
  void aPathCollidingWithAKeyIsRefused() {
    assertThat(problems("{\"type\": \"textfield\", \"key\": \"goals\"},"
        + "{\"type\": \"dynamiclist\", \"path\": \"goals\", \"isRepeating\": true, \"components\": []}"))
        .singleElement().asString().contains("path 'goals' is used twice");
  }

  @Test
  void aDynamicListNeedsAPathAndMustRepeat() {
    assertThat(problems("{\"type\": \"dynamiclist\", \"id\": \"List_1\", \"components\": []}"))
        .hasSize(2).anySatisfy(p -> assertThat(p).contains("has no path"))
        .anySatisfy(p -> assertThat(p).contains("isRepeating: true"));
  }

  @Test
  void valuesExpressionIsRefused() {
    assertThat(problems("{\"type\": \"select\", \"key\": \"x\", \"valuesExpression\": \"=options\"}"))
        .anySatisfy(p -> assertThat(p).contains("valuesExpression is not allowed"));
  }

  @Test
  void aChoiceNeedsValuesOrValuesKey() {
    assertThat(problems("{\"type\": \"radio\", \"key\": \"x\"}"))
        .singleElement().asString().contains("needs its options as values or valuesKey");
    assertThat(problems("{\"type\": \"select\", \"key\": \"x\", \"valuesKey\": \"options\"}")).isEmpty();
  }

  @Test
  void aFormWithoutAnIdIsRefused() {
    assertThat(FormRules.problems("x.form", "{\"components\": []}".getBytes(StandardCharsets.UTF_8)))
        .containsExactly("x.form: a Camunda Form needs an \"id\".");
  }

  @Test
  void textThatIsNotJsonIsRefused() {
    assertThat(FormRules.problems("x.form", "{\"id\": ".getBytes(StandardCharsets.UTF_8)))
        .singleElement().asString().startsWith("x.form: not valid JSON");
  }
}
