package io.hostsql.os;

import java.util.Locale;

/**
 * The operating-system families a backend can be written for, as osquery's table specs name
 * them ({@code extended_schema(LINUX|WINDOWS|DARWIN, ...)}).
 */
public enum OsFamily {
  LINUX("Linux"),
  WINDOWS("Windows"),
  DARWIN("macOS");

  private final String displayName;

  OsFamily(String displayName) {
    this.displayName = displayName;
  }

  /** The name users know it by ("Linux", "Windows", "macOS"). */
  public String displayName() {
    return displayName;
  }

  /** The families' names in declaration order, comma-separated ("Linux, Windows"). */
  public static String names(java.util.Set<OsFamily> families) {
    return java.util.Arrays.stream(values()).filter(families::contains)
        .map(OsFamily::displayName).collect(java.util.stream.Collectors.joining(", "));
  }

  /** The family of the running JVM's OS, from {@code os.name}; null for any other. */
  public static OsFamily running() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.startsWith("linux")) {
      return LINUX;
    }
    if (os.startsWith("windows")) {
      return WINDOWS;
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      return DARWIN;
    }
    return null;
  }
}
