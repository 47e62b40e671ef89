package io.hostsql.os;

/**
 * One line of a user's known_hosts file, as osquery keeps it: the whole entry.
 *
 * @param uid the user whose file it is
 * @param username that user's name
 * @param key the line (hosts, key type, key and comment; hashed host names stay hashed)
 * @param keyFile the file's path
 */
public record KnownHost(long uid, String username, String key, String keyFile) {
}
