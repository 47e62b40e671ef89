package io.hostsql.os.linux;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /proc/meminfo as a map from field to bytes, in file order (the file's kB times 1024; HugePages_* counts
 * are kept as they are). Lines may lack the space after the colon (psutil gh-2809).
 */
public final class MemInfo {
  private MemInfo() {
  }

  public static Map<String, Long> parse(byte[] content) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String line : new String(content, StandardCharsets.US_ASCII).split("\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String rest = line.substring(colon + 1).trim();
      String[] parts = rest.split("\\s+");
      try {
        long v = Long.parseLong(parts[0]);
        out.put(line.substring(0, colon), parts.length > 1 && parts[1].equals("kB") ? v * 1024
            : v);
      } catch (NumberFormatException e) {
        // not a number: skip
      }
    }
    return out;
  }
}
