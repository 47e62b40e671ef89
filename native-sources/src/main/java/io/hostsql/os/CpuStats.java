package io.hostsql.os;

/**
 * psutil's {@code cpu_stats()}: counters since boot from /proc/stat.
 *
 * @param ctxSwitches context switches
 * @param interrupts interrupts (all sources)
 * @param softInterrupts software interrupts
 * @param syscalls always 0 on Linux, kept for shape
 */
public record CpuStats(long ctxSwitches, long interrupts, long softInterrupts, long syscalls) {
}
