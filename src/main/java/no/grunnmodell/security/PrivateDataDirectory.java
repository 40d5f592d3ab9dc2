package no.grunnmodell.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 database holds case data in files under {@code ./data} (GRUNNMODELL_DATA_DIR). Java cannot set the
 * process's umask, so H2 would create them readable by every user on the machine (umask 022). Before the database
 * is opened (this runs before any bean is created), the directory is created readable by the application's own
 * user only (700), which protects the files inside whatever their own mode. A directory that already exists belongs
 * to the operator and is left as it is, with a warning outside the demo profile if other users can read it. The
 * operator's part is {@code umask 027} or systemd's {@code UMask=0027} (README).
 */
@Component
public class PrivateDataDirectory implements BeanFactoryPostProcessor, EnvironmentAware {

  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
  private static final Logger LOG = LoggerFactory.getLogger(PrivateDataDirectory.class);
  private static final String H2_FILE = "jdbc:h2:file:";

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    Path directory = h2Directory(environment.getProperty("spring.datasource.url"));
    if (directory == null) {
      return;
    }
    if (!createPrivate(directory) && othersCanRead(directory) && !environment.acceptsProfiles(Profiles.of("demo"))) {
      LOG.warn("The data directory {} can be read by other users of this machine; make it private: chmod 700 {}",
          directory, directory);
    }
  }

  /** The directory of an embedded H2 file database ({@code jdbc:h2:file:./data/grunnmodell;...}), else null. */
  static Path h2Directory(String url) {
    if (url == null || !url.startsWith(H2_FILE)) {
      return null;
    }
    String file = url.substring(H2_FILE.length()).split(";", 2)[0];
    if (file.startsWith("~")) {
      file = System.getProperty("user.home") + file.substring(1);
    }
    return Path.of(file).toAbsolutePath().normalize().getParent();
  }

  /** @return whether the directory was created here (owner only); false when it already existed */
  static boolean createPrivate(Path directory) {
    if (Files.exists(directory)) {
      return false;
    }
    try {
      if (directory.getParent() != null) {
        Files.createDirectories(directory.getParent());
      }
      Files.createDirectory(directory);
      Files.setPosixFilePermissions(directory, OWNER_ONLY);
      LOG.info("Created the data directory {}, readable by this user only", directory);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): the directory inherits its parent's access control list
      LOG.info("Created the data directory {}", directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create the data directory " + directory, e);
    }
    return true;
  }

  static boolean othersCanRead(Path directory) {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
      return permissions.contains(PosixFilePermission.OTHERS_READ)
          || permissions.contains(PosixFilePermission.OTHERS_EXECUTE);
    } catch (UnsupportedOperationException | IOException e) {
      return false;
    }
  }
}
