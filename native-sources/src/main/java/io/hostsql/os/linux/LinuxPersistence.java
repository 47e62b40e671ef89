package io.hostsql.os.linux;

import io.hostsql.os.AccessDeniedException;
import io.hostsql.os.Accounts;
import io.hostsql.os.Credentials;
import io.hostsql.os.CronEntry;
import io.hostsql.os.Parsed;
import io.hostsql.os.Persistence;
import io.hostsql.os.SudoersRule;
import io.hostsql.os.SuidBinary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Linux's persistence points below a file-system root: cron's files, sudoers, the set-id files of
 * the system directories.
 */
final class LinuxPersistence implements Persistence {
  /** Where osquery looks for set-id files (the start paths are followed if links). */
  private static final List<String> SUID_DIRS = List.of("bin", "sbin", "usr/bin", "usr/sbin",
      "usr/local/bin", "usr/local/sbin", "tmp");
  private static final List<String> USER_CRONTABS = List.of("var/spool/cron/crontabs",
      "var/spool/cron");

  private final Path root;

  /** @param root the file-system root (normally /) */
  LinuxPersistence(Path root) {
    this.root = root;
  }

  @Override
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
    return Listings.files(dir, problems);
  }


  @Override
  public Parsed<SudoersRule> sudoers() {
    List<String> problems = new ArrayList<>();
    List<SudoersRule> out = new ArrayList<>();
    SudoersFiles.read(root, root.resolve("etc/sudoers"), out, problems);
    return new Parsed<>(out, problems);
  }

  @Override
  public Parsed<SuidBinary> suidBinaries() {
    List<String> problems = new ArrayList<>();
    Map<Long, String> users = new HashMap<>();
    new LinuxAccounts(root.resolve("etc/passwd")).read().values()
        .forEach(a -> users.putIfAbsent(a.uid(), a.name()));
    Map<Long, String> groups = new HashMap<>();
    new LinuxCredentials(root.resolve("etc")).groups().values()
        .forEach(g -> groups.putIfAbsent(g.gid(), g.name()));
    List<Path> starts = SUID_DIRS.stream().map(root::resolve).toList();
    SetIdFiles.Result found = SetIdFiles.below(starts, problems);
    List<SuidBinary> out = new ArrayList<>(found.files().size());
    for (SetIdFiles.Found f : found.files()) {
      out.add(new SuidBinary(f.path(), users.getOrDefault(f.uid(), Long.toString(f.uid())),
          groups.getOrDefault(f.gid(), Long.toString(f.gid())),
          ((f.mode() & 04000) != 0 ? "S" : "") + ((f.mode() & 02000) != 0 ? "G" : "")));
    }
    if (found.unreadable() > 0) {
      problems.add(found.unreadable() + " files or directories below the search paths could"
          + " not be read");
    }
    return new Parsed<>(out, problems);
  }
}
