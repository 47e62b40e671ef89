package io.hostsql.os.linux;

import io.hostsql.os.Account;
import io.hostsql.os.Accounts;
import io.hostsql.os.AuthorizedKey;
import io.hostsql.os.HistoryEntry;
import io.hostsql.os.KnownHost;
import io.hostsql.os.Parsed;
import io.hostsql.os.UserFiles;
import io.hostsql.os.UserFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Linux's per-user files below a file-system root: the homes of its passwd file. */
final class LinuxUserFiles implements UserFiles {
  private static final List<String> HISTORIES = List.of(".bash_history", ".zsh_history",
      ".zhistory", ".history", ".sh_history");

  private final Path root;

  /** @param root the file-system root whose /etc/passwd and home directories are read */
  LinuxUserFiles(Path root) {
    this.root = root;
  }

  /** A user's file below the root: homes are absolute paths of the root's file system. */
  private Path home(Account a, String name) {
    return Homes.of(root, a).resolve(name);
  }

  private interface PerFile<T> {
    void read(Account a, Path file, List<String> lines, List<T> out, List<String> problems);
  }

  private <T> Parsed<T> each(UserFilter filter, List<String> names, PerFile<T> reader) {
    Parsed<Account> accounts = new LinuxAccounts(root.resolve("etc/passwd")).read();
    List<String> problems = new ArrayList<>(accounts.problems());
    List<T> out = new ArrayList<>();
    java.util.Set<Path> seen = new java.util.HashSet<>();
    for (Account a : accounts.values()) {
      if (!filter.accepts(a) || a.home().isEmpty()) {
        continue;
      }
      for (String name : names) {
        Path file = home(a, name);
        // Accounts sharing a home (/nonexistent, /usr/sbin) share its files: read them once.
        if (!seen.add(file)) {
          continue;
        }
        List<String> lines = TextFiles.lines(file, problems);
        if (lines != null) {
          reader.read(a, file, lines, out, problems);
        }
      }
    }
    return new Parsed<>(out, problems);
  }

  @Override
  public Parsed<AuthorizedKey> authorizedKeys(UserFilter filter) {
    return each(filter, List.of(".ssh/authorized_keys", ".ssh/authorized_keys2"),
        (a, file, lines, out, problems) -> SshFiles.authorizedKeys(a.uid(), a.name(), file, lines,
            out, problems));
  }

  @Override
  public Parsed<KnownHost> knownHosts(UserFilter filter) {
    return each(filter, List.of(".ssh/known_hosts"),
        (a, file, lines, out, problems) -> SshFiles.knownHosts(a.uid(), a.name(), file, lines, out));
  }

  @Override
  public Parsed<HistoryEntry> shellHistory(UserFilter filter) {
    return each(filter, HISTORIES,
        (a, file, lines, out, problems) -> ShellHistory.parse(a.uid(), a.name(), file, lines, out));
  }
}
