package io.hostsql.os;

/**
 * The run-queue load averages of /proc/loadavg.
 *
 * @param load1 over the last minute
 * @param load5 over the last five minutes
 * @param load15 over the last fifteen minutes
 */
public record LoadAverage(double load1, double load5, double load15) {
}
