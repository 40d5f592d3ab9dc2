package no.grunnmodell.specialised.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.grunnmodell.platform.EngineClock;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only: Bufetat's catalogue as it stands today (or on {@code ?on=yyyy-MM-dd}), with the egenandel rates. The
 * catalogue is public information, so any authenticated user may read it.
 */
@RestController
public class CatalogueController {

  private final SpecialisedMeasureCatalogue catalogue;

  public CatalogueController(SpecialisedMeasureCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public record MeasureView(String code, String name, String description, int minAge, int maxAge,
                            List<String> problemAreas, List<String> exclusions, Integer typicalDurationMinMonths,
                            Integer typicalDurationMaxMonths, String intensity, String deliveredBy,
                            LocalDate activeFrom, LocalDate activeTo, String note, List<RateView> egenandelRates) {
  }

  public record RateView(int year, BigDecimal monthlyAmountNok, String basis) {
  }

  @GetMapping("/api/specialised-measures")
  public List<MeasureView> activeCatalogue(
      @RequestParam(name = "on", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    LocalDate day = on == null ? EngineClock.today() : on;
    return catalogue.activeOn(day).stream().map(m -> new MeasureView(m.code(), m.name(), m.description(),
        m.minAge(), m.maxAge(), m.problemAreas(), m.exclusions(), m.durationMinMonths(), m.durationMaxMonths(),
        m.intensity(), m.deliveredBy().name(), m.activeFrom(), m.activeTo(), m.note(),
        catalogue.rateTable(m.code()).stream().map(r -> new RateView(r.year(), r.monthlyAmountNok(), r.basis()))
            .toList())).toList();
  }
}
