package io.hostsql.calcite.osquery;

/**
 * {@code version_part(version, n)}: the n-th (from 1) dot-separated number of a version string,
 * as os_version splits VERSION_ID into major, minor and patch. NULL when the version is NULL
 * or that part is missing or not a number ("rolling", "12.x").
 */
public final class VersionPart {
  private VersionPart() {
  }

  public static Integer version_part(String version, int n) {
    if (version == null || n < 1) {
      return null;
    }
    String[] parts = version.split("\\.", -1);
    if (n > parts.length) {
      return null;
    }
    try {
      return Integer.valueOf(parts[n - 1]);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
