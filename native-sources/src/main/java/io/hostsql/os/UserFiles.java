package io.hostsql.os;

import io.hostsql.os.linux.ShellHistory;
import io.hostsql.os.linux.SshFiles;
import io.hostsql.os.linux.TextFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Files kept in each user's home directory: ssh keys and known hosts, shell histories. The
 * users are the accounts of /etc/passwd, narrowed by a {@link UserFilter} so that a query for
 * one uid or name opens only that user's files.
 */
public final class UserFiles {
  private static final List<String> HISTORIES = List.of(".bash_history", ".zsh_history",
      ".zhistory", ".history", ".sh_history");

  private final Path root;

  /** @param root the file-system root whose /etc/passwd and home directories are read */
  public UserFiles(Path root) {
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
    Parsed<Account> accounts = new Accounts(root.resolve("etc/passwd")).read();
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

  /** ~/.ssh/authorized_keys and authorized_keys2 of the users the filter accepts. */
  public Parsed<AuthorizedKey> authorizedKeys(UserFilter filter) {
    return each(filter, List.of(".ssh/authorized_keys", ".ssh/authorized_keys2"),
        (a, file, lines, out, problems) -> SshFiles.authorizedKeys(a.uid(), a.name(), file, lines,
            out, problems));
  }

  /** ~/.ssh/known_hosts of the users the filter accepts. */
  public Parsed<KnownHost> knownHosts(UserFilter filter) {
    return each(filter, List.of(".ssh/known_hosts"),
        (a, file, lines, out, problems) -> SshFiles.knownHosts(a.uid(), a.name(), file, lines, out));
  }

  /** The shell histories (bash, zsh, sh) of the users the filter accepts. */
  public Parsed<HistoryEntry> shellHistory(UserFilter filter) {
    return each(filter, HISTORIES,
        (a, file, lines, out, problems) -> ShellHistory.parse(a.uid(), a.name(), file, lines, out));
  }
}
