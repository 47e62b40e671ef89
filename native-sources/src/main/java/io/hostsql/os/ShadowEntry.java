package io.hostsql.os;

/**
 * One account's line of /etc/shadow, without the hash itself. Day counts are days since
 * 1970-01-01; a field left empty in the file is -1, as getspent(3) reports it. Every field but
 * the name is null when the reader may not read the file (only root may).
 *
 * @param username the login name
 * @param passwordStatus active, locked, not_set (!!) or empty, as osquery names them
 * @param hashAlg the crypt(5) algorithm id ("6" for SHA-512, "y" for yescrypt), or null
 * @param lastChange the day of the last password change
 * @param min the days before the password may be changed again
 * @param max the days after which it must be changed
 * @param warning the days of warning before it expires
 * @param inactive the days after expiry that the account stays usable
 * @param expire the day the account expires
 * @param flag the reserved field
 */
public record ShadowEntry(String username, String passwordStatus, String hashAlg,
    Long lastChange, Long min, Long max, Long warning, Long inactive, Long expire, Long flag) {
}
