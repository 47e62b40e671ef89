package io.hostsql.os.linux;

/**
 * The fields of /proc/PID/stat that psutil uses, raw (clock ticks, not seconds).
 *
 * @param comm the command name, truncated by the kernel to 15 bytes
 * @param state the state letter (field 3)
 * @param ppid the parent pid (field 4)
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
 * @param rssPages resident set size in pages (field 24), the same counter statm reports
 * @param processor the CPU it last ran on (field 39)
 * @param blkioTicks ticks blocked on block I/O (field 42; 0 where absent)
 */
public record PidStat(String comm, char state, int ppid, int ttyNr, long flags, long minflt,
    long majflt, long utime, long stime, long cutime, long cstime, int nice, int numThreads,
    long starttime, long vsize, long rssPages, int processor, long blkioTicks) {

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
    // Fields after ')' start at field 3; fields[k] holds field k + 3.
    long[] fields = new long[45];
    char state = '?';
    int field = 0;
    int i = close + 1;
    while (i < len && field < fields.length) {
      while (i < len && b[i] == ' ') {
        i++;
      }
      if (i >= len || b[i] == '\n') {
        break;
      }
      if (field == 0) {
        state = (char) b[i];
        while (i < len && b[i] != ' ' && b[i] != '\n') {
          i++;
        }
      } else {
        boolean neg = false;
        if (b[i] == '-') {
          neg = true;
          i++;
        }
        long v = 0;
        while (i < len && b[i] >= '0' && b[i] <= '9') {
          v = v * 10 + (b[i] - '0');
          i++;
        }
        while (i < len && b[i] != ' ' && b[i] != '\n') {
          i++;
        }
        fields[field] = neg ? -v : v;
      }
      field++;
    }
    return new PidStat(comm, state, (int) fields[1], (int) fields[4], fields[6], fields[7],
        fields[9], fields[11], fields[12], fields[13], fields[14], (int) fields[16],
        (int) fields[17], fields[19], fields[20], fields[21], (int) fields[36],
        field > 39 ? fields[39] : 0);
  }
}
