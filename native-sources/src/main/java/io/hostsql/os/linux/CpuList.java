package io.hostsql.os.linux;

import java.util.Arrays;

/** The kernel's CPU list syntax ("0-3,6,8-9"), as in Cpus_allowed_list and sysfs. */
public final class CpuList {
  private CpuList() {
  }

  /** The CPUs of the list, ascending. */
  public static int[] parse(String list) {
    int[] ranges = ranges(list);
    int[] cpus = new int[count(ranges)];
    int n = 0;
    for (int r = 0; r < ranges.length; r += 2) {
      for (int c = ranges[r]; c <= ranges[r + 1]; c++) {
        cpus[n++] = c;
      }
    }
    return cpus;
  }

  /** How many CPUs the list names, without listing them. */
  public static int count(String list) {
    return count(ranges(list));
  }

  private static int count(int[] ranges) {
    int n = 0;
    for (int r = 0; r < ranges.length; r += 2) {
      n += ranges[r + 1] - ranges[r] + 1;
    }
    return n;
  }

  /** The list as (first, last) pairs; a single CPU is a pair of equals. */
  private static int[] ranges(String list) {
    int[] out = new int[8];
    int n = 0;
    int i = 0;
    int len = list.length();
    while (i < len) {
      char c = list.charAt(i);
      if (c < '0' || c > '9') {
        i++; // separators and the trailing newline
        continue;
      }
      int from = 0;
      while (i < len && Character.isDigit(list.charAt(i))) {
        from = from * 10 + list.charAt(i++) - '0';
      }
      int to = from;
      if (i < len && list.charAt(i) == '-') {
        i++;
        if (i >= len || !Character.isDigit(list.charAt(i))) {
          throw new NumberFormatException("not a CPU list: " + list);
        }
        to = 0;
        while (i < len && Character.isDigit(list.charAt(i))) {
          to = to * 10 + list.charAt(i++) - '0';
        }
      }
      if (n + 2 > out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      out[n++] = from;
      out[n++] = to;
    }
    return Arrays.copyOf(out, n);
  }
}
