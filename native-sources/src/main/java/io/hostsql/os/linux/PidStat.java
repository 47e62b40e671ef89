package io.hostsql.os.linux;

/**
 * The fields of /proc/PID/stat that psutil uses, raw (clock ticks, not seconds).
 *
 * @param comm the command name, truncated by the kernel to 15 bytes
 * @param state the state letter (field 3)
 * @param ppid the parent pid (field 4)
 * @param pgrp the process group id (field 5)
 * @param ttyNr the controlling terminal's device number, 0 for none (field 7)
 * @param flags the kernel's PF_* flags (field 9)
 * @param minflt minor faults (field 10)
 * @param majflt major faults (field 12)
 * @param utime user ticks (field 14)
 * @param stime system ticks (field 15)
 * @param cutime children's user ticks (field 16)
 * @param cstime children's system ticks (field 17)
 * @param nice the nice value (field 19)
 * @param numThreads the thread count (field 20)
 * @param starttime ticks after boot at which the process started (field 22)
 * @param vsize virtual memory size in bytes (field 23)
 * @param rssPages resident set size in pages (field 24). The kernel reads its per-CPU
 *     counters approximately here (statm sums them exactly), so it can lag rss by some pages
 * @param processor the CPU it last ran on (field 39)
 * @param blkioTicks ticks blocked on block I/O (field 42; 0 where absent)
 */
public record PidStat(String comm, char state, int ppid, int pgrp, int ttyNr, long flags, long minflt,
    long majflt, long utime, long stime, long cutime, long cstime, int nice, int numThreads,
    long starttime, long vsize, long rssPages, int processor, long blkioTicks) {

  /** Fields kept: up to delayacct_blkio_ticks (field 42). */
  private static final int FIELDS = 40;

  /** PF_KTHREAD: the process is a kernel thread. */
  public static final long PF_KTHREAD = 0x00200000L;

  /** Whether this is a kernel thread (no user memory, no exe, no environ). */
  public boolean isKernelThread() {
    return (flags & PF_KTHREAD) != 0;
  }

  /**
   * Parses the file's bytes. The name sits between the first '(' and the LAST ')', because a
   * process may call itself anything, parentheses and spaces included.
   *
   * @throws IllegalArgumentException if the bytes are not a stat line
   */
  public static PidStat parse(byte[] b) {
    int len = b.length;
    int open = -1;
    int close = -1;
    for (int i = 0; i < len; i++) {
      if (b[i] == '(') {
        open = i;
        break;
      }
    }
    for (int i = len - 1; i > open; i--) {
      if (b[i] == ')') {
        close = i;
        break;
      }
    }
    if (open < 0 || close < 0) {
      throw new IllegalArgumentException("not a /proc/PID/stat line");
    }
    String comm = new String(b, open + 1, close - open - 1, java.nio.charset.StandardCharsets.UTF_8);
    // Fields after ')' start at field 3; fields[k] holds field k + 3. One tight pass: the scan
    // of every process parses this line, so it is kept branch-light.
    long[] fields = new long[FIELDS];
    int start = close + 2;
    char state = start < len ? (char) b[start] : '?';
    int field = 0;
    long v = 0;
    boolean neg = false;
    for (int i = start; i < len; i++) {
      byte c = b[i];
      if (c == ' ' || c == '\n') {
        fields[field++] = neg ? -v : v;
        v = 0;
        neg = false;
        if (field == FIELDS || c == '\n') {
          break;
        }
      } else if (c == '-') {
        neg = true;
      } else {
        v = v * 10 + (c - '0');
      }
    }
    return new PidStat(comm, state, (int) fields[1], (int) fields[2], (int) fields[4], fields[6], fields[7],
        fields[9], fields[11], fields[12], fields[13], fields[14], (int) fields[16],
        (int) fields[17], fields[19], fields[20], fields[21], (int) fields[36],
        field > 39 ? fields[39] : 0);
  }
}
