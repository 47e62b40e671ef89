package io.hostsql.os;

import io.hostsql.os.linux.GroupFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Local groups, memberships and password ageing, read from /etc/group, /etc/passwd and
 * /etc/shadow as files (a directory service is never asked to enumerate).
 */
public final class Credentials {
  private final Path etc;

  /** @param etc the directory holding passwd, group and shadow (normally /etc) */
  public Credentials(Path etc) {
    this.etc = etc;
  }

  /** The groups of /etc/group. */
  public Parsed<Group> groups() {
    return GroupFiles.groups(etc.resolve("group"));
  }

  /**
   * Each user's groups as getgrouplist(3) gives them from files: the primary group of
   * /etc/passwd first, then each group of /etc/group that lists the user, once each.
   */
  public Parsed<UserGroup> userGroups() {
    Parsed<Account> users = new Accounts(etc.resolve("passwd")).read();
    Parsed<Group> groups = groups();
    List<UserGroup> out = new ArrayList<>();
    for (Account a : users.values()) {
      Set<Long> seen = new LinkedHashSet<>();
      seen.add(a.gid());
      out.add(new UserGroup(a.uid(), a.name(), a.gid(), true));
      for (Group g : groups.values()) {
        if (g.members().contains(a.name()) && seen.add(g.gid())) {
          out.add(new UserGroup(a.uid(), a.name(), g.gid(), false));
        }
      }
    }
    List<String> problems = new ArrayList<>(users.problems());
    problems.addAll(groups.problems());
    return new Parsed<>(out, problems);
  }

  /**
   * /etc/shadow without the hashes. Where only root may read it, every account of
   * /etc/passwd is listed with its shadow fields null, and a problem says why.
   */
  public Parsed<ShadowEntry> shadow() {
    Path shadow = etc.resolve("shadow");
    if (!java.nio.file.Files.exists(shadow) || java.nio.file.Files.isReadable(shadow)) {
      return GroupFiles.shadow(shadow);
    }
    List<ShadowEntry> out = new ArrayList<>();
    Parsed<Account> users = new Accounts(etc.resolve("passwd")).read();
    for (Account a : users.values()) {
      out.add(new ShadowEntry(a.name(), null, null, null, null, null, null, null, null,
          null));
    }
    List<String> problems = new ArrayList<>(List.of(shadow + ": only root may read it; the accounts of passwd are listed with NULL fields"));
    problems.addAll(users.problems());
    return new Parsed<>(out, problems);
  }
}
