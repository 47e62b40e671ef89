package io.hostsql.os;

/**
 * A CPU frequency in MHz, psutil's {@code scpufreq}; min and max are 0 when unknown.
 *
 * @param current the current frequency
 * @param min the lowest the governor may choose
 * @param max the highest the governor may choose
 */
public record CpuFreq(double current, double min, double max) {
}
