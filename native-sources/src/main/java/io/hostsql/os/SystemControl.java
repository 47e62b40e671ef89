package io.hostsql.os;

/**
 * One kernel parameter of /proc/sys, as sysctl names it.
 *
 * @param name the dotted name (net.ipv4.ip_forward)
 * @param subsystem its first component (net, kernel, vm, fs...)
 * @param currentValue the value read now, trimmed, or null when the file cannot be read
 *     (write-only, or readable by root only)
 * @param configValue the value the sysctl configuration files set, or null when none does
 */
public record SystemControl(String name, String subsystem, String currentValue,
    String configValue) {
}
