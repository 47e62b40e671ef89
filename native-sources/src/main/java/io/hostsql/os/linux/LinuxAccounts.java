package io.hostsql.os.linux;

import io.hostsql.os.Account;
import io.hostsql.os.Accounts;
import io.hostsql.os.OsException;
import io.hostsql.os.Parsed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Linux's local accounts: the passwd file, read as a file. */
final class LinuxAccounts implements Accounts {
  private final Path passwd;

  /** @param passwd the passwd file (normally /etc/passwd) */
  LinuxAccounts(Path passwd) {
    this.passwd = passwd;
  }

  @Override
  public List<Account> list() {
    return read().values();
  }

  @Override
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
