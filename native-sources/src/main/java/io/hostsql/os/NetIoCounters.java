package io.hostsql.os;

/**
 * psutil's {@code snetio}: traffic of a network interface since it came up.
 *
 * @param bytesSent bytes sent
 * @param bytesRecv bytes received
 * @param packetsSent packets sent
 * @param packetsRecv packets received
 * @param errin receive errors
 * @param errout transmit errors
 * @param dropin incoming packets dropped
 * @param dropout outgoing packets dropped
 */
public record NetIoCounters(long bytesSent, long bytesRecv, long packetsSent, long packetsRecv,
    long errin, long errout, long dropin, long dropout) {

  /** The counters in declaration order (for wrap correction and sums). */
  public long[] toArray() {
    return new long[] {bytesSent, bytesRecv, packetsSent, packetsRecv, errin, errout, dropin,
        dropout};
  }

  /** The counters of several interfaces added up (psutil's pernic=False). */
  public static NetIoCounters sum(Iterable<NetIoCounters> counters) {
    long[] sum = new long[8];
    for (NetIoCounters c : counters) {
      long[] v = c.toArray();
      for (int i = 0; i < sum.length; i++) {
        sum[i] += v[i];
      }
    }
    return of(sum);
  }

  /** The inverse of {@link #toArray()}. */
  public static NetIoCounters of(long[] v) {
    return new NetIoCounters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
  }
}
