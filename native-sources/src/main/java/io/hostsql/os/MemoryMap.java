package io.hostsql.os;

/**
 * One mapping of a process's address space (or, grouped, the sum of a path's mappings), from
 * /proc/PID/smaps; sizes in bytes.
 *
 * @param address "start-end" in hex; null when grouped
 * @param perms "rwxp"-style permissions; null when grouped
 * @param path the mapped file, or "[anon]", "[heap]", "[stack]", ...
 * @param rss resident bytes
 * @param size mapped bytes
 * @param pss proportional share of resident bytes
 * @param sharedClean clean pages shared with others
 * @param sharedDirty dirty pages shared with others
 * @param privateClean clean private pages
 * @param privateDirty dirty private pages
 * @param referenced pages marked referenced
 * @param anonymous anonymous pages
 * @param swap swapped-out bytes
 * @param deleted whether the mapped file was unlinked (the kernel's " (deleted)"); grouped:
 *     whether any mapping of the path was
 */
public record MemoryMap(String address, String perms, String path, long rss, long size,
    long pss, long sharedClean, long sharedDirty, long privateClean, long privateDirty,
    long referenced, long anonymous, long swap, boolean deleted) {
}
