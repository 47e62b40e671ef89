package io.hostsql.os.formats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's core metadata (METADATA of a .dist-info, PKG-INFO of an .egg-info): RFC 822 style
 * {@code Field: value} headers up to the first blank line, a line starting with white space
 * continuing the field before it. The first occurrence of a field wins and a folded value
 * loses the indentation its lines share, as {@code importlib.metadata}'s
 * {@code metadata[field]} answers (a multi-line License keeps its layout).
 */
public final class CoreMetadata {
  private CoreMetadata() {
  }

  /**
   * The header fields of the lines.
   *
   * @param lines the file's lines
   * @param where the file, for problems
   * @param problems where a line that is neither a field nor a continuation is reported
   */
  public static Map<String, String> headers(List<String> lines, String where,
      List<String> problems) {
    Map<String, String> out = new HashMap<>();
    String last = null;
    boolean lastWon = false;
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      // Wheels built on Windows end lines with CRLF.
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      if (line.isEmpty()) {
        break;
      }
      if (Character.isWhitespace(line.charAt(0))) {
        if (last != null && lastWon) {
          out.merge(last, "\n" + line, String::concat);
        }
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        problems.add(where + " line " + (i + 1) + ": not a metadata field; the rest of the "
            + "headers skipped");
        break;
      }
      last = line.substring(0, colon);
      lastWon = out.putIfAbsent(last, line.substring(colon + 1).stripLeading()) == null;
    }
    out.replaceAll((k, v) -> v.indexOf('\n') < 0 ? v : dedent("        " + v));
    return out;
  }

  /**
   * Removes the white space all non-blank lines start with; blank lines become empty (the
   * folding's indentation, which the first line is counted as having too).
   */
  private static String dedent(String value) {
    String[] lines = value.split("\n", -1);
    String margin = null;
    for (String l : lines) {
      if (l.isBlank()) {
        continue;
      }
      String lead = l.substring(0, l.length() - l.stripLeading().length());
      if (margin == null) {
        margin = lead;
      } else {
        int n = 0;
        while (n < margin.length() && n < lead.length() && margin.charAt(n) == lead.charAt(n)) {
          n++;
        }
        margin = margin.substring(0, n);
      }
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      b.append(i == 0 ? "" : "\n").append(l.isBlank() ? "" : l.substring(margin.length()));
    }
    return b.toString();
  }
}
