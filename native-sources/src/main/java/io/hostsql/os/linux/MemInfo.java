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

  /** Parses the bytes of the file in one pass: no regex, no String per line, only per key. */
  public static Map<String, Long> parse(byte[] content) {
    Map<String, Long> out = new LinkedHashMap<>(96);
    int len = content.length;
    int line = 0;
    while (line < len) {
      int end = line;
      while (end < len && content[end] != '\n') {
        end++;
      }
      int colon = line;
      while (colon < end && content[colon] != ':') {
        colon++;
      }
      int i = colon + 1;
      while (i < end && content[i] == ' ') {
        i++;
      }
      int digits = i;
      long v = 0;
      while (i < end && content[i] >= '0' && content[i] <= '9') {
        v = v * 10 + content[i++] - '0';
      }
      if (colon > line && colon < end && i > digits) {
        while (i < end && content[i] == ' ') {
          i++;
        }
        boolean kb = end - i >= 2 && content[i] == 'k' && content[i + 1] == 'B';
        out.put(new String(content, line, colon - line, StandardCharsets.US_ASCII),
            kb ? v * 1024 : v);
      }
      line = end + 1;
    }
    return out;
  }
}
