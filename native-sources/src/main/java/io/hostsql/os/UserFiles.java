package io.hostsql.os;

/**
 * Files kept in each user's home directory: ssh keys and known hosts, shell histories. The
 * users are the accounts of /etc/passwd, narrowed by a {@link UserFilter} so that a query for
 * one uid or name opens only that user's files.
 */
public interface UserFiles {
  /** ~/.ssh/authorized_keys and authorized_keys2 of the users the filter accepts. */
  Parsed<AuthorizedKey> authorizedKeys(UserFilter filter);

  /** ~/.ssh/known_hosts of the users the filter accepts. */
  Parsed<KnownHost> knownHosts(UserFilter filter);

  /** The shell histories (bash, zsh, sh) of the users the filter accepts. */
  Parsed<HistoryEntry> shellHistory(UserFilter filter);
}
