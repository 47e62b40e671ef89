package io.hostsql.os;

/**
 * psutil's {@code sdiskio}: block device I/O since boot (bytes; times in milliseconds).
 *
 * @param readCount reads completed
 * @param writeCount writes completed
 * @param readBytes bytes read (sectors x 512)
 * @param writeBytes bytes written
 * @param readTime time spent reading
 * @param writeTime time spent writing
 * @param readMergedCount adjacent reads merged
 * @param writeMergedCount adjacent writes merged
 * @param busyTime time the device had I/O in flight
 */
public record DiskIoCounters(long readCount, long writeCount, long readBytes, long writeBytes,
    long readTime, long writeTime, long readMergedCount, long writeMergedCount, long busyTime) {

  /** The counters in declaration order (for wrap correction and sums). */
  public long[] toArray() {
    return new long[] {readCount, writeCount, readBytes, writeBytes, readTime, writeTime,
        readMergedCount, writeMergedCount, busyTime};
  }

  /** The inverse of {@link #toArray()}. */
  public static DiskIoCounters of(long[] v) {
    return new DiskIoCounters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
  }
}
