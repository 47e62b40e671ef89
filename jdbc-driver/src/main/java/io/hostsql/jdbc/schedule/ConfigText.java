package io.hostsql.jdbc.schedule;

/**
 * Turns osquery's configuration text into plain JSON the way osqueryd reads it: a backslash at
 * the end of a line joins the next line to it, and a line whose first non-blank characters are
 * {@code #} or {@code //} is dropped. osquery's packs/*.conf use both, so a strict JSON parser
 * alone refuses files that osqueryd accepts.
 */
final class ConfigText {
  private ConfigText() {
  }

  static String toJson(String text) {
    String joined = text.replace("\\\r\n", "").replace("\\\n", "");
    StringBuilder out = new StringBuilder(joined.length());
    for (String line : joined.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || trimmed.startsWith("//")) {
        continue;
      }
      // Keep the line (not the trimmed text) so a parse error's column points into the file.
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
