package io.hostsql.os;

/** The login history of wtmp (what last reads): logins, logouts, boots, run levels. */
public interface Logins {
  /** Every record, oldest first; a file cut mid-record or past the limit is reported. */
  Parsed<LoginRecord> history();
}
