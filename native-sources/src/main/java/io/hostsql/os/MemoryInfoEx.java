package io.hostsql.os;

/**
 * psutil's {@code memory_info_ex()}: memory_info plus what the platform adds, so its shape is
 * the platform's, as psutil's {@code pmem_ex} is; the four fields every platform has are here.
 * Sizes in bytes.
 */
public sealed interface MemoryInfoEx permits LinuxMemoryInfoEx, WindowsMemoryInfoEx {
  /** Resident set size (Windows: the working set). */
  long rss();

  /** Virtual size (Windows: private committed bytes, psutil 8's vms). */
  long vms();

  /** The highest rss seen. */
  long peakRss();

  /** The highest vms seen. */
  long peakVms();
}
