package io.hostsql.os.linux;

import io.hostsql.os.Namespaces;
import io.hostsql.os.NoSuchProcessException;
import java.io.IOException;

/** Reads a process's /proc/PID/ns links. */
public final class PidNamespaces {
  private PidNamespaces() {
  }

  /**
   * The process's namespaces.
   *
   * @throws NoSuchProcessException when the process is gone
   */
  public static Namespaces read(ProcFs fs, int pid) {
    if (!fs.exists(pid + "/ns")) {
      throw new NoSuchProcessException(pid);
    }
    return new Namespaces(pid, inode(fs, pid, "cgroup"), inode(fs, pid, "ipc"),
        inode(fs, pid, "mnt"), inode(fs, pid, "net"), inode(fs, pid, "pid"),
        inode(fs, pid, "user"), inode(fs, pid, "uts"));
  }

  /** "net:[4026531840]" -> "4026531840"; null when refused or absent. */
  private static String inode(ProcFs fs, int pid, String name) {
    try {
      String link = fs.readLink(pid + "/ns/" + name);
      int open = link.indexOf('[');
      return open < 0 || !link.endsWith("]") ? null : link.substring(open + 1,
          link.length() - 1);
    } catch (IOException e) {
      return null;
    }
  }
}
