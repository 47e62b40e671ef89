package io.hostsql.os.linux;

import io.hostsql.os.Account;
import io.hostsql.os.Accounts;
import io.hostsql.os.Credentials;
import io.hostsql.os.Group;
import io.hostsql.os.Parsed;
import io.hostsql.os.ShadowEntry;
import io.hostsql.os.UserGroup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Linux's groups, memberships and password ageing: the files group, passwd and shadow of one
 * directory.
 */
final class LinuxCredentials implements Credentials {
  private final Path etc;

  /** @param etc the directory holding passwd, group and shadow (normally /etc) */
  LinuxCredentials(Path etc) {
    this.etc = etc;
  }

  @Override
  public Parsed<Group> groups() {
    return GroupFiles.groups(etc.resolve("group"));
  }

  @Override
  public Parsed<UserGroup> userGroups() {
    Parsed<Account> users = new LinuxAccounts(etc.resolve("passwd")).read();
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

  @Override
  public Parsed<ShadowEntry> shadow() {
    Path shadow = etc.resolve("shadow");
    if (!java.nio.file.Files.exists(shadow) || java.nio.file.Files.isReadable(shadow)) {
      return GroupFiles.shadow(shadow);
    }
    List<ShadowEntry> out = new ArrayList<>();
    Parsed<Account> users = new LinuxAccounts(etc.resolve("passwd")).read();
    for (Account a : users.values()) {
      out.add(new ShadowEntry(a.name(), null, null, null, null, null, null, null, null,
          null));
    }
    List<String> problems = new ArrayList<>(List.of(shadow + ": only root may read it; the accounts of passwd are listed with NULL fields"));
    problems.addAll(users.problems());
    return new Parsed<>(out, problems);
  }
}
