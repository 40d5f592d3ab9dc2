package no.grunnmodell.handover;

import static no.grunnmodell.handover.HandoverVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.grunnmodell.platform.AsApplication;
import no.grunnmodell.security.Role;
import no.grunnmodell.security.ServiceDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.Spin;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The choices the handover's forms offer, given to the step when it is created (like the deadlines, through the task
 * events, so the diagrams need nothing): in a closure form, the services a family can have moved to (every service
 * of the installation but the step's own, and «En kommune som ikke bruker Grunnmodell»); in «Ta imot forløp», the
 * receiving service's kontaktpersons. Task-local, so each step lists the services and people of the day it opened.
 */
@Component
public class HandoverFormOptions {

  /** The closure forms that ask where a family moved. */
  static final Set<String> CLOSURE_FORMS = Set.of("avslutning", "ettervern-avslutning");
  static final String RECEIPT_FORM = "ta-imot-forlop";
  static final String OUTSIDE_LABEL = "En kommune som ikke bruker Grunnmodell";

  private final ServiceDirectory services;
  private final IdentityService identityService;
  private final AsApplication asApplication;

  public HandoverFormOptions(ServiceDirectory services, IdentityService identityService,
                             AsApplication asApplication) {
    this.services = services;
    this.identityService = identityService;
    this.asApplication = asApplication;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void onCreate(DelegateTask task) {
    UserTask step = task.getBpmnModelElementInstance();
    String form = step == null ? null : step.getCamundaFormRef();
    // Set.of(...).contains(null) throws: a step without a form (allowed in a diagram) needs no options.
    if (form == null) {
      return;
    }
    if (CLOSURE_FORMS.contains(form)) {
      task.setVariableLocal(SERVICE_OPTIONS, Spin.JSON(otherServices(task.getTenantId())));
    } else if (RECEIPT_FORM.equals(form)) {
      task.setVariableLocal(KONTAKTPERSON_OPTIONS, Spin.JSON(kontaktpersons(task.getTenantId())));
    }
  }

  private List<Map<String, String>> otherServices(String own) {
    List<Map<String, String>> options = new ArrayList<>();
    services.services().stream().filter(s -> !s.id().equals(own))
        .forEach(s -> options.add(Map.of("value", s.id(), "label", s.name())));
    options.add(Map.of("value", OUTSIDE, "label", OUTSIDE_LABEL));
    return options;
  }

  private List<Map<String, String>> kontaktpersons(String serviceId) {
    List<User> users = asApplication.call(() -> identityService.createUserQuery()
        .memberOfGroup(Role.KONTAKTPERSON.groupOf(serviceId)).orderByUserLastName().asc().list());
    return users.stream().map(u -> Map.of("value", u.getId(), "label", name(u))).toList();
  }

  private static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
