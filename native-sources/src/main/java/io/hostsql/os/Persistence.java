package io.hostsql.os;

import io.hostsql.os.linux.CronFiles;
import io.hostsql.os.linux.SudoersFiles;
import io.hostsql.os.linux.TextFiles;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a host keeps what runs or elevates without a login: crontabs, the sudoers policy and
 * set-id executables, read from files below a file-system root.
 */
public final class Persistence {
  /** Where osquery looks for set-id files (the start paths are followed if links). */
  private static final List<String> SUID_DIRS = List.of("bin", "sbin", "usr/bin", "usr/sbin",
      "usr/local/bin", "usr/local/sbin", "tmp");
  private static final List<String> USER_CRONTABS = List.of("var/spool/cron/crontabs",
      "var/spool/cron");

  private final Path root;

  /** @param root the file-system root (normally /) */
  public Persistence(Path root) {
    this.root = root;
  }

  /** /etc/crontab, /etc/cron.d/*, and the users' crontabs of /var/spool/cron. */
  public Parsed<CronEntry> crontab() {
    List<String> problems = new ArrayList<>();
    List<CronEntry> out = new ArrayList<>();
    List<Path> system = new ArrayList<>(List.of(root.resolve("etc/crontab")));
    system.addAll(files(root.resolve("etc/cron.d"), problems));
    for (Path f : system) {
      List<String> lines = TextFiles.lines(f, problems);
      if (lines != null) {
        CronFiles.parse(f, lines, null, out, problems);
      }
    }
    for (String dir : USER_CRONTABS) {
      for (Path f : files(root.resolve(dir), problems)) {
        List<String> lines = TextFiles.lines(f, problems);
        if (lines != null) {
          CronFiles.parse(f, lines, f.getFileName().toString(), out, problems);
        }
      }
    }
    return new Parsed<>(out, problems);
  }

  /** The regular files of a directory, sorted; none when it is absent. */
  private static List<Path> files(Path dir, List<String> problems) {
    return io.hostsql.os.linux.Listings.files(dir, problems);
  }

  /** /etc/sudoers with everything it includes. */
  public Parsed<SudoersRule> sudoers() {
    List<String> problems = new ArrayList<>();
    List<SudoersRule> out = new ArrayList<>();
    SudoersFiles.read(root, root.resolve("etc/sudoers"), out, problems);
    return new Parsed<>(out, problems);
  }

  /** The set-user-id and set-group-id regular files below osquery's search paths. */
  public Parsed<SuidBinary> suidBinaries() {
    List<String> problems = new ArrayList<>();
    Map<Long, String> users = new HashMap<>();
    new Accounts(root.resolve("etc/passwd")).read().values()
        .forEach(a -> users.putIfAbsent(a.uid(), a.name()));
    Map<Long, String> groups = new HashMap<>();
    new Credentials(root.resolve("etc")).groups().values()
        .forEach(g -> groups.putIfAbsent(g.gid(), g.name()));
    List<SuidBinary> out = new ArrayList<>();
    int[] refused = {0};
    for (String dir : SUID_DIRS) {
      Path start = root.resolve(dir);
      if (!Files.isDirectory(start)) {
        continue;
      }
      try {
        Files.walkFileTree(start.toRealPath(), new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes basic) {
            if (!basic.isRegularFile()) {
              return FileVisitResult.CONTINUE;
            }
            try {
              int mode = (Integer) Files.getAttribute(file, "unix:mode",
                  LinkOption.NOFOLLOW_LINKS);
              if ((mode & 06000) != 0) {
                long uid = (Integer) Files.getAttribute(file, "unix:uid",
                    LinkOption.NOFOLLOW_LINKS) & 0xffffffffL;
                long gid = (Integer) Files.getAttribute(file, "unix:gid",
                    LinkOption.NOFOLLOW_LINKS) & 0xffffffffL;
                String shown = start.resolve(start.toRealPath().relativize(file)).toString();
                out.add(new SuidBinary(shown, users.getOrDefault(uid, Long.toString(uid)),
                    groups.getOrDefault(gid, Long.toString(gid)),
                    ((mode & 04000) != 0 ? "S" : "") + ((mode & 02000) != 0 ? "G" : "")));
              }
            } catch (IOException e) {
              refused[0]++;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            refused[0]++;
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        problems.add(start + ": cannot be walked (" + e.getMessage() + ")");
      }
    }
    if (refused[0] > 0) {
      problems.add(refused[0] + " files or directories below the search paths could not be"
          + " read");
    }
    return new Parsed<>(out, problems);
  }
}
