package io.hostsql.os.linux;

import io.hostsql.os.OpenPipe;
import io.hostsql.os.Parsed;
import io.hostsql.os.Pipes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pipes from /proc/PID/fd: a link "pipe:[inode]" is an anonymous pipe, a link to a FIFO file a
 * named one (its inode from stat(2) through the link); the mode is the access mode of
 * /proc/PID/fdinfo/N's flags. Ends are matched by inode across every process listed.
 */
final class LinuxPipes implements Pipes {
  private final ProcFs proc;

  LinuxPipes(ProcFs proc) {
    this.proc = proc;
  }

  /** One pipe descriptor before pairing. */
  private record End(int pid, int fd, String mode, long inode, String type) {
  }

  @Override
  public Parsed<OpenPipe> open(Set<Integer> pids) {
    List<End> ends = new ArrayList<>();
    int refused = 0;
    for (int pid : proc.pids()) {
      if (!ends(pid, ends)) {
        refused++;
      }
    }
    Map<Long, List<End>> byInode = new HashMap<>();
    for (End e : ends) {
      byInode.computeIfAbsent(e.inode(), k -> new ArrayList<>()).add(e);
    }
    List<OpenPipe> out = new ArrayList<>();
    for (End e : ends) {
      if (pids != null && !pids.contains(e.pid())) {
        continue;
      }
      List<End> same = byInode.get(e.inode());
      if (same.size() == 1) {
        out.add(new OpenPipe(e.pid(), e.fd(), e.mode(), e.inode(), e.type(), null, null, null));
        continue;
      }
      for (End p : same) {
        // Two readers (or two writers) of one pipe do not talk to each other.
        if (p != e && (!p.mode().equals(e.mode()) || e.mode().equals("rw"))) {
          out.add(new OpenPipe(e.pid(), e.fd(), e.mode(), e.inode(), e.type(), p.pid(),
              p.fd(), p.mode()));
        }
      }
    }
    List<String> problems = new ArrayList<>();
    if (refused > 0) {
      problems.add(refused + " processes' descriptors are not readable as this user: their "
          + "pipes (and the partners they hold) are missing; run as root for all");
    }
    return new Parsed<>(out, problems);
  }

  /** Adds the process's pipe ends; false when its descriptors are refused. */
  private boolean ends(int pid, List<End> into) {
    String dir = pid + "/fd";
    List<String> fds;
    try {
      fds = proc.listChecked(dir);
    } catch (IOException e) {
      Errno errno = Errno.of(e);
      return errno != Errno.EACCES && errno != Errno.EPERM; // gone meanwhile is no refusal
    }
    for (String fd : fds) {
      String link = proc.readLinkQuietly(dir + "/" + fd);
      if (link == null) {
        continue; // closed meanwhile
      }
      long inode;
      String type;
      if (link.startsWith("pipe:[") && link.endsWith("]")) {
        try {
          inode = Long.parseLong(link.substring(6, link.length() - 1));
        } catch (NumberFormatException e) {
          continue;
        }
        type = "anonymous";
      } else if (link.startsWith("/")) {
        try {
          Path p = proc.root().resolve(dir).resolve(fd);
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
          if (!a.isOther() || !isFifo(p)) {
            continue;
          }
          inode = ((Number) Files.getAttribute(p, "unix:ino")).longValue();
        } catch (IOException | UnsupportedOperationException e) {
          continue;
        }
        type = "named";
      } else {
        continue; // a socket, an anon_inode...
      }
      String mode = mode(pid, fd);
      if (mode != null) {
        into.add(new End(pid, Integer.parseInt(fd), mode, inode, type));
      }
    }
    return true;
  }

  private static boolean isFifo(Path p) throws IOException {
    int mode = (Integer) Files.getAttribute(p, "unix:mode");
    return (mode & 0170000) == 0010000;
  }

  /** "r", "w" or "rw" from fdinfo's octal flags; null when the descriptor closed meanwhile. */
  private String mode(int pid, String fd) {
    try {
      for (String line : proc.readString(pid + "/fdinfo/" + fd).split("\n")) {
        if (line.startsWith("flags:")) {
          return switch (Integer.parseInt(line.substring(6).strip(), 8) & 3) {
            case 0 -> "r";
            case 1 -> "w";
            default -> "rw";
          };
        }
      }
    } catch (IOException | NumberFormatException e) {
      return null;
    }
    return null;
  }
}
