package io.hostsql.os;

import java.util.List;

/**
 * A local group, one line of /etc/group.
 *
 * @param name the group name
 * @param gid the group id (unsigned 32 bits)
 * @param members the users listed as its members (not those whose primary group it is)
 */
public record Group(String name, long gid, List<String> members) {
  public Group {
    members = List.copyOf(members);
  }
}
