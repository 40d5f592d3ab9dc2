package no.grunnmodell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 data directory is created readable by the application's user only; an operator's directory is left alone. */
class PrivateDataDirectoryTest {

  @TempDir Path temp;

  @Test
  void theDirectoryOfTheEmbeddedDatabaseIsFoundInItsUrl() {
    assertThat(PrivateDataDirectory.h2Directory("jdbc:h2:file:./data/grunnmodell;DB_CLOSE_ON_EXIT=FALSE"))
        .isEqualTo(Path.of("data").toAbsolutePath());
    assertThat(PrivateDataDirectory.h2Directory("jdbc:h2:file:/srv/grunnmodell/data/grunnmodell"))
        .isEqualTo(Path.of("/srv/grunnmodell/data"));
    assertThat(PrivateDataDirectory.h2Directory("jdbc:h2:mem:grunnmodell;DB_CLOSE_DELAY=-1")).isNull();
    assertThat(PrivateDataDirectory.h2Directory("jdbc:postgresql://db/grunnmodell")).isNull();
  }

  @Test
  void aNewDataDirectoryIsTheUsersOnly() throws Exception {
    Path data = temp.resolve("srv").resolve("data");

    assertThat(PrivateDataDirectory.createPrivate(data)).isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    assertThat(PrivateDataDirectory.othersCanRead(data)).isFalse();
  }

  @Test
  void anExistingDirectoryIsTheOperatorsAndIsLeftAlone() throws Exception {
    Path data = Files.createDirectory(temp.resolve("data"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThat(PrivateDataDirectory.createPrivate(data)).isFalse();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwxr-xr-x");
    assertThat(PrivateDataDirectory.othersCanRead(data)).isTrue();
  }
}
