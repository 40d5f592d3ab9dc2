package no.grunnmodell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Consent and decision steps carry their audit marks ({@code auditEvent}, {@code auditDecision}; read by
 * {@code no.grunnmodell.audit.AuditTrail}), checked from the files alone, without a Spring context, so a mark lost
 * in Camunda Modeler (by applying the wrong template, say) fails the build with the file and the element.
 *
 * <p>Which steps these are follows from their forms and their candidates: a user task whose form asks for one of
 * the {@link #DECISIONS decision fields} must record it under its event, and a step for the leder is a decision
 * step. A choice field in {@code forms/} whose key looks like a consent or a decision must be one of those fields,
 * recorded by a service task, or a detail of another decision, so a new consent in a new form cannot slip by.
 */
class AuditMarksTest {

  static final Path DIAGRAMS = Path.of("processes");
  static final Path FORMS = Path.of("forms");

  /** Form field → the audit event its step records; the field is also the step's auditDecision. */
  static final Map<String, String> DECISIONS = Map.ofEntries(
      Map.entry("consentDecision", "CONSENT"),
      Map.entry("askedAgainAnswer", "CONSENT_FOLLOW_UP"),
      Map.entry("infoSharingConsent", "INFORMATION_SHARING_CONSENT"),
      Map.entry("referralConsent", "REFERRAL_CONSENT"),
      Map.entry("bufetatSharingConsent", "BUFETAT_SHARING_CONSENT"),
      Map.entry("exceptionDecision", "TARGET_GROUP_EXCEPTION"),
      Map.entry("evaluationOutcome", "EVALUATION"),
      Map.entry("closureReason", "CLOSURE"),
      Map.entry("referralApproval", "REFERRAL_APPROVAL"),
      Map.entry("bufetatDecision", "BUFETAT_DECISION"),
      Map.entry("aftercareDecision", "AFTERCARE_DECISION"),
      Map.entry("summarySent", "HANDOVER_SUMMARY"));

  /** Form field → the audit event of a withdrawal, recorded without a decision (there is nothing to choose). */
  static final Map<String, String> EVENTS_WITHOUT_DECISION = Map.of("withdrawalDate", "CONSENT_WITHDRAWN");

  /** Decisions a service task after the step records (AuditTrail.record from Java), not the step itself. */
  static final Map<String, String> RECORDED_BY_SERVICE_TASK = Map.of(
      "handoverConsent", "HANDOVER_CONSENT (${prepareCourseHandover})",
      "handoverDecision", "HANDOVER_ACCEPTED or HANDOVER_DECLINED (${acceptCourseHandover}, ${declineCourseHandover})");

  /** Details of a decision recorded under another field of the same step. */
  static final Set<String> DETAILS = Set.of("consentForm", "childConsent", "consentGivenBy");

  static final Pattern LOOKS_LIKE_A_DECISION = Pattern.compile("(?i).*(consent|decision|approval|outcome|answer).*");
  static final Set<String> CHOICE_TYPES = Set.of("radio", "select", "checklist", "taglist", "checkbox");

  /** A form's fields: key → component type. */
  static Map<String, Map<String, String>> forms;

  @BeforeAll
  static void readForms() throws IOException {
    forms = new LinkedHashMap<>();
    ObjectMapper mapper = new ObjectMapper();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = mapper.readTree(file.toFile());
        Map<String, String> fields = new LinkedHashMap<>();
        collect(form.path("components"), fields);
        forms.put(form.path("id").asText(), fields);
      }
    }
    assertThat(forms).as("forms in %s", FORMS).isNotEmpty();
  }

  @Test
  void everyConsentAndDecisionStepInTheDiagramsCarriesItsAuditMark() throws IOException {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path file : ElementTemplatesTest.diagramFiles()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      problems.addAll(problems(file.toString(), model));
      checked += (int) model.getModelElementsByType(UserTask.class).stream().filter(AuditMarksTest::isConsentOrDecision)
          .count();
    }
    assertThat(problems).as("consent and decision steps without their audit marks").isEmpty();
    // the consent and decision steps of the family course, the aftercare course, the referral and the handover
    assertThat(checked).as("consent and decision steps found").isGreaterThanOrEqualTo(20);
  }

  @Test
  void everyChoiceThatLooksLikeAConsentOrADecisionIsKnown() {
    List<String> unknown = new ArrayList<>();
    forms.forEach((form, fields) -> fields.forEach((key, type) -> {
      if (CHOICE_TYPES.contains(type) && LOOKS_LIKE_A_DECISION.matcher(key).matches() && !DECISIONS.containsKey(key)
          && !RECORDED_BY_SERVICE_TASK.containsKey(key) && !DETAILS.contains(key)) {
        unknown.add("form " + form + ", field " + key + " (" + type + ") looks like a consent or a decision: add it"
            + " to AuditMarksTest.DECISIONS with its audit event (and the marks to its steps), or to"
            + " RECORDED_BY_SERVICE_TASK or DETAILS");
      }
    }));
    assertThat(unknown).isEmpty();
  }

  /** The scenario of issue 13: «Ny fase i forløpet» applied on «Innhent samtykke» in Camunda Modeler. */
  @Test
  void applyingThePhaseTemplateOnTheConsentStepIsRejectedWithFileAndElement() throws IOException {
    Path file = DIAGRAMS.resolve("family-course.bpmn");
    BpmnModelInstance copy = Bpmn.readModelFromFile(file.toFile());
    UserTask consent = copy.getModelElementById("Task_ObtainConsent");
    assertThat(problems(file.toString(), copy)).isEmpty();

    ElementTemplatesTest.Template phase = ElementTemplatesTest.readTemplates().stream()
        .filter(t -> t.id().equals("no.grunnmodell.courseMilestone.phase")).findFirst().orElseThrow();
    ElementTemplatesTest.applyFresh(phase, consent);
    assertThat(property(consent, "auditEvent")).as("the Modeler removed the mark").isEmpty();
    assertThat(property(consent, "phase")).as("and reset the phase").contains("INTAKE");

    assertThat(problems(file.toString(), copy)).containsExactly(file + " Task_ObtainConsent («Innhent samtykke»):"
        + " a consent or decision step without auditEvent; its form samtykke asks for consentDecision, so"
        + " auditEvent must list CONSENT and auditDecision consentDecision, in the same place"
        + " (apply its template «Innhent samtykke» again: no.grunnmodell.consent)");
  }

  @Test
  void aStepWhoseMarkNamesTheWrongFieldOrALederStepWithoutAMarkIsRejected() throws IOException {
    Path file = DIAGRAMS.resolve("aftercare-course.bpmn");
    BpmnModelInstance copy = Bpmn.readModelFromFile(file.toFile());
    remove(copy.getModelElementById("Task_DecideAftercareChange"), "auditEvent");
    setProperty(copy.getModelElementById("Task_ConsentInformationSharing"), "auditDecision", "infoSharingAgencies");

    assertThat(problems(file.toString(), copy)).containsExactly(
        file + " Task_ConsentInformationSharing («Innhent den unges samtykke til informasjonsdeling»): its form"
            + " ettervern-samtykke-deling asks for infoSharingConsent, so auditEvent must list"
            + " INFORMATION_SHARING_CONSENT and auditDecision infoSharingConsent, in the same place; they are"
            + " INFORMATION_SHARING_CONSENT and infoSharingAgencies",
        file + " Task_DecideAftercareChange («Fatt vedtak om endret ettervern»): a consent or decision step without"
            + " auditEvent; it is the leder's decision"
            + " (apply its template «Vedtak i ettervern» again: no.grunnmodell.aftercareDecisionBookkeeping)");
  }

  // --- the rule ---------------------------------------------------------------------------------------------

  static boolean isConsentOrDecision(UserTask task) {
    return !decisionFields(task).isEmpty() || isLederDecision(task);
  }

  /** The decision fields the step's form asks for, in form order. */
  static List<String> decisionFields(UserTask task) {
    Map<String, String> fields = forms.getOrDefault(task.getCamundaFormRef(), Map.of());
    return fields.keySet().stream()
        .filter(k -> DECISIONS.containsKey(k) || EVENTS_WITHOUT_DECISION.containsKey(k)).toList();
  }

  /** A step only the leder works is a decision, unless a service task after it records what was decided. */
  static boolean isLederDecision(UserTask task) {
    String groups = task.getCamundaCandidateGroups();
    if (groups == null || Arrays.stream(groups.split(",")).noneMatch(g -> g.trim().startsWith("leder-"))) {
      return false;
    }
    Map<String, String> fields = forms.getOrDefault(task.getCamundaFormRef(), Map.of());
    return fields.keySet().stream().noneMatch(RECORDED_BY_SERVICE_TASK::containsKey);
  }

  /** Why consent and decision steps of the diagram lack their audit marks; empty if none does. */
  static List<String> problems(String diagram, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (!isConsentOrDecision(task)) {
        continue;
      }
      String where = diagram + " " + task.getId() + " («" + task.getName() + "»)";
      List<String> events = split(property(task, "auditEvent").orElse(""));
      List<String> decisions = split(property(task, "auditDecision").orElse(""));
      List<String> fields = decisionFields(task);
      if (events.isEmpty()) {
        problems.add(where + ": a consent or decision step without auditEvent; " + (fields.isEmpty()
            ? "it is the leder's decision"
            : "its form " + task.getCamundaFormRef() + " asks for " + String.join(", ", fields) + ", so "
                + expectation(fields)) + hint(task));
        continue;
      }
      if (decisions.size() > 1 && decisions.size() != events.size()) {
        problems.add(where + ": auditEvent lists " + events.size() + " events and auditDecision " + decisions.size()
            + " fields; AuditTrail needs them in pairs");
      }
      for (String field : fields) {
        String event = DECISIONS.getOrDefault(field, EVENTS_WITHOUT_DECISION.get(field));
        int at = events.indexOf(event);
        boolean recorded = at >= 0 && (!DECISIONS.containsKey(field)
            || (decisions.size() > at ? decisions.get(at).equals(field) : decisions.size() == 1 && events.size() == 1
            && decisions.get(0).equals(field)));
        if (!recorded) {
          problems.add(where + ": its form " + task.getCamundaFormRef() + " asks for " + field + ", so "
              + expectation(List.of(field)) + "; they are " + String.join(",", events) + " and "
              + (decisions.isEmpty() ? "(none)" : String.join(",", decisions)));
        }
      }
    }
    return problems;
  }

  private static String expectation(List<String> fields) {
    List<String> events = fields.stream().map(f -> DECISIONS.getOrDefault(f, EVENTS_WITHOUT_DECISION.get(f))).toList();
    List<String> decisions = fields.stream().filter(DECISIONS::containsKey).toList();
    return "auditEvent must list " + String.join(",", events)
        + (decisions.isEmpty() ? "" : " and auditDecision " + String.join(",", decisions) + ", in the same place");
  }

  /** Which template of .camunda/element-templates/ sets the marks on this step, if the diagram names one. */
  private static String hint(UserTask task) {
    return templateFor(task).map(t -> " (apply its template «" + t.json().path("name").asText() + "» again: "
        + t.id() + ")").orElse("");
  }

  private static Optional<ElementTemplatesTest.Template> templateFor(UserTask task) {
    try {
      return ElementTemplatesTest.readTemplates().stream()
          .filter(t -> t.properties().stream().anyMatch(p -> "auditEvent".equals(p.path("binding").path("name").asText())))
          .filter(t -> t.properties().stream().anyMatch(p -> "camunda:formRef".equals(p.path("binding").path("name").asText())
              && (task.getCamundaFormRef().equals(p.path("value").asText())
              || ElementTemplatesTest.list(p.path("choices")).stream()
                  .anyMatch(c -> task.getCamundaFormRef().equals(c.path("value").asText())))))
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  // --- helpers ----------------------------------------------------------------------------------------------

  static Optional<String> property(UserTask task, String name) {
    return ElementTemplatesTest.children(task, CamundaProperties.class).stream()
        .flatMap(p -> p.getCamundaProperties().stream()).filter(p -> name.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue).findFirst();
  }

  private static void remove(UserTask task, String name) {
    CamundaProperty property = ElementTemplatesTest.property(task, name);
    property.getParentElement().removeChildElement(property);
  }

  private static void setProperty(UserTask task, String name, String value) {
    ElementTemplatesTest.property(task, name).setCamundaValue(value);
  }

  private static List<String> split(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static void collect(JsonNode components, Map<String, String> fields) {
    for (JsonNode c : ElementTemplatesTest.list(components)) {
      if (c.hasNonNull("key")) {
        fields.putIfAbsent(c.get("key").asText(), c.path("type").asText());
      }
      collect(c.path("components"), fields);
    }
  }
}
