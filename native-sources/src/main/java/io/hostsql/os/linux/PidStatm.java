package io.hostsql.os.linux;

/**
 * /proc/PID/statm, in pages: the source of psutil's {@code memory_info()}.
 *
 * @param size total program size (vms)
 * @param resident resident set (rss)
 * @param shared resident file-backed or shared pages
 * @param text code
 * @param lib unused since Linux 2.6, always 0
 * @param data data plus stack
 * @param dirty unused since Linux 2.6, always 0
 */
public record PidStatm(long size, long resident, long shared, long text, long lib, long data,
    long dirty) {

  /** Parses the seven space-separated counters. */
  public static PidStatm parse(byte[] b) {
    long[] v = new long[7];
    int field = 0;
    int i = 0;
    while (i < b.length && field < 7) {
      while (i < b.length && (b[i] < '0' || b[i] > '9')) {
        i++;
      }
      long n = 0;
      boolean any = false;
      while (i < b.length && b[i] >= '0' && b[i] <= '9') {
        n = n * 10 + (b[i] - '0');
        i++;
        any = true;
      }
      if (any) {
        v[field++] = n;
      }
    }
    return new PidStatm(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
  }
}
