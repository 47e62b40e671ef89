package io.hostsql.os;

/**
 * A loaded kernel module, one line of /proc/modules (what lsmod lists).
 *
 * @param name the module name
 * @param size its memory size in bytes
 * @param usedBy the modules that use it, comma-separated, or "-" for none
 * @param status Live, Loading or Unloading
 * @param address its load address ("0x..."), or null where the kernel hides addresses from
 *     the reader (kernel.kptr_restrict shows zeros to anyone but root)
 */
public record KernelModule(String name, long size, String usedBy, String status,
    String address) {
}
