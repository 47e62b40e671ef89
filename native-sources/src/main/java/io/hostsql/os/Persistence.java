package io.hostsql.os;

/**
 * Where a host keeps what runs or elevates without a login: crontabs, the sudoers policy and
 * set-id executables, read from files below a file-system root.
 */
public interface Persistence {
  /** /etc/crontab, /etc/cron.d/*, and the users' crontabs of /var/spool/cron. */
  Parsed<CronEntry> crontab();

  /** /etc/sudoers with everything it includes. */
  Parsed<SudoersRule> sudoers();

  /** The set-user-id and set-group-id regular files below osquery's search paths. */
  Parsed<SuidBinary> suidBinaries();
}
