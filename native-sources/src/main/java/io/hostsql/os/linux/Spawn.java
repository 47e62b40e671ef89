package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.StringArray;
import io.hostsql.os.OsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Starts a child with posix_spawnp and pipes for its standard streams. The JDK's own
 * ProcessBuilder reaps its children on a hidden thread, which would steal the wait status that
 * psutil's {@code wait()} reports (exit code or minus the signal); a child started here is
 * reaped by whoever waits for it.
 */
public final class Spawn {
  private Spawn() {
  }

  /**
   * A started child and the parent's ends of its pipes.
   *
   * @param pid the child's pid
   * @param stdin writes to the child's standard input
   * @param stdout reads the child's standard output
   * @param stderr reads the child's standard error
   */
  public record Child(int pid, OutputStream stdin, InputStream stdout, InputStream stderr) {
  }

  /**
   * Starts {@code command} (looked up on PATH) with the given environment and working
   * directory (null: inherit).
   */
  public static Child start(List<String> command, Map<String, String> environment, String cwd) {
    if (command.isEmpty()) {
      throw new IllegalArgumentException("empty command");
    }
    int[] in = pipe();
    int[] out = pipe();
    int[] err = pipe();
    Memory actions = new Memory(256);
    LibC.posix_spawn_file_actions_init(actions);
    try {
      LibC.posix_spawn_file_actions_adddup2(actions, in[0], 0);
      LibC.posix_spawn_file_actions_adddup2(actions, out[1], 1);
      LibC.posix_spawn_file_actions_adddup2(actions, err[1], 2);
      closeInheritedDescriptors(actions, in, out, err);
      if (cwd != null) {
        LibC.posix_spawn_file_actions_addchdir_np(actions, cwd);
      }
      StringArray argv = new StringArray(command.toArray(new String[0]));
      Map<String, String> env = environment != null ? environment : System.getenv();
      StringArray envp = new StringArray(env.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new));
      int[] pid = new int[1];
      int rc = LibC.posix_spawnp(pid, command.get(0), actions, null, argv, envp);
      if (rc != 0) {
        closeAll(in[1], out[0], err[0]);
        throw new OsException("cannot start " + command.get(0) + ": error " + rc
            + (rc == LibC.ENOENT ? " (no such file)" : ""));
      }
      return new Child(pid[0], new FdOutputStream(in[1]), new FdInputStream(out[0]),
          new FdInputStream(err[0]));
    } finally {
      LibC.posix_spawn_file_actions_destroy(actions);
      closeAll(in[0], out[1], err[1]);
    }
  }

  /**
   * The JVM keeps descriptors without close-on-exec (its jar files among them); the JDK's
   * ProcessBuilder closes them in the child, and so must we, or the child holds them open.
   */
  private static void closeInheritedDescriptors(Memory actions, int[]... pipes) {
    java.util.Set<Integer> keep = new java.util.HashSet<>();
    for (int[] p : pipes) {
      keep.add(p[0]);
      keep.add(p[1]);
    }
    String[] fds = new java.io.File("/proc/self/fd").list();
    if (fds == null) {
      return;
    }
    for (String name : fds) {
      int fd = Integer.parseInt(name);
      // The pipes are close-on-exec already, and dup2 needs them open until it runs.
      if (fd > 2 && !keep.contains(fd)) {
        LibC.posix_spawn_file_actions_addclose(actions, fd);
      }
    }
  }

  private static int[] pipe() {
    int[] fds = new int[2];
    try {
      // Close-on-exec: the child gets only the ends dup2'ed onto 0, 1 and 2.
      LibC.pipe2(fds, LibC.O_CLOEXEC);
    } catch (LastErrorException e) {
      throw new SyscallException("pipe2", e.getErrorCode());
    }
    return fds;
  }

  private static void closeAll(int... fds) {
    for (int fd : fds) {
      LibC.close(fd);
    }
  }

  /** Reads a pipe through read(2). */
  private static final class FdInputStream extends InputStream {
    private final int fd;
    private boolean closed;

    FdInputStream(int fd) {
      this.fd = fd;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (closed) {
        throw new IOException("stream closed");
      }
      if (len == 0) {
        return 0;
      }
      byte[] buf = off == 0 ? b : new byte[len];
      while (true) {
        try {
          int n = LibC.read(fd, buf, new NativeLong(len)).intValue();
          if (n == 0) {
            return -1;
          }
          if (buf != b) {
            System.arraycopy(buf, 0, b, off, n);
          }
          return n;
        } catch (LastErrorException e) {
          if (e.getErrorCode() != LibC.EINTR) {
            throw new IOException("read failed: errno " + e.getErrorCode());
          }
        }
      }
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        LibC.close(fd);
      }
    }
  }

  /** Writes a pipe through write(2). */
  private static final class FdOutputStream extends OutputStream {
    private final int fd;
    private boolean closed;

    FdOutputStream(int fd) {
      this.fd = fd;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (closed) {
        throw new IOException("stream closed");
      }
      byte[] buf = java.util.Arrays.copyOfRange(b, off, off + len);
      int done = 0;
      while (done < len) {
        try {
          byte[] rest = done == 0 ? buf : java.util.Arrays.copyOfRange(buf, done, len);
          done += LibC.write(fd, rest, new NativeLong(rest.length)).intValue();
        } catch (LastErrorException e) {
          if (e.getErrorCode() != LibC.EINTR) {
            throw new IOException("write failed: errno " + e.getErrorCode());
          }
        }
      }
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        LibC.close(fd);
      }
    }
  }
}
