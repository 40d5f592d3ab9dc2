package no.grunnmodell.overview;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import no.grunnmodell.deadline.OverdueReport;
import no.grunnmodell.overview.LederOverview.Evaluation;
import no.grunnmodell.overview.LederOverview.Evaluations;
import no.grunnmodell.overview.LederOverview.MonthKept;
import no.grunnmodell.overview.LederOverview.OverdueStep;
import no.grunnmodell.overview.LederOverview.PersonCount;
import no.grunnmodell.overview.LederOverview.PhaseCount;
import no.grunnmodell.overview.LederOverview.StepCount;
import no.grunnmodell.overview.OverviewQueries.EvaluationRow;
import no.grunnmodell.platform.ApiError;
import no.grunnmodell.platform.Days;
import no.grunnmodell.security.ServiceDirectory;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Service;

/**
 * Puts the leder's overview of one service together. Who may read which service is the caller's business
 * ({@code CurrentUser.serviceOverseenBy}); this class answers for the service it is given.
 */
@Service
public class OverviewService {

  /** Evaluations falling due within this many days are shown as coming. */
  public static final int EVALUATION_HORIZON_DAYS = 30;
  static final int MONTHS = 12;
  static final int MAX_LIST = 200;

  private final OverdueReport overdueReport;
  private final OverviewQueries queries;
  private final ServiceDirectory services;
  private final String cockpitRoot;

  public OverviewService(OverdueReport overdueReport, OverviewQueries queries, ServiceDirectory services,
                        CamundaBpmProperties camunda) {
    this.overdueReport = overdueReport;
    this.queries = queries;
    this.services = services;
    this.cockpitRoot = camunda.getWebapp().getApplicationPath() + "/app/cockpit/default/";
  }

  /**
   * The overview as of {@code now}, with at most {@code limit} entries in each list of courses or steps
   * (1 to {@value #MAX_LIST}; the counts are always complete).
   */
  public LederOverview overview(String serviceId, Instant now, int limit) {
    if (limit < 1 || limit > MAX_LIST) {
      throw ApiError.badField("limit", "limit must be between 1 and " + MAX_LIST + ".");
    }
    int max = limit;
    List<StepCount> perStep = overdueReport.summary(List.of(serviceId), now).stream()
        .map(s -> new StepCount(s.step(), s.name(), s.overdue(), s.maxDaysOverdue()))
        .sorted(Comparator.comparingLong(StepCount::overdue).reversed()).toList();
    List<PersonCount> perPerson = queries.overduePerPerson(serviceId, now).stream()
        .map(r -> new PersonCount(r.firstName(), r.lastName(), r.overdue())).toList();
    List<OverdueStep> oldest = queries.oldestOverdue(serviceId, now, max).stream()
        .map(r -> new OverdueStep(r.caseReference(), r.step(), r.name(), r.firstName(), r.lastName(),
            osloDate(r.due().toInstant()), Duration.between(r.due().toInstant(), now).toDays(),
            r.processInstanceId(), cockpitLink(r.processInstanceId())))
        .toList();
    List<PhaseCount> phases = queries.coursesPerPhase(serviceId).stream()
        .map(r -> new PhaseCount(r.phase(), PhaseNames.of(r.phase()), r.courses())).toList();
    String serviceName = services.find(serviceId).map(ServiceDirectory.Service::name).orElse(serviceId);
    return new LederOverview(serviceId, serviceName, now.toString(),
        perStep.stream().mapToLong(StepCount::overdue).sum(), perStep, perPerson, oldest,
        evaluations(serviceId, now, max), phases, keptPerMonth(serviceId, now));
  }

  private Evaluations evaluations(String serviceId, Instant now, int max) {
    Instant horizon = now.plus(Duration.ofDays(EVALUATION_HORIZON_DAYS));
    // Both kinds of evaluation, each cut to the limit by its own query, then merged and cut again.
    List<EvaluationRow> overdue = merge(queries.openEvaluationSteps(serviceId, Instant.EPOCH, now, max),
        queries.awaitedEvaluations(serviceId, Instant.EPOCH, now, max));
    List<EvaluationRow> dueSoon = merge(queries.openEvaluationSteps(serviceId, now, horizon, max),
        queries.awaitedEvaluations(serviceId, now, horizon, max));
    return new Evaluations(EVALUATION_HORIZON_DAYS, total(overdue), total(dueSoon), courses(overdue, max),
        courses(dueSoon, max));
  }

  private static List<EvaluationRow> merge(List<EvaluationRow> openSteps, List<EvaluationRow> awaited) {
    return Stream.concat(openSteps.stream(), awaited.stream())
        .sorted(Comparator.comparing(EvaluationRow::due)).toList();
  }

  /** Every row carries its query's total; the two queries' totals add up. */
  private static long total(List<EvaluationRow> rows) {
    return rows.stream().filter(EvaluationRow::openStep).findFirst().map(EvaluationRow::total).orElse(0L)
        + rows.stream().filter(r -> !r.openStep()).findFirst().map(EvaluationRow::total).orElse(0L);
  }

  private List<Evaluation> courses(List<EvaluationRow> rows, int max) {
    return rows.stream().limit(max)
        .map(r -> new Evaluation(r.caseReference(), courseName(r.course()), r.firstName(), r.lastName(),
            osloDate(r.due()), r.openStep(), r.processInstanceId(), cockpitLink(r.processInstanceId())))
        .toList();
  }

  private List<MonthKept> keptPerMonth(String serviceId, Instant now) {
    YearMonth first = YearMonth.from(osloDate(now)).minusMonths(MONTHS - 1);
    List<Instant> starts = new ArrayList<>();
    for (int i = 0; i <= MONTHS; i++) {
      starts.add(first.plusMonths(i).atDay(1).atStartOfDay(Days.OSLO).toInstant());
    }
    long[] met = new long[MONTHS];
    long[] missed = new long[MONTHS];
    for (OverviewQueries.MonthRow row : queries.keptPerMonth(serviceId, starts, now)) {
      met[row.month()] = row.met();
      missed[row.month()] = row.missed();
    }
    List<MonthKept> months = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++) {
      long all = met[i] + missed[i];
      // rounded down, so that 100 % means that every deadline was kept
      Integer share = all == 0 ? null : (int) (100 * met[i] / all);
      months.add(new MonthKept(first.plusMonths(i).toString(), met[i], missed[i], share));
    }
    return months;
  }

  private String cockpitLink(String processInstanceId) {
    return processInstanceId == null ? null : cockpitRoot + "#/process-instance/" + processInstanceId + "/runtime";
  }

  private static String courseName(String processDefinitionKey) {
    return "AftercareCourse".equals(processDefinitionKey) ? "Ettervern" : "Hjelpetiltak";
  }

  private static LocalDate osloDate(Instant instant) {
    return instant.atZone(Days.OSLO).toLocalDate();
  }
}
