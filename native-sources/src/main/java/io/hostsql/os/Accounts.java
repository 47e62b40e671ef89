package io.hostsql.os;

import java.util.List;

/**
 * Local user accounts, read from the passwd file itself rather than through NSS, so a
 * directory service (LDAP, AD) is never asked to enumerate its users.
 */
public interface Accounts {
  /** The running machine's, through {@link Platform#current()}. */
  static Accounts live() {
    return Platform.current().system().accounts();
  }

  /**
   * Every well-formed entry, in file order. NIS "+"/"-" lines and lines without seven fields
   * or with a non-numeric id are skipped, as getpwent(3) skips what it cannot parse.
   */
  List<Account> list();

  /**
   * As {@link #list()}, with a problem for each line skipped other than NIS "+"/"-" lines
   * and blank ones.
   */
  Parsed<Account> read();
}
