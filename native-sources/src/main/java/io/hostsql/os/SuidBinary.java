package io.hostsql.os;

/**
 * A set-user-id or set-group-id executable file.
 *
 * @param path the file
 * @param username its owner's name (the uid where /etc/passwd has no name for it)
 * @param groupname its group's name (the gid where /etc/group has none)
 * @param permissions "S" for set-user-id, "G" for set-group-id, "SG" for both
 */
public record SuidBinary(String path, String username, String groupname, String permissions) {
}
