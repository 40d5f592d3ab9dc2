package no.grunnmodell.cockpit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.deadline.MissedDeadlines;
import no.grunnmodell.overview.PhaseNames;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What a leder reads in Cockpit instead of the engine's names: a course's variables by the label of the form field
 * that asks for them («Barnets fødselsdato» for {@code birthDate}), their coded answers by the option's label
 * («Mottak» for {@code INTAKE}), and our incident type in words. Read from the repository's forms, so the names follow
 * the forms; the variables our code sets (not asked in any form) are named here.
 */
@Component
public class VariableLabels {

  /** Variables our code or the course's start sets (these names win over a form's label for the same key). */
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("ageAtDecision", "Barnets alder ved vedtaket"),
      Map.entry("birthDate", "Fødselsdato"),
      Map.entry("caseReference", "Saksnummer"),
      Map.entry("courseId", "Forløpets ID"),
      Map.entry("deadlineText", "Frist for steget"),
      Map.entry("decisionDate", "Vedtaksdato"),
      Map.entry("decisionDateText", "Vedtaksdato (som tekst)"),
      Map.entry("kontaktperson", "Kontaktperson"),
      Map.entry("phase", "Fase"),
      Map.entry("serviceId", "Tjenestens ID"),
      Map.entry("serviceName", "Tjeneste"),
      Map.entry("targetGroup", "Målgruppe"),
      Map.entry("targetGroupNote", "Vurdering av målgruppen"),
      Map.entry("withinTargetGroup", "Innenfor målgruppen"),
      Map.entry("startedBy", "Startet av"),
      Map.entry("childAgeText", "Barnets alder"),
      Map.entry("evaluationDateText", "Evalueringsdato (som tekst)"),
      Map.entry("evaluationIntervalText", "Evalueringsintervall"),
      Map.entry("evaluationCount", "Antall evalueringer"),
      Map.entry("evaluationDue", "Frist for evaluering"),
      Map.entry("evaluationRequestedAt", "Evaluering bedt om"),
      Map.entry("proposedEvaluationDate", "Foreslått evalueringsdato"),
      Map.entry("proposedEvaluationDateText", "Foreslått evalueringsdato (som tekst)"),
      Map.entry("measuresPlannedUntilText", "Tiltak planlagt til (som tekst)"),
      Map.entry("measuresIntendedUntilText", "Tiltak ment å vare til (som tekst)"),
      Map.entry("agreedMeasureTracks", "Avtalte tiltak"),
      Map.entry("planAgreedAt", "Tiltaksplanen avtalt"),
      Map.entry("planVersion", "Tiltaksplanens versjon"),
      Map.entry("closureReason", "Grunn til avslutning"),
      Map.entry("endedAt", "Avsluttet"),
      Map.entry("previousCourseId", "Forrige forløps ID"),
      Map.entry("newCourseId", "Nytt forløps ID"),
      Map.entry("previousProcessInstanceId", "Forrige forløp"),
      Map.entry("kontaktpersonOptions", "Kontaktpersoner å velge mellom"),
      Map.entry("measureOptions", "Tiltak å velge mellom"),
      Map.entry("specialisedMeasureInPlan", "Spesialisert tiltak i planen"),
      Map.entry("handoverSummary", "Oppsummering ved overføring"),
      Map.entry("handoverFromServiceName", "Overført fra"),
      Map.entry("kontaktpersonName", "Kontaktpersonens navn"),
      Map.entry("overdueAssigneeName", "Ansvarlig for det forsinkede steget"),
      Map.entry("taskCaseReference", "Saksnummer (på steget)"),
      Map.entry("taskChildFirstName", "Fornavn (på steget)"));

  /** Coded values our code sets. */
  private static final Map<String, Map<String, String>> VALUES = Map.of(
      "phase", PhaseNames.all(),
      CourseVariables.TARGET_GROUP, Map.of("FAMILY", "Familier med barn 4–12 år", "AFTERCARE", "Ettervern"));

  private static final ObjectMapper JSON = new ObjectMapper();

  private volatile Map<String, Object> labels;

  /** {names: {variable: label}, values: {variable: {code: label}}, incidentTypes: {type: label}}. */
  public Map<String, Object> all() {
    Map<String, Object> result = labels;
    if (result == null) {
      result = read();
      labels = result;
    }
    return result;
  }

  private static Map<String, Object> read() {
    Map<String, String> names = new TreeMap<>(NAMES);
    Map<String, Map<String, String>> values = new TreeMap<>();
    VALUES.forEach((key, codes) -> values.put(key, new TreeMap<>(codes)));
    try {
      for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = form.getInputStream()) {
          collect(JSON.readTree(in).path("components"), names, values);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the forms' labels", e);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("names", names);
    result.put("values", values);
    result.put("incidentTypes", Map.of(MissedDeadlines.INCIDENT_TYPE, "Frist overskredet"));
    return result;
  }

  private static void collect(JsonNode components, Map<String, String> names, Map<String, Map<String, String>> values) {
    for (JsonNode component : components) {
      String key = component.path("key").asText(component.path("path").asText(""));
      String label = component.path("label").asText(component.path("dateLabel").asText(""));
      if (!key.isEmpty() && !label.isEmpty() && !key.contains(".")) {
        names.putIfAbsent(key, label.replaceAll("\\s+", " ").trim());
      }
      if (!key.isEmpty() && component.path("values").isArray()) {
        for (JsonNode option : component.path("values")) {
          String code = option.path("value").asText("");
          if (!code.isEmpty() && option.hasNonNull("label")) {
            values.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(code, option.path("label").asText());
          }
        }
      }
      collect(component.path("components"), names, values);
    }
  }
}
