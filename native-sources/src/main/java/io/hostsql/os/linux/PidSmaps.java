package io.hostsql.os.linux;

import io.hostsql.os.MemoryFootprint;
import io.hostsql.os.MemoryMap;
import io.hostsql.os.Mapping;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsers for /proc/PID/smaps and smaps_rollup. */
public final class PidSmaps {
  private PidSmaps() {
  }

  /** The smaps keys memory_maps reports, in the order of its values. */
  static final byte[][] KEYS = {
      "Rss:".getBytes(StandardCharsets.US_ASCII),
      "Size:".getBytes(StandardCharsets.US_ASCII),
      "Pss:".getBytes(StandardCharsets.US_ASCII),
      "Shared_Clean:".getBytes(StandardCharsets.US_ASCII),
      "Shared_Dirty:".getBytes(StandardCharsets.US_ASCII),
      "Private_Clean:".getBytes(StandardCharsets.US_ASCII),
      "Private_Dirty:".getBytes(StandardCharsets.US_ASCII),
      "Referenced:".getBytes(StandardCharsets.US_ASCII),
      "Anonymous:".getBytes(StandardCharsets.US_ASCII),
      "Swap:".getBytes(StandardCharsets.US_ASCII)};

  /**
   * One MemoryMap per mapping, in address order. Works on the bytes: smaps is the largest file
   * psutil reads (about 1 KiB per mapping), and splitting it into Strings cost as much as the
   * kernel's work to produce it.
   */
  public static List<MemoryMap> parseMaps(byte[] b) {
    List<MemoryMap> out = new ArrayList<>();
    scan(b, (from, to, v) -> {
      Mapping header = PidMaps.line(b, from, to);
      out.add(map(header.start() + "-" + header.end(), header.perms(),
          header.path().isEmpty() ? ANON : header.path(), v, header.deleted()));
    });
    return out;
  }

  /**
   * psutil's grouped memory_maps: one entry per path with the sizes summed, in order of first
   * appearance, deleted when any mapping of the path was. Only each header's path is decoded,
   * and only when it differs from the previous header's (a file's mappings sit side by side).
   */
  public static List<MemoryMap> parseGrouped(byte[] b) {
    Map<String, long[]> sums = new LinkedHashMap<>();
    Set<String> deleted = new HashSet<>();
    scan(b, new MappingSink() {
      private int lastFrom = -1;
      private int lastTo;
      private String lastPath;
      private boolean lastDeleted;

      @Override
      public void mapping(int from, int to, long[] v) {
        int pathFrom = PidMaps.pathStart(b, from, to);
        if (lastFrom < 0 || !Arrays.equals(b, pathFrom, to, b, lastFrom, lastTo)) {
          DeletedMark.Target path = PidMaps.path(b, pathFrom, to);
          lastPath = path.path().isEmpty() ? ANON : path.path();
          lastDeleted = path.deleted();
          lastFrom = pathFrom;
          lastTo = to;
        }
        long[] sum = sums.computeIfAbsent(lastPath, k -> new long[KEYS.length]);
        for (int i = 0; i < sum.length; i++) {
          sum[i] += v[i];
        }
        if (lastDeleted) {
          deleted.add(lastPath);
        }
      }
    });
    List<MemoryMap> out = new ArrayList<>(sums.size());
    sums.forEach((path, v) -> out.add(map(null, null, path, v, deleted.contains(path))));
    return out;
  }

  private static final String ANON = "[anon]";

  /** Takes each mapping as its header line {@code b[from, to)} and its values by KEYS index. */
  private interface MappingSink {
    void mapping(int from, int to, long[] values);
  }

