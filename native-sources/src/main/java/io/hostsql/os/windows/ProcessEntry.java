package io.hostsql.os.windows;

import java.util.List;

/**
 * One process of the SystemProcessInformation listing. Times are in 100 ns units (create time
 * a FILETIME: since 1601-01-01 UTC); sizes in bytes.
 *
 * @param name the image name, "" for the idle process, null when its string was unreadable
 * @param pagefile PagefileUsage, psutil's {@code pagefile} (and {@code vms})
 * @param privateBytes PrivatePageCount, psutil's {@code private}
 * @param threads the threads that followed the entry (fewer than numThreads when cut short)
 */
record ProcessEntry(int pid, int ppid, String name, int numThreads, int handleCount,
    int sessionId, int basePriority, long createTime, long userTime, long kernelTime,
    long pageFaults, long peakWset, long wset, long peakPagedPool, long pagedPool,
    long peakNonPagedPool, long nonPagedPool, long pagefile, long peakPagefile,
    long privateBytes, long peakVms, long vms, long readCount, long writeCount,
    long otherCount, long readBytes, long writeBytes, long otherBytes,
    List<ThreadEntry> threads) {

  /**
   * One SYSTEM_THREAD_INFORMATION.
   *
   * @param tid the thread id
   * @param userTime 100 ns units in user mode
   * @param kernelTime 100 ns units in kernel mode
   * @param createTime a FILETIME
   */
  record ThreadEntry(int tid, long userTime, long kernelTime, long createTime, int priority,
      int basePriority, long contextSwitches, int state, int waitReason) {
  }
}
