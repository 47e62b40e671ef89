package io.hostsql.os.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** sysfs attributes: one short value a file, read trimmed. */
final class SysAttrs {
  private SysAttrs() {
  }

  /** The attribute's value, trimmed; null when absent, unreadable or empty. */
  static String get(ProcFs sys, String relative) {
    try {
      String s = new String(sys.read(relative), StandardCharsets.UTF_8).strip();
      return s.isEmpty() ? null : s;
    } catch (IOException e) {
      return null;
    }
  }

  /** A "0x1af4"-style attribute as lowercase hex of {@code digits} digits; null when absent. */
  static String hex(ProcFs sys, String relative, int digits) {
    String s = get(sys, relative);
    if (s == null) {
      return null;
    }
    if (s.startsWith("0x")) {
      s = s.substring(2);
    }
    s = s.toLowerCase(java.util.Locale.ROOT);
    return s.length() >= digits ? s.substring(s.length() - digits)
        : "0".repeat(digits - s.length()) + s;
  }

  /** The last name of a link's target (a driver's name from .../driver); null when none. */
  static String linkName(ProcFs sys, String relative) {
    try {
      String target = sys.readLink(relative);
      return target.substring(target.lastIndexOf('/') + 1);
    } catch (IOException e) {
      return null;
    }
  }
}
