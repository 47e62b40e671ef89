package io.hostsql.os.linux;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Socket inode to the (pid, fd) pairs that hold it, from the socket:[N] links of every
 * /proc/PID/fd the caller may read, as ss -p and psutil find owners: the kernel's socket tables
 * carry no pid. With thousands of descriptors this loop is most of a connection listing, so it
 * works on bytes: one reused path buffer, the link target compared and parsed in place, and a
 * String for nothing.
 */
public final class SocketOwners {
  private static final byte[] SOCKET = "socket:[".getBytes(StandardCharsets.US_ASCII);

  private SocketOwners() {
  }

  /**
   * Every visible owner of every socket; processes that refuse or vanish are passed over. On
   * the live /proc with {@link TaskIterators} available, one BPF walk of every descriptor
   * replaces the readlinks, and only the processes that walk did not reach are read from /proc.
   */
  public static Map<Long, List<int[]>> scan(ProcFs proc) {
    if (proc.showsInitialPidNamespace() && TaskIterators.ready()) {
      Map<Long, List<int[]>> owners = TaskIterators.socketOwners();
      Scanner missed = new Scanner(proc, owners);
      for (int pid : TaskIterators.walkProcesses().missed(proc.pids())) {
        missed.process(pid);
      }
      return owners;
    }
    Scanner all = new Scanner(proc, new HashMap<>());
    for (int pid : proc.pids()) {
      all.process(pid);
    }
    return all.owners;
  }

  /** The readlink walk of /proc/PID/fd, one process at a time, into one map. */
  private static final class Scanner {
    private final ProcFs proc;
    private final Map<Long, List<int[]>> owners;
    private final byte[] root;
    // Sized to fit, not generously: JNA copies each array whole on every call, and at thousands
    // of descriptors that copying cost more than the readlink. "/PID/fd/FD" adds at most 30
    // bytes; a socket's target is at most 29 ("socket:[" 20 digits "]"), and longer targets
    // (paths) may be cut short, as they are not sockets.
    private final byte[] path;
    private final byte[] target = new byte[32];
    private final boolean direct;

    Scanner(ProcFs proc, Map<Long, List<int[]>> owners) {
      this.proc = proc;
      this.owners = owners;
      this.root = proc.root().toString().getBytes(StandardCharsets.UTF_8);
      this.path = new byte[root.length + 32];
      this.direct = proc.isLive();
    }

    void process(int pid) {
      int[] fds = proc.listNumbers(pid + "/fd");
      if (fds == null) {
        return;
      }
      // "<root>/<pid>/fd/" once per process; each fd appends its digits and a NUL.
      int at = put(path, 0, root);
      path[at++] = '/';
      at = ProcFs.putDecimal(path, at, pid);
      path[at++] = '/';
      path[at++] = 'f';
      path[at++] = 'd';
      path[at++] = '/';
      for (int fd : fds) {
        long n;
        if (direct) {
          int end = ProcFs.putDecimal(path, at, fd);
          path[end] = 0;
          n = LibC.readlink(path, target, target.length);
        } else {
          String t = proc.readLinkQuietly(pid + "/fd/" + fd);
          if (t == null) {
            continue;
          }
          byte[] tb = t.getBytes(StandardCharsets.UTF_8);
          n = Math.min(tb.length, target.length);
          System.arraycopy(tb, 0, target, 0, (int) n);
        }
        if (n <= SOCKET.length || !startsWithSocket(target)) {
          continue;
        }
        long inode = 0;
        for (int i = SOCKET.length; i < n && target[i] != ']'; i++) {
          inode = inode * 10 + (target[i] - '0');
        }
        owners.computeIfAbsent(inode, k -> new ArrayList<>(1)).add(new int[] {pid, fd});
      }
    }
  }

  /** {@link #scan(ProcFs)} on a thread of its own, for a caller with other reading to do. */
  public static java.util.concurrent.CompletableFuture<Map<Long, List<int[]>>> scanInBackground(
      ProcFs proc) {
    return Background.run("hostsql-socket-owners", () -> scan(proc));
  }

  private static boolean startsWithSocket(byte[] b) {
    for (int i = 0; i < SOCKET.length; i++) {
      if (b[i] != SOCKET[i]) {
        return false;
      }
    }
    return true;
  }

  private static int put(byte[] dst, int at, byte[] src) {
    System.arraycopy(src, 0, dst, at, src.length);
    return at + src.length;
  }

}
