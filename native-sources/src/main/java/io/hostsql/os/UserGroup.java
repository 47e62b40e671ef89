package io.hostsql.os;

/**
 * A user's membership of a group: its primary group, or one that lists it as a member.
 *
 * @param uid the user id
 * @param username the user name
 * @param gid the group id
 * @param primary whether this is the user's primary group (from /etc/passwd)
 */
public record UserGroup(long uid, String username, long gid, boolean primary) {
}
