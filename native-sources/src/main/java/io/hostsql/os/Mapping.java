package io.hostsql.os;

/**
 * One line of /proc/PID/maps: a region of the address space and what backs it.
 *
 * @param start the first address, hex without 0x, as the kernel prints it
 * @param end the address past the last, hex without 0x
 * @param perms "rwxp"-style: read, write, execute, then p (private, copy-on-write) or s (shared)
 * @param offset the offset into the mapped file, in bytes
 * @param device the file's device as "major:minor" in hex ("00:00" when anonymous)
 * @param inode the file's inode, 0 when anonymous
 * @param path the mapped file without the kernel's " (deleted)" mark, a pseudo path such as
 *     "[heap]", "[stack]" or "[vdso]", or "" when anonymous
 * @param deleted whether the kernel marked the file " (deleted)"
 */
public record Mapping(String start, String end, String perms, long offset, String device,
    long inode, String path, boolean deleted) {
}
