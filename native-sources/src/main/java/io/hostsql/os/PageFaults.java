package io.hostsql.os;

/**
 * psutil's {@code page_faults()}.
 *
 * @param minor faults served without I/O
 * @param major faults that needed I/O
 */
public record PageFaults(long minor, long major) {
}
