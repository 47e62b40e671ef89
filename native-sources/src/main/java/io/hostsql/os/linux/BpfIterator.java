package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;

/**
 * A BPF iterator program loaded into the kernel and attached (bpf(2): PROG_LOAD, LINK_CREATE),
 * kept for the life of the JVM; each {@link #read()} opens a fresh iterator (ITER_CREATE) and
 * reads what the program wrote for every object the kernel walked, in one pass of system calls
 * instead of one open per process or per descriptor.
 */
final class BpfIterator {
  private static final long SYS_BPF = Platform.isARM() ? 280 : 321;
  private static final int BPF_PROG_LOAD = 5;
  private static final int BPF_LINK_CREATE = 28;
  private static final int BPF_ITER_CREATE = 33;
  private static final int BPF_PROG_TYPE_TRACING = 26;
  private static final int BPF_TRACE_ITER = 28;

  private final int linkFd;

  private BpfIterator(int linkFd) {
    this.linkFd = linkFd;
  }

  /**
   * Loads and attaches a program for the iterator whose BTF function id is given.
   *
   * @throws SyscallException with the verifier's log in its message when the kernel refuses
   */
  static BpfIterator load(String name, byte[] program, int attachBtfId) {
    Memory insns = new Memory(program.length);
    insns.write(0, program, 0, program.length);
    Memory license = new Memory(4);
    license.setString(0, "GPL", StandardCharsets.US_ASCII.name());
    Memory log = new Memory(64 * 1024);
    log.setByte(0, (byte) 0);
    Memory attr = new Memory(144);
    attr.clear();
    attr.setInt(0, BPF_PROG_TYPE_TRACING);
    attr.setInt(4, program.length / 8);
    attr.setLong(8, Pointer.nativeValue(insns));
    attr.setLong(16, Pointer.nativeValue(license));
    attr.setInt(24, 1); // log level: the verifier explains a refusal
    attr.setInt(28, (int) log.size());
    attr.setLong(32, Pointer.nativeValue(log));
    byte[] n = name.getBytes(StandardCharsets.US_ASCII);
    attr.write(48, n, 0, Math.min(n.length, 15));
    attr.setInt(68, BPF_TRACE_ITER);
    attr.setInt(108, attachBtfId);
    int progFd;
    try {
      progFd = (int) LibC.syscall(SYS_BPF, BPF_PROG_LOAD, Pointer.nativeValue(attr), attr.size());
    } catch (LastErrorException e) {
      String why = log.getString(0, StandardCharsets.US_ASCII.name()).trim();
      throw new SyscallException("bpf(PROG_LOAD " + name + ")" + (why.isEmpty() ? ""
          : ": " + why.substring(Math.max(0, why.length() - 400))), e.getErrorCode());
    }
    try {
      Memory link = new Memory(64);
      link.clear();
      link.setInt(0, progFd);
      link.setInt(8, BPF_TRACE_ITER);
      int linkFd = (int) LibC.syscall(SYS_BPF, BPF_LINK_CREATE, Pointer.nativeValue(link),
          link.size());
      return new BpfIterator(linkFd);
    } catch (LastErrorException e) {
      throw new SyscallException("bpf(LINK_CREATE " + name + ")", e.getErrorCode());
    } finally {
      LibC.close(progFd); // the link holds the program
    }
  }

  /** Runs the iterator once: everything the program wrote, in the kernel's order. */
  byte[] read() {
    Memory attr = new Memory(8);
    attr.clear();
    attr.setInt(0, linkFd);
    int fd;
    try {
      fd = (int) LibC.syscall(SYS_BPF, BPF_ITER_CREATE, Pointer.nativeValue(attr), attr.size());
    } catch (LastErrorException e) {
      throw new SyscallException("bpf(ITER_CREATE)", e.getErrorCode());
    }
    try {
      return SyscallReads.readToEnd(fd, false);
    } catch (LastErrorException e) {
      throw new SyscallException("read(bpf iterator)", e.getErrorCode());
    } finally {
      LibC.close(fd);
    }
  }
}
