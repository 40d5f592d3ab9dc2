package no.grunnmodell;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the integration tests on the embedded default (H2). All of them share one Spring context and one
 * engine, so the whole suite starts the application once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
public abstract class IntTestBase {
}
