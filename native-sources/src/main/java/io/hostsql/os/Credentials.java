package io.hostsql.os;

/**
 * Local groups, memberships and password ageing, read from /etc/group, /etc/passwd and
 * /etc/shadow as files (a directory service is never asked to enumerate).
 */
public interface Credentials {
  /** The groups of /etc/group. */
  Parsed<Group> groups();

  /**
   * Each user's groups as getgrouplist(3) gives them from files: the primary group of
   * /etc/passwd first, then each group of /etc/group that lists the user, once each.
   */
  Parsed<UserGroup> userGroups();

  /**
   * /etc/shadow without the hashes. Where only root may read it, every account of
   * /etc/passwd is listed with its shadow fields null, and a problem says why.
   */
  Parsed<ShadowEntry> shadow();
}
