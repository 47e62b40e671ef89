package io.hostsql.os.linux;

import java.nio.charset.StandardCharsets;

/**
 * The fields of /proc/PID/status that psutil uses. Sizes are bytes (the file's kB times 1024);
 * a line the kernel does not print is 0, or -1 for the counters psutil treats as unsupported.
 *
 * @param name the Name line (comm, with escapes)
 * @param tgid the thread-group id: equal to the pid for a process, not for a thread
 * @param uids real, effective, saved uid
 * @param gids real, effective, saved gid
 * @param threads the thread count
 * @param voluntaryCtxtSwitches voluntary context switches, -1 if absent
 * @param nonvoluntaryCtxtSwitches involuntary context switches, -1 if absent
 * @param vmPeak peak virtual size
 * @param vmHwm peak resident size
 * @param rssAnon resident anonymous memory
 * @param rssFile resident file mappings
 * @param rssShmem resident shared memory
 * @param vmSwap swapped-out anonymous memory
 * @param hugetlbPages hugetlb memory
 * @param cpusAllowedList the Cpus_allowed_list text, e.g. {@code 0-3,6}
 */
public record PidStatus(String name, int tgid, int[] uids, int[] gids, int threads,
    long voluntaryCtxtSwitches, long nonvoluntaryCtxtSwitches, long vmPeak, long vmHwm,
    long rssAnon, long rssFile, long rssShmem, long vmSwap, long hugetlbPages,
    String cpusAllowedList) {

  /** Parses the file's bytes. Unknown lines are skipped; lines may lack the space after ':'. */
  public static PidStatus parse(byte[] b) {
    String name = "";
    int tgid = -1;
    int[] uids = {-1, -1, -1};
    int[] gids = {-1, -1, -1};
    int threads = 0;
    long vol = -1;
    long nonvol = -1;
    long vmPeak = 0;
    long vmHwm = 0;
    long rssAnon = 0;
    long rssFile = 0;
    long rssShmem = 0;
    long vmSwap = 0;
    long huge = 0;
    String cpus = "";
    int len = b.length;
    int lineStart = 0;
    while (lineStart < len) {
      int colon = -1;
      int end = lineStart;
      while (end < len && b[end] != '\n') {
        if (colon < 0 && b[end] == ':') {
          colon = end;
        }
        end++;
      }
      if (colon > 0) {
        int v = colon + 1;
        switch (key(b, lineStart, colon)) {
          case "Name" -> name = text(b, v, end);
          case "Tgid" -> tgid = (int) firstNumber(b, v, end);
          case "Uid" -> uids = ids(b, v, end, 3);
          case "Gid" -> gids = ids(b, v, end, 3);
          case "Threads" -> threads = (int) firstNumber(b, v, end);
          case "voluntary_ctxt_switches" -> vol = firstNumber(b, v, end);
          case "nonvoluntary_ctxt_switches" -> nonvol = firstNumber(b, v, end);
          case "VmPeak" -> vmPeak = firstNumber(b, v, end) * 1024;
          case "VmHWM" -> vmHwm = firstNumber(b, v, end) * 1024;
          case "RssAnon" -> rssAnon = firstNumber(b, v, end) * 1024;
          case "RssFile" -> rssFile = firstNumber(b, v, end) * 1024;
          case "RssShmem" -> rssShmem = firstNumber(b, v, end) * 1024;
          case "VmSwap" -> vmSwap = firstNumber(b, v, end) * 1024;
          case "HugetlbPages" -> huge = firstNumber(b, v, end) * 1024;
          case "Cpus_allowed_list" -> cpus = text(b, v, end);
          default -> {
          }
        }
      }
      lineStart = end + 1;
    }
    return new PidStatus(name, tgid, uids, gids, threads, vol, nonvol, vmPeak, vmHwm, rssAnon,
        rssFile, rssShmem, vmSwap, huge, cpus);
  }

  private static String key(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.US_ASCII);
  }

  private static String text(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8).trim();
  }

  private static long firstNumber(byte[] b, int from, int to) {
    return numbers(b, from, to, 1)[0];
  }

  /** The first {@code count} unsigned decimal numbers in {@code b[from, to)}; 0 past the end. */
  private static long[] numbers(byte[] b, int from, int to, int count) {
    long[] out = new long[count];
    int i = from;
    for (int k = 0; k < count; k++) {
      while (i < to && (b[i] < '0' || b[i] > '9')) {
        i++;
      }
      long v = 0;
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        v = v * 10 + (b[i] - '0');
        i++;
      }
      out[k] = v;
    }
    return out;
  }

  /** As {@link #numbers(byte[], int, int, int)}, as ints (ids). */
  private static int[] ids(byte[] b, int from, int to, int count) {
    long[] n = numbers(b, from, to, count);
    int[] out = new int[count];
    for (int k = 0; k < count; k++) {
      out[k] = (int) n[k];
    }
    return out;
  }
}
