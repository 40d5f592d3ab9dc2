package no.grunnmodell.specialised.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import no.grunnmodell.specialised.referral.Referral;
import no.grunnmodell.specialised.referral.ReferralGrounds;
import no.grunnmodell.specialised.referral.ReferralRegistry;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a process owner does to the catalogue: edit config/specialised-measures.csv and restart. Runs the project's
 * changelogs, as shipped, on a database of its own, with a copy of config/ that the test edits in between
 * "restarts".
 */
class CatalogueUpdateTest {

  static final String CHANGELOG = "db/changelog/2026-11-25-specialised.xml";
  /** The course table, the referral tables, and the columns added to gm_referral later. */
  static final List<String> CHANGELOGS = List.of("db/changelog/2026-11-25-course.xml", CHANGELOG,
      "db/changelog/2026-11-30-referral-consent.xml");

  @TempDir Path classpath;
  JdbcDataSource dataSource;
  JdbcTemplate jdbc;

  @BeforeEach
  void shippedFilesOnAFreshDatabase() throws Exception {
    for (String file : CHANGELOGS) {
      copy(Path.of("src/main/resources", file), classpath.resolve(file));
    }
    for (String file : List.of("specialised-measures.csv", "egenandel-rates.csv")) {
      copy(Path.of("config", file), classpath.resolve("config").resolve(file));
    }
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:catalogue-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    jdbc = new JdbcTemplate(dataSource);
    restart();
  }

  @Test
  void restartingWithAnUnchangedFileChangesNothing() throws Exception {
    List<Map<String, Object>> before = jdbc.queryForList("select * from gm_specialised_measure order by code");
    List<Map<String, Object>> log = changelog();

    restart();

    assertThat(jdbc.queryForList("select * from gm_specialised_measure order by code")).isEqualTo(before);
    assertThat(changelog()).isEqualTo(log);
  }

  @Test
  void retiringAMeasureIsAnEditOfActiveToAndKeepsItForOldReferrals() throws Exception {
    String referral = referralNaming("MST");
    edit("specialised-measures.csv", "MST,", ",BUFETAT,2017-01-01,,", ",BUFETAT,2017-01-01,2026-06-30,");

    restart();

    SpecialisedMeasureCatalogue catalogue = new SpecialisedMeasureCatalogue(jdbc);
    assertThat(catalogue.activeOn(LocalDate.of(2026, 6, 30))).extracting(SpecialisedMeasure::code).contains("MST");
    assertThat(catalogue.activeOn(LocalDate.of(2026, 7, 1))).extracting(SpecialisedMeasure::code)
        .doesNotContain("MST").contains("MST_CAN", "RFT");
    assertThat(catalogue.find("MST")).get().extracting(SpecialisedMeasure::activeTo)
        .isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(new ReferralRegistry(jdbc).find(referral)).get().extracting(Referral::measureCode).isEqualTo("MST");
    assertThat(catalogue.rates("MST")).isNotEmpty();
  }

  @Test
  void aChangedLineAndANewRateAreLoadedAtTheNextStart() throws Exception {
    edit("specialised-measures.csv", "RFT,", ",11,17,", ",10,17,");
    Files.writeString(classpath.resolve("config/egenandel-rates.csv"), "MST,2026,15750,Test\n",
        java.nio.file.StandardOpenOption.APPEND);

    restart();

    SpecialisedMeasureCatalogue catalogue = new SpecialisedMeasureCatalogue(jdbc);
    assertThat(catalogue.find("RFT")).get().extracting(SpecialisedMeasure::minAge).isEqualTo(10);
    assertThat(catalogue.rates("MST")).containsKeys(2017, 2022, 2026);
  }

  @Test
  void aLineDeletedFromTheFileStaysInTheTable() throws Exception {
    String referral = referralNaming("PMTO");
    Path file = classpath.resolve("config/specialised-measures.csv");
    Files.write(file, Files.readAllLines(file).stream().filter(l -> !l.startsWith("PMTO,")).toList());
    Path rates = classpath.resolve("config/egenandel-rates.csv");
    Files.write(rates, Files.readAllLines(rates).stream().filter(l -> !l.startsWith("PMTO,")).toList());

    restart();

    assertThat(new SpecialisedMeasureCatalogue(jdbc).find("PMTO")).isPresent();
    assertThat(new ReferralRegistry(jdbc).find(referral)).isPresent();
  }

  private String referralNaming(String measure) {
    jdbc.update("insert into gm_course (id, service_id, case_reference, target_group, created_at)"
        + " values ('c1', 'lorenskog', 'C-1', 'FAMILY', current_timestamp)");
    String id = new ReferralRegistry(jdbc).createDraft("c1", "lorenskog", "C-1", "p1").id();
    new ReferralRegistry(jdbc).prepared(id, measure, "Grunn", null,
        new ReferralGrounds("YES", null, "GIVEN", "GIVEN", null), "lorenskog-kontaktperson");
    return id;
  }

  private void edit(String file, String linePrefix, String from, String to) throws IOException {
    Path path = classpath.resolve("config").resolve(file);
    List<String> lines = Files.readAllLines(path).stream()
        .map(l -> l.startsWith(linePrefix) ? l.replace(from, to) : l).toList();
    assertThat(lines).as("the edit applies").anyMatch(l -> l.startsWith(linePrefix) && l.contains(to));
    Files.write(path, lines);
  }

  private List<Map<String, Object>> changelog() {
    return jdbc.queryForList("select id, md5sum, dateexecuted, orderexecuted, exectype from databasechangelog"
        + " order by orderexecuted");
  }

  /** What Spring Boot does at start-up: Liquibase over the changelogs, resolving files on the "classpath". */
  private void restart() throws Exception {
    try (Connection connection = dataSource.getConnection();
         DirectoryResourceAccessor files = new DirectoryResourceAccessor(classpath)) {
      Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
          new JdbcConnection(connection));
      for (String changelog : CHANGELOGS) {
        new Liquibase(changelog, files, database).update(new Contexts(), new LabelExpression());
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to);
  }
}
