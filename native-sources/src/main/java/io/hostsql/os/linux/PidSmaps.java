package io.hostsql.os.linux;

import io.hostsql.os.MemoryFootprint;
import io.hostsql.os.MemoryMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Parsers for /proc/PID/smaps and smaps_rollup. */
public final class PidSmaps {
  private PidSmaps() {
  }

  /** One MemoryMap per mapping, in address order. */
  public static List<MemoryMap> parseMaps(byte[] content) {
    List<MemoryMap> out = new ArrayList<>();
    String[] lines = new String(content, StandardCharsets.UTF_8).split("\n");
    String address = null;
    String perms = null;
    String path = null;
    long[] v = new long[10];
    for (String line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      if (isHeader(line)) {
        if (address != null) {
          out.add(map(address, perms, path, v));
          v = new long[10];
        }
        String[] f = line.split("\\s+", 6);
        address = f[0];
        perms = f[1];
        path = f.length > 5 ? f[5].strip() : "";
        if (path.isEmpty()) {
          path = "[anon]";
        } else if (path.endsWith(" (deleted)")
            && !new java.io.File(path).exists()) {
          path = path.substring(0, path.length() - " (deleted)".length());
        }
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      int idx = switch (line.substring(0, colon)) {
        case "Rss" -> 0;
        case "Size" -> 1;
        case "Pss" -> 2;
        case "Shared_Clean" -> 3;
        case "Shared_Dirty" -> 4;
        case "Private_Clean" -> 5;
        case "Private_Dirty" -> 6;
        case "Referenced" -> 7;
        case "Anonymous" -> 8;
        case "Swap" -> 9;
        default -> -1;
      };
      if (idx >= 0) {
        v[idx] = kb(line, colon);
      }
    }
    if (address != null) {
      out.add(map(address, perms, path, v));
    }
    return out;
  }

  private static MemoryMap map(String address, String perms, String path, long[] v) {
    return new MemoryMap(address, perms, path, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7],
        v[8], v[9]);
  }

  /** A mapping header starts "start-end perms": hex, a dash, hex, a space. */
  private static boolean isHeader(String line) {
    int dash = line.indexOf('-');
    int space = line.indexOf(' ');
    if (dash <= 0 || space <= dash) {
      return false;
    }
    for (int i = 0; i < dash; i++) {
      if (Character.digit(line.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * uss = the Private_* lines (Clean, Dirty, Hugetlb), pss = Pss, swap = Swap: summed over
   * all mappings of smaps, or read once from smaps_rollup.
   */
  public static MemoryFootprint footprint(byte[] content) {
    long uss = 0;
    long pss = 0;
    long swap = 0;
    for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
      int colon = line.indexOf(':');
      if (colon < 0 || isHeader(line)) {
        continue;
      }
      String key = line.substring(0, colon);
      if (key.startsWith("Private_")) {
        uss += kb(line, colon);
      } else if (key.equals("Pss")) {
        pss += kb(line, colon);
      } else if (key.equals("Swap")) {
        swap += kb(line, colon);
      }
    }
    return new MemoryFootprint(uss, pss, swap);
  }

  private static long kb(String line, int colon) {
    long n = 0;
    for (int i = colon + 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        n = n * 10 + (c - '0');
      } else if (n > 0 || c == 'k') {
        break;
      }
    }
    return n * 1024;
  }
}
