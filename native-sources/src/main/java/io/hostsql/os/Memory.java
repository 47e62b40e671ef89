package io.hostsql.os;

import java.util.Map;

/** psutil's virtual_memory and swap_memory on Linux, from /proc/meminfo and /proc/vmstat. */
public interface Memory {
  /** The running machine's, through {@link Platform#current()}. */
  static Memory live() {
    return Platform.current().system().memory();
  }

  /**
   * /proc/meminfo as the kernel states it, in file order: sizes in bytes (kB times 1024),
   * HugePages_* counts as they are. psutil's figures in {@link #virtualMemory()} are derived
   * from these; this is for whoever wants the kernel's own (Cached without SReclaimable...).
   */
  Map<String, Long> meminfo();

  /** Physical memory, with psutil's Linux formulas. */
  VirtualMemory virtualMemory();

  /** Swap space, and pages swapped in and out since boot. */
  SwapMemory swapMemory();
}
