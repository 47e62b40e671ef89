package io.hostsql.os;

import java.util.Set;

/**
 * Which users' files a per-user reader opens: those with one of the given uids and the given
 * name, or everyone when both are null.
 *
 * @param uids the uids wanted, or null for any
 * @param username the one user name wanted, or null for any
 */
public record UserFilter(Set<Long> uids, String username) {
  /** Every user. */
  public static final UserFilter ALL = new UserFilter(null, null);

  /** Whether an account's files are to be read. */
  public boolean accepts(Account a) {
    return (uids == null || uids.contains(a.uid()))
        && (username == null || username.equals(a.name()));
  }
}
