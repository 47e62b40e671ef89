package io.hostsql.os;

/**
 * psutil's per-process {@code cpu_times()}, in seconds.
 *
 * @param user time in user mode
 * @param system time in kernel mode
 * @param childrenUser user time of reaped children
 * @param childrenSystem kernel time of reaped children
 * @param iowait time blocked on block I/O (delay accounting; 0 where the kernel lacks it)
 */
public record CpuTimes(double user, double system, double childrenUser, double childrenSystem,
    double iowait) {
}
