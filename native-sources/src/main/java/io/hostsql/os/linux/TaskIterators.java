package io.hostsql.os.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two walks the kernel can do for us in one read each, through BPF task iterators: every
 * process's command name, and every socket descriptor of every process. The /proc equivalents
 * open a file per process and readlink a link per descriptor; at a thousand processes or ten
 * thousand sockets those opens are most of a name-filtered scan or a connection listing.
 *
 * <p>Needs root (CAP_BPF and CAP_PERFMON) and a kernel with BTF and task iterators (5.8+).
 * The programs see global pids, so callers use them only over a procfs that shows the initial
 * pid namespace ({@link ProcFs#showsInitialPidNamespace()}). Anything less, or
 * {@code -Dhostsql.bpf=false}, and {@link #available()} is false: callers read /proc as
 * before. What was tried and why it failed is kept in {@link #unavailableReason()}.
 */
public final class TaskIterators {
  /** Output record of the process walk: u32 tgid, u32 task flags, u32 ppid, 0, comm[16]. */
  private static final int PROCESS_RECORD = 32;
  private static final int COMM_AT = 16;
  /** Output record of the socket walk: u32 tgid, u32 fd, u64 inode. */
  private static final int SOCKET_RECORD = 16;
  /** task_struct.flags bits: a kernel thread; a workqueue worker (its stat name grows). */
  static final int PF_WQ_WORKER = 0x20;
  static final int PF_KTHREAD = 0x00200000;

  private static final Object LOCK = new Object();
  private static volatile boolean tried;
  private static boolean loadStarted;
  private static volatile String unavailable;
  private static BpfIterator processes;
  private static BpfIterator sockets;

  /**
   * A process as the process walk saw it: pid, task flags, parent pid, the raw 15-byte comm.
   */
  public record TaskName(int pid, int flags, int ppid, String comm) {
    /**
     * Whether /proc or psutil may show a longer name than the comm: psutil completes a
     * 15-byte comm from the command line, and /proc/PID/stat shows a kernel thread's full name
     * and a workqueue worker's current work after it.
     */
    public boolean nameMayGrow() {
      return mayGrow(flags, comm.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  private static boolean mayGrow(int flags, int commBytes) {
    return commBytes >= 15 || (flags & (PF_KTHREAD | PF_WQ_WORKER)) != 0;
  }

  /**
   * The ns/pid link of a process in the kernel's initial pid namespace: the kernel gives that
   * namespace the fixed inode PROC_PID_INIT_INO, 0xEFFFFFFC.
   */
  static final String INITIAL_PID_NAMESPACE = "pid:[" + 0xEFFFFFFCL + "]";

  private TaskIterators() {
  }

  /** Whether the iterators are loaded (loading them on the first call). */
  public static boolean available() {
    if (!tried) {
      synchronized (LOCK) {
        if (!tried) {
          try {
            load();
          } catch (RuntimeException | java.io.IOException | LinkageError e) {
            unavailable = String.valueOf(e.getMessage());
          }
          tried = true;
        }
      }
    }
    return unavailable == null;
  }

  /**
   * Whether the iterators are loaded, without waiting for them: the first call starts loading
   * them on a thread of its own and answers false, so a one-shot query reads /proc (a few
   * milliseconds at most) rather than wait for the kernel BTF to be parsed and the programs
   * verified (40 to 200 ms, once per JVM); later queries in the same JVM get the walks.
   */
  public static boolean ready() {
    if (tried) {
      return unavailable == null;
    }
    synchronized (LOCK) {
      if (!loadStarted) {
        loadStarted = true;
        Background.run("hostsql-bpf-load", TaskIterators::available);
      }
    }
    return false;
  }

  /** Why {@link #available()} is false; null when it is true. */
  public static String unavailableReason() {
    available();
    return unavailable;
  }

  private static void load() throws java.io.IOException {
    if ("false".equals(System.getProperty("hostsql.bpf"))) {
      throw new IllegalStateException("disabled by -Dhostsql.bpf=false");
    }
    Btf btf = Btf.vmlinux();
    int pid = need(btf.memberOffset("task_struct", "pid"), "task_struct.pid");
    int tgid = need(btf.memberOffset("task_struct", "tgid"), "task_struct.tgid");
    int flags = need(btf.memberOffset("task_struct", "flags"), "task_struct.flags");
    int comm = need(btf.memberOffset("task_struct", "comm"), "task_struct.comm");
    int seq = need(btf.memberOffset("bpf_iter_meta", "seq"), "bpf_iter_meta.seq");
    int taskMeta = need(btf.memberOffset("bpf_iter__task", "meta"), "bpf_iter__task.meta");
    int taskTask = need(btf.memberOffset("bpf_iter__task", "task"), "bpf_iter__task.task");
    int fileMeta = need(btf.memberOffset("bpf_iter__task_file", "meta"), "meta");
    int fileTask = need(btf.memberOffset("bpf_iter__task_file", "task"), "task");
    int fileFd = need(btf.memberOffset("bpf_iter__task_file", "fd"), "fd");
    int fileFile = need(btf.memberOffset("bpf_iter__task_file", "file"), "file");
    int fInode = need(btf.memberOffset("file", "f_inode"), "file.f_inode");
    int iMode = need(btf.memberOffset("inode", "i_mode"), "inode.i_mode");
    int iIno = need(btf.memberOffset("inode", "i_ino"), "inode.i_ino");
    int taskFunc = need(btf.find(Btf.KIND_FUNC, "bpf_iter_task"), "bpf_iter_task");
    int fileFunc = need(btf.find(Btf.KIND_FUNC, "bpf_iter_task_file"), "bpf_iter_task_file");

    int realParent = need(btf.memberOffset("task_struct", "real_parent"), "real_parent");

    // One record per thread-group leader: its tgid, flags, parent's tgid (the ppid that
    // /proc/PID/stat shows: 0 for the kernel's own parent) and comm.
    BpfAssembler namesProgram = leaderOnly(new BpfAssembler()
        .movReg(6, 1)
        .load64(7, 6, taskTask)
        .jumpIfEqual(7, 0, "out"), 7, pid, tgid, -32)
        .load32(4, 7, flags)
        .store32(10, -28, 4)
        .load64(8, 7, realParent)
        .load32(4, 8, tgid)
        .store32(10, -24, 4)
        .movImm(4, 0)
        .store32(10, -20, 4)
        .movReg(1, 10).addImm(1, -16)
        .movImm(2, 16)
        .movReg(3, 7).addImm(3, comm)
        .call(BpfAssembler.HELPER_PROBE_READ_KERNEL);
    byte[] names = writeRecord(namesProgram, taskMeta, seq, PROCESS_RECORD);
    // One record per socket descriptor of a leader: tgid, fd, the socket inode's number.
    // The walk skips threads that share their leader's table; the pid test skips the rest,
    // because /proc/PID/fd shows the leader's table only.
    BpfAssembler socketsProgram = leaderOnly(new BpfAssembler()
        .movReg(6, 1)
        .load64(7, 6, fileFile)
        .jumpIfEqual(7, 0, "out")
        .load64(8, 6, fileTask)
        .jumpIfEqual(8, 0, "out"), 8, pid, tgid, -16)
        .load32(4, 6, fileFd)
        .store32(10, -12, 4)
        .load64(9, 7, fInode)
        .load16(2, 9, iMode)
        .andImm(2, 0xf000)
        .jumpIfNotEqual(2, 0xc000, "out") // S_IFSOCK
        .load64(3, 9, iIno)
        .store64(10, -8, 3);
    byte[] socketFds = writeRecord(socketsProgram, fileMeta, seq, SOCKET_RECORD);
    processes = BpfIterator.load("hostsql_names", names, taskFunc);
    sockets = BpfIterator.load("hostsql_sockets", socketFds, fileFunc);
  }

  /**
   * Goes on only for a thread-group leader (the task in {@code task} has pid == tgid, else
   * "out"), and stores its tgid at {@code frameOffset}: the first field of every record.
   */
  private static BpfAssembler leaderOnly(BpfAssembler program, int task, int pid, int tgid,
      int frameOffset) {
    return program
        .load32(2, task, pid)
        .load32(3, task, tgid)
        .jumpIfNotEqualReg(2, 3, "out")
        .store32(10, frameOffset, 3);
  }

  /**
   * The common end of both programs: the record built in the top {@code size} bytes of the
   * stack goes to the iterator's output (ctx in r6), and every path returns 0 from "out".
   */
  private static byte[] writeRecord(BpfAssembler program, int ctxMeta, int metaSeq, int size) {
    return program
        .load64(1, 6, ctxMeta)
        .load64(1, 1, metaSeq)
        .movReg(2, 10).addImm(2, -size)
        .movImm(3, size)
        .call(BpfAssembler.HELPER_SEQ_WRITE)
        .label("out")
        .movImm(0, 0)
        .exit()
        .assemble();
  }

  private static int need(int value, String what) {
    if (value < 0) {
      throw new IllegalStateException("kernel BTF has no " + what);
    }
    return value;
  }

  /** Every process (thread-group leader) with its flags and comm, in pid order. */
  public static List<TaskName> processes() {
    ProcessWalk walk = walkProcesses();
    List<TaskName> out = new ArrayList<>(walk.size());
    for (int i = 0; i < walk.size(); i++) {
      out.add(walk.get(i));
    }
    return out;
  }

  /** The process walk as the kernel wrote it, read in place: no object per process. */
  public static ProcessWalk walkProcesses() {
    if (!available()) {
      throw new IllegalStateException("BPF task iterators unavailable: " + unavailable);
    }
    return new ProcessWalk(ByteBuffer.wrap(processes.read()).order(ByteOrder.nativeOrder()));
  }

  /** The records of one process walk: u32 tgid, u32 flags, u32 ppid, 0, char comm[16]. */
  public static final class ProcessWalk {
    private final ByteBuffer b;

    private ProcessWalk(ByteBuffer b) {
      this.b = b;
    }

    public int size() {
      return b.limit() / PROCESS_RECORD;
    }

    public int pid(int i) {
      return b.getInt(i * PROCESS_RECORD);
    }

    /**
     * The pids of {@code listed} (a listing of /proc) that this walk did not see: processes
     * started since, or passed over by the iterator (pid 1 on this kernel). They must be read
     * from /proc.
     */
    public int[] missed(int[] listed) {
      java.util.BitSet walked = new java.util.BitSet();
      for (int i = 0; i < size(); i++) {
        walked.set(pid(i));
      }
      return java.util.Arrays.stream(listed).filter(pid -> !walked.get(pid)).toArray();
    }

    /** The parent's pid, as /proc/PID/stat's fourth field. */
    public int ppid(int i) {
      return b.getInt(i * PROCESS_RECORD + 8);
    }

    private int flags(int i) {
      return b.getInt(i * PROCESS_RECORD + 4);
    }

    /**
     * The comm as the process's name where no file can say more (see
     * {@link TaskName#nameMayGrow()}); null where it may grow and must be read.
     */
    public String nameIfFinal(int i) {
      int len = commLength(i);
      return mayGrow(flags(i), len) ? null : comm(i, len);
    }

    private String comm(int i, int len) {
      byte[] comm = new byte[len];
      b.get(i * PROCESS_RECORD + COMM_AT, comm);
      return new String(comm, StandardCharsets.UTF_8);
    }

    private int commLength(int i) {
      int at = i * PROCESS_RECORD + COMM_AT;
      int len = 0;
      while (len < 16 && b.get(at + len) != 0) {
        len++;
      }
      return len;
    }

    public TaskName get(int i) {
      return new TaskName(pid(i), flags(i), ppid(i), comm(i, commLength(i)));
    }

    /**
     * Whether process {@code i} may be called {@code name} (UTF-8 bytes): its comm is the
     * name, or the name extends a comm that may grow ({@link TaskName#nameMayGrow()}).
     */
    public boolean mayBeNamed(int i, byte[] name) {
      int len = commLength(i);
      boolean grows = mayGrow(flags(i), len);
      if (name.length < len || name.length > len && !grows) {
        return false;
      }
      int at = i * PROCESS_RECORD + COMM_AT;
      for (int k = 0; k < len; k++) {
        if (b.get(at + k) != name[k]) {
          return false;
        }
      }
      return true;
    }
  }

  /** Socket inode to its (pid, fd) holders, for every process: what /proc/PID/fd links say. */
  public static Map<Long, List<int[]>> socketOwners() {
    if (!available()) {
      throw new IllegalStateException("BPF task iterators unavailable: " + unavailable);
    }
    ByteBuffer b = ByteBuffer.wrap(sockets.read()).order(ByteOrder.nativeOrder());
    Map<Long, List<int[]>> owners = new HashMap<>(b.remaining() / SOCKET_RECORD * 2);
    for (int at = 0; at + SOCKET_RECORD <= b.limit(); at += SOCKET_RECORD) {
      owners.computeIfAbsent(b.getLong(at + 8), k -> new ArrayList<>(1))
          .add(new int[] {b.getInt(at), b.getInt(at + 4)});
    }
    return owners;
  }
}
