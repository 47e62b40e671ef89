package io.hostsql.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    List<String> lines;
    try {
      lines = Files.readAllLines(passwd, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OsException("cannot read " + passwd + ": " + e, e);
    }
    List<Account> out = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split(":", -1);
      if (f.length != 7 || f[0].isEmpty() || f[0].startsWith("+") || f[0].startsWith("-")) {
        continue;
      }
      try {
        out.add(new Account(f[0], Long.parseLong(f[2]), Long.parseLong(f[3]), f[4], f[5],
            f[6]));
      } catch (NumberFormatException e) {
        // a corrupt line: skipped
      }
    }
    return out;
  }
}
