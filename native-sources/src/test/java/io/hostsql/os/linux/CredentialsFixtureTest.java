package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.Account;
import io.hostsql.os.Credentials;
import io.hostsql.os.Group;
import io.hostsql.os.Parsed;
import io.hostsql.os.ShadowEntry;
import io.hostsql.os.UserGroup;
import io.hostsql.os.testing.FixtureProc;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** group, passwd and shadow files written by hand, malformed lines included. */
class CredentialsFixtureTest {
  @TempDir
  Path dir;

  private Credentials credentials() {
    new FixtureProc(dir)
        .write("etc/passwd", "root:x:0:0:root:/root:/bin/bash\n"
            + "alice:x:1000:1000:Alice:/home/alice:/bin/bash\n"
            + "short:x:1001\n"
            + "bob:x:1002:100::/home/bob:/bin/sh\n")
        .write("etc/group", "root:x:0:\nusers:x:100:alice\nsudo:x:27:alice,bob\n"
            + "alice:x:1000:\nbroken:x:abc:root\ntoo:few\n"
            + "dup:x:100:bob\n")
        .write("etc/shadow", "root:$y$j9T$abc$def:19700:0:99999:7:::\n"
            + "alice:!$6$salt$hash:19000:1:90:14:30:20000:\n"
            + "bob:!!:19500::::::\n"
            + "nopass::19500:0:99999:7:::\n"
            + "svc:*:19500:0:99999:7:::\n"
            + "bad:x:notanumber:0:99999:7:::\n");
    return new LinuxCredentials(dir.resolve("etc"));
  }

  @Test
  void groupsWithMembersAndBadLinesReported() {
    Parsed<Group> p = credentials().groups();
    assertEquals(List.of(new Group("root", 0, List.of()),
        new Group("users", 100, List.of("alice")),
        new Group("sudo", 27, List.of("alice", "bob")),
        new Group("alice", 1000, List.of()),
        new Group("dup", 100, List.of("bob"))), p.values());
    assertEquals(2, p.problems().size(), p.problems().toString());
    assertTrue(p.problems().get(0).contains("group line 5"), p.problems().toString());
  }

  @Test
  void passwdLineWithTooFewFieldsIsAProblem() {
    credentials();
    Parsed<Account> p = new LinuxAccounts(dir.resolve("etc/passwd")).read();
    assertEquals(List.of("root", "alice", "bob"), p.values().stream().map(Account::name)
        .toList());
    assertEquals(1, p.problems().size());
    assertTrue(p.problems().get(0).contains("passwd line 3"), p.problems().get(0));
  }

  @Test
  void userGroupsAreThePrimaryGroupThenEachListingGroupOnce() {
    Parsed<UserGroup> p = credentials().userGroups();
    assertEquals(List.of(new UserGroup(0, "root", 0, true),
        new UserGroup(1000, "alice", 1000, true), new UserGroup(1000, "alice", 100, false),
        new UserGroup(1000, "alice", 27, false),
        new UserGroup(1002, "bob", 100, true), new UserGroup(1002, "bob", 27, false)),
        p.values());
    assertEquals(3, p.problems().size(), p.problems().toString());
  }

  @Test
  void shadowStatusesAlgorithmsAndEmptyFields() {
    Parsed<ShadowEntry> p = credentials().shadow();
    assertEquals(List.of(
        new ShadowEntry("root", "active", "y", 19700L, 0L, 99999L, 7L, -1L, -1L, -1L),
        new ShadowEntry("alice", "locked", null, 19000L, 1L, 90L, 14L, 30L, 20000L, -1L),
        new ShadowEntry("bob", "not_set", null, 19500L, -1L, -1L, -1L, -1L, -1L, -1L),
        new ShadowEntry("nopass", "empty", null, 19500L, 0L, 99999L, 7L, -1L, -1L, -1L),
        new ShadowEntry("svc", "locked", null, 19500L, 0L, 99999L, 7L, -1L, -1L, -1L)),
        p.values());
    assertEquals(1, p.problems().size(), p.problems().toString());
    assertTrue(p.problems().get(0).contains("shadow line 6"), p.problems().get(0));
  }
}
