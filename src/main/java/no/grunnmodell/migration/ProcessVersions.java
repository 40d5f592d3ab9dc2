package no.grunnmodell.migration;

import java.util.List;

/** A process whose running courses are not all on its latest version: how many run on each older version. */
public record ProcessVersions(String processKey, String name, int latestVersion, int coursesOnOlderVersions,
                              List<VersionCount> olderVersions) {

  public record VersionCount(int version, int courses) {
  }
}
