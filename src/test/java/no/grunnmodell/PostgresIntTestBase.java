package no.grunnmodell;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Base of the tests on a real PostgreSQL: one embedded server and one Spring context for all of them. */
@SpringBootTest(classes = GrunnmodellApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "grunnmodell.demo.seed-courses=false")
@Import(EmbeddedPostgresConfig.class)
@ActiveProfiles({"test", "demo"})
public abstract class PostgresIntTestBase {

  /**
   * Order of every PostgreSQL test class (JUnit's {@code @Order} is not inherited): after all H2 classes, because
   * the engine registry the webapps and REST API use holds one engine per name (see junit-platform.properties).
   */
  public static final int RUN_LAST = Integer.MAX_VALUE;
}
