package io.hostsql.os;

import io.hostsql.os.linux.GroupFiles;
import io.hostsql.os.linux.TextFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Local user accounts, read from the passwd file itself rather than through NSS, so a
 * directory service (LDAP, AD) is never asked to enumerate its users.
 */
public final class Accounts {
  private final Path passwd;

  /** @param passwd the passwd file (normally /etc/passwd) */
  public Accounts(Path passwd) {
    this.passwd = passwd;
  }

  /** The live machine's /etc/passwd. */
  public static Accounts live() {
    return new Accounts(Path.of("/etc/passwd"));
  }

  /**
   * Every well-formed entry, in file order. NIS "+"/"-" lines and lines without seven fields
   * or with a non-numeric id are skipped, as getpwent(3) skips what it cannot parse.
   */
  public List<Account> list() {
    return read().values();
  }

  /**
   * As {@link #list()}, with a problem for each line skipped other than NIS "+"/"-" lines
   * and blank ones.
   */
  public Parsed<Account> read() {
    List<String> problems = new ArrayList<>();
    List<String> lines = TextFiles.lines(passwd, problems);
    if (lines == null) {
      if (problems.isEmpty()) {
        throw new OsException("cannot read " + passwd + ": no such file");
      }
      return new Parsed<>(List.of(), problems);
    }
    List<Account> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String[] f = line.split(":", -1);
      if (line.isBlank() || f[0].startsWith("+") || f[0].startsWith("-")) {
        continue;
      }
      Long uid = f.length == 7 ? GroupFiles.id(f[2]) : null;
      Long gid = f.length == 7 ? GroupFiles.id(f[3]) : null;
      if (f[0].isEmpty() || uid == null || gid == null) {
        problems.add(passwd + " line " + (i + 1) + ": not seven fields name:x:uid:gid:"
            + "gecos:home:shell with numeric ids");
        continue;
      }
      out.add(new Account(f[0], uid, gid, f[4], f[5], f[6]));
    }
    return new Parsed<>(out, problems);
  }
}
