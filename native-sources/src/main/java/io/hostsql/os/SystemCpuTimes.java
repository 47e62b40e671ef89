package io.hostsql.os;

/**
 * System-wide (or one CPU's) time by state, in seconds since boot: psutil's {@code scputimes}
 * on Linux, from /proc/stat.
 *
 * @param user normal processes in user mode (guest time included)
 * @param system kernel mode
 * @param idle doing nothing
 * @param nice niced processes in user mode (guest_nice included)
 * @param iowait idle while I/O was outstanding
 * @param irq servicing hardware interrupts
 * @param softirq servicing software interrupts
 * @param steal taken by the hypervisor for other guests
 * @param guest running virtual CPUs of guests
 * @param guestNice running niced guests
 */
public record SystemCpuTimes(double user, double system, double idle, double nice, double iowait,
    double irq, double softirq, double steal, double guest, double guestNice) {

  /** The sum psutil uses as "all time": guest and guest_nice are already in user and nice. */
  public double total() {
    return user + system + idle + nice + iowait + irq + softirq + steal;
  }

  /** The fields in declaration order, for percentage arithmetic. */
  public double[] toArray() {
    return new double[] {user, system, idle, nice, iowait, irq, softirq, steal, guest, guestNice};
  }

  /** The inverse of {@link #toArray()}. */
  public static SystemCpuTimes of(double[] v) {
    return new SystemCpuTimes(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]);
  }
}
