package io.hostsql.os.windows;

/**
 * Process calls that refuse one pid as Windows refuses a protected process (a PPL service,
 * csrss, the System process) to an administrator without the protection: OpenProcess with
 * PROCESS_QUERY_INFORMATION, PROCESS_VM_READ or PROCESS_DUP_HANDLE fails with
 * ERROR_ACCESS_DENIED, while PROCESS_QUERY_LIMITED_INFORMATION alone is granted; its token
 * cannot be opened either. The system-wide calls (the listing, the handle table) still answer,
 * from the calls this wraps.
 */
class ProtectedProcessCalls implements ProcessCalls {
  private final ProcessCalls calls;
  private final int pid;
  private final boolean limitedToo;

  /**
   * @param limitedToo whether PROCESS_QUERY_LIMITED_INFORMATION is refused as well (the Idle
   *     and System processes, or a process whose security descriptor denies even that)
   */
  ProtectedProcessCalls(ProcessCalls calls, int pid, boolean limitedToo) {
    this.calls = calls;
    this.pid = pid;
    this.limitedToo = limitedToo;
  }

  private boolean refused(int asked) {
    return asked == pid;
  }

  private Win32Buffer denied() {
    return Win32Buffer.failed(Win32Buffer.ACCESS_DENIED);
  }

  @Override
  public Win32Buffer systemProcessInformation() {
    return calls.systemProcessInformation();
  }

  @Override
  public Win32Buffer peb(int pid) {
    return refused(pid) ? denied() : calls.peb(pid);
  }

  @Override
  public Win32Buffer memory(int pid, long address, int length) {
    return refused(pid) ? denied() : calls.memory(pid, address, length);
  }

  @Override
  public Win32Buffer priorityClass(int pid) {
    return refused(pid) && limitedToo ? denied() : calls.priorityClass(pid);
  }

  @Override
  public Win32Buffer affinityMask(int pid) {
    return refused(pid) && limitedToo ? denied() : calls.affinityMask(pid);
  }

  @Override
  public Win32Buffer tokenUser(int pid) {
    return refused(pid) ? denied() : calls.tokenUser(pid);
  }

  @Override
  public String account(byte[] sid) {
    return calls.account(sid);
  }

  /** PROCESS_QUERY_LIMITED_INFORMATION with PROCESS_VM_READ: the second is refused. */
  @Override
  public Win32Buffer memoryCounters(int pid) {
    return refused(pid) ? denied() : calls.memoryCounters(pid);
  }

  @Override
  public Win32Buffer ioPriority(int pid) {
    return refused(pid) && limitedToo ? denied() : calls.ioPriority(pid);
  }

  @Override
  public Win32Buffer handleCount(int pid) {
    return refused(pid) && limitedToo ? denied() : calls.handleCount(pid);
  }

  @Override
  public Win32Buffer memoryRegions(int pid) {
    return refused(pid) ? denied() : calls.memoryRegions(pid);
  }

  @Override
  public Win32Buffer handleTable() {
    return calls.handleTable();
  }

  @Override
  public Win32Buffer fileName(int pid, long handle) {
    return refused(pid) ? denied() : calls.fileName(pid, handle);
  }

  /** Needs no handle: answered. */
  @Override
  public Win32Buffer imageName(int pid) {
    return calls.imageName(pid);
  }

  @Override
  public Win32Buffer commandLine(int pid) {
    return refused(pid) && limitedToo ? denied() : calls.commandLine(pid);
  }

  @Override
  public Win32Buffer dosDevice(String drive) {
    return calls.dosDevice(drive);
  }
}
