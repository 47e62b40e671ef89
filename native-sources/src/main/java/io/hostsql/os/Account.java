package io.hostsql.os;

/**
 * A local user account, one line of /etc/passwd.
 *
 * @param name the login name
 * @param uid the user id (unsigned 32 bits)
 * @param gid the primary group id (unsigned 32 bits)
 * @param gecos the comment field (usually the full name), "" when empty
 * @param home the home directory
 * @param shell the login shell ("" means /bin/sh to login(1))
 */
public record Account(String name, long uid, long gid, String gecos, String home,
    String shell) {
}