  /** Walks the mappings; the values array is reused, so a sink copies what it keeps. */
  private static void scan(byte[] b, MappingSink sink) {
    long[] v = new long[KEYS.length];
    int header = -1;
    int headerEnd = -1;
    int len = b.length;
    int start = 0;
    while (start < len) {
      if (header >= 0 && FixedWidthLine.fits(b, start)) {
        // A header is at least 39 bytes long, so a 28-byte line is a value line.
        int k = FixedWidthLine.key(b, start);
        long kb = k >= 0 ? FixedWidthLine.kb(b, start) : 0;
        if (kb >= 0) {
          if (k >= 0) {
            v[k] = kb * 1024;
          }
          start += FixedWidthLine.LENGTH;
          continue;
        }
      }
      int end = PidMaps.lineEnd(b, start);
      if (end > start && isHeader(b, start, end)) {
        if (header >= 0) {
          sink.mapping(header, headerEnd, v);
          Arrays.fill(v, 0);
        }
        header = start;
        headerEnd = end;
      } else if (header >= 0) {
        int k = key(b, start, end);
        if (k >= 0) {
          v[k] = kb(b, start + KEYS[k].length, end);
        }
      }
      start = end + 1;
    }
    if (header >= 0) {
      sink.mapping(header, headerEnd, v);
    }
  }

  /**
   * Which of {@link #KEYS} the line starts with, or -1. Most of a mapping's twenty-odd lines
   * are none of them; the first byte rules out all but two or three candidates.
   */
  private static int key(byte[] b, int from, int to) {
    if (from >= to) {
      return -1;
    }
    int[] candidates = switch (b[from]) {
      case 'R' -> RSS_REFERENCED;
      case 'S' -> SIZE_SHARED_SWAP;
      case 'P' -> PSS_PRIVATE;
      case 'A' -> ANONYMOUS;
      default -> NONE;
    };
    for (int k : candidates) {
      if (startsWith(b, from, to, KEYS[k])) {
        return k;
      }
    }
    return -1;
  }

  private static final int[] RSS_REFERENCED = {0, 7};
  private static final int[] SIZE_SHARED_SWAP = {1, 3, 4, 9};
  private static final int[] PSS_PRIVATE = {2, 5, 6};
  private static final int[] ANONYMOUS = {8};
  private static final int[] NONE = {};

  private static MemoryMap map(String address, String perms, String path, long[] v,
      boolean deleted) {
    return new MemoryMap(address, perms, path, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7],
        v[8], v[9], deleted);
  }

  private static boolean startsWith(byte[] b, int from, int to, byte[] key) {
    if (to - from < key.length) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (b[from + i] != key[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A header starts "start-end ": hex digits, a dash, hex digits, a space. The kernel prints
   * the addresses in lower case and every other line starts with a capital, so the first byte
   * settles all but the headers.
   */
  private static boolean isHeader(byte[] b, int from, int to) {
    byte first = b[from];
    if (!(first >= '0' && first <= '9' || first >= 'a' && first <= 'f')) {
      return false;
    }
    int i = from;
    while (i < to && (b[i] >= '0' && b[i] <= '9' || b[i] >= 'a' && b[i] <= 'f')) {
      i++;
    }
    return i < to && b[i] == '-';
  }

  private static long kb(byte[] b, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        n = n * 10 + (c - '0');
      } else if (c != ' ' && c != '\t') {
        break;
      }
    }
    return n * 1024;
  }

  private static final byte[] PRIVATE = "Private_".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PSS = "Pss:".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SWAP = "Swap:".getBytes(StandardCharsets.US_ASCII);

  /**
   * uss = the Private_* lines (Clean, Dirty, Hugetlb), pss = Pss, swap = Swap: summed over
   * all mappings of smaps, or read once from smaps_rollup.
   */
  public static MemoryFootprint footprint(byte[] b) {
    long uss = 0;
    long pss = 0;
    long swap = 0;
    int len = b.length;
    int start = 0;
    while (start < len) {
      int end = PidMaps.lineEnd(b, start);
      if (startsWith(b, start, end, PRIVATE)) {
        int colon = start;
        while (colon < end && b[colon] != ':') {
          colon++;
        }
        uss += kb(b, colon + 1, end);
      } else if (startsWith(b, start, end, PSS)) {
        pss += kb(b, start + PSS.length, end);
      } else if (startsWith(b, start, end, SWAP)) {
        swap += kb(b, start + SWAP.length, end);
      }
      start = end + 1;
    }
    return new MemoryFootprint(uss, pss, swap);
  }
}
