package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A process's environment block: UTF-16 "NAME=VALUE" strings, each NUL-terminated, ended by an
 * empty one. Parsed as psutil's parse_environ_block does on Windows: an entry whose first '='
 * is its first character ("=C:=C:\dir", the per-drive directories) is skipped, names are
 * upper-cased, a later entry of the same name wins. A block that runs out without its empty
 * string gives the entries up to the last whole one, and a problem.
 */
final class EnvironmentBlock {
  private EnvironmentBlock() {
  }

  static Map<String, String> parse(ByteBuffer block, List<String> problems) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String entry : MultiStrings.split(block, "environment block", problems)) {
      int eq = entry.indexOf('=', 1);
      if (eq > 0 && entry.charAt(0) != '=') {
        out.put(entry.substring(0, eq).toUpperCase(Locale.ROOT), entry.substring(eq + 1));
      }
    }
    return out;
  }
}
