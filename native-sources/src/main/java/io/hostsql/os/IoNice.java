package io.hostsql.os;

/**
 * An I/O scheduling priority, psutil's {@code pionice}.
 *
 * @param ioClass the class
 * @param value the level within the class, 0 (highest) to 7; 0 for NONE and IDLE
 */
public record IoNice(IoPriorityClass ioClass, int value) {
}
