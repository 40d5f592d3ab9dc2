package no.grunnmodell.deployment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.grunnmodell.deployment.Problem.Instead;
import no.grunnmodell.form.FormRules;
import no.grunnmodell.platform.Refusal;

/**
 * What a deployment may hold, whoever makes it: BPMN diagrams that pass the {@link DiagramRules} and Camunda Forms
 * that pass {@link FormRules}, and no tenant id. Everything else (DMN, CMMN, scripts, HTML forms, images, ...) is
 * refused by name, since the engine would deploy and later run or serve it.
 */
final class DeploymentRules {

  static final Instead RESOURCE_TYPES = new Instead("Deploy only BPMN diagrams (.bpmn) and Camunda Forms (.form).",
      "Deployer bare BPMN-diagrammer (.bpmn) og Camunda-skjemaer (.form).");
  static final Instead NO_TENANT = new Instead("Deploy without a tenant id: diagrams and forms are shared by all "
      + "services, and each course belongs to the service that starts it.", "Deployer uten tenant-id: diagrammer og "
      + "skjemaer deles av alle tjenestene, og hvert forløp hører til tjenesten som starter det.");

  private final DiagramRules diagrams;

  DeploymentRules(BeanNames beans) {
    this.diagrams = new DiagramRules(beans);
  }

  /** Every problem of a deployment, resources in the order given; empty when it may be deployed. */
  List<Problem> problems(String tenantId, Map<String, byte[]> resources) {
    List<Problem> problems = new ArrayList<>();
    if (tenantId != null) {
      problems.add(new Problem(null, "The deployment has the tenant id \"" + tenantId + "\".",
          "Deployeringen har tenant-id «" + tenantId + "».", NO_TENANT));
    }
    resources.forEach((name, bytes) -> {
      if (name.endsWith(".bpmn")) {
        problems.addAll(diagrams.problems(name, bytes));
      } else if (name.endsWith(".form")) {
        for (String problem : FormRules.problems(name, bytes)) {
          problems.add(new Problem(name, problem, "Skjemaet " + name + " kan ikke deployeres: " + problem, null));
        }
      } else {
        problems.add(new Problem(name, name + ": this kind of file may not be deployed.",
            name + ": denne filtypen kan ikke deployeres.", RESOURCE_TYPES));
      }
    });
    return problems;
  }

  /**
   * The refusal for a list of problems: one line per problem, then what is allowed instead, each alternative once.
   * Invalid (400), naming the first file at fault.
   */
  static Refusal refusal(List<Problem> problems) {
    StringBuilder english = new StringBuilder("The deployment was refused and nothing was deployed:");
    StringBuilder norwegian = new StringBuilder("Deployeringen ble avvist, og ingenting ble deployert:");
    Set<Instead> instead = new LinkedHashSet<>();
    for (Problem p : problems) {
      english.append("\n- ").append(p.english());
      norwegian.append("\n- ").append(p.norwegian());
      if (p.instead() != null) {
        instead.add(p.instead());
      }
    }
    for (Instead i : instead) {
      english.append("\nInstead: ").append(i.english());
      norwegian.append("\nI stedet: ").append(i.norwegian());
    }
    String field = problems.stream().map(Problem::resource).filter(r -> r != null).findFirst().orElse("tenant-id");
    return Refusal.invalid(field, norwegian.toString(), english.toString());
  }
}
