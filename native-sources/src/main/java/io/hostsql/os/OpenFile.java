package io.hostsql.os;

/**
 * A regular file a process has open, psutil's {@code popenfile}.
 *
 * @param path the absolute path
 * @param fd the descriptor number
 * @param position the file offset
 * @param mode "r", "w", "a", "r+" or "a+"
 * @param flags the open(2) flags
 * @param deleted whether the file was unlinked while held open (the kernel's " (deleted)")
 */
public record OpenFile(String path, int fd, long position, String mode, int flags,
    boolean deleted) {
}
