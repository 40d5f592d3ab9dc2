package no.grunnmodell.postgres;

import no.grunnmodell.GrunnmodellApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Base of the tests on a real PostgreSQL: one embedded server and one Spring context for all of them. */
@SpringBootTest(classes = GrunnmodellApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "grunnmodell.demo.seed-courses=false")
@Import(EmbeddedPostgresConfig.class)
@ActiveProfiles({"test", "demo"})
public abstract class PostgresIntTestBase {
}
