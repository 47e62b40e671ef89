package io.hostsql.os;

/**
 * One thread of a process, psutil's {@code pthread}.
 *
 * @param id the thread id (tid)
 * @param userTime seconds in user mode
 * @param systemTime seconds in kernel mode
 */
public record ThreadTimes(int id, double userTime, double systemTime) {
}
