package no.grunnmodell.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL (17, zonky's binaries) started by the tests themselves, so that nothing needs to run
 * beforehand. A Spring bean, closed by Spring: its own JVM shutdown hook races Spring's and stalls Surefire.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfig {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException {
    return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
  }

  @Bean
  @Primary
  DataSource dataSource(EmbeddedPostgres postgres) {
    return postgres.getPostgresDatabase();
  }
}
