package io.hostsql.jdbc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.Privileges;
import io.hostsql.os.testing.QueryRows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** groups, user_groups and shadow against getent group, id -G and getent shadow. */
class AccountTablesTest {
  private static Connection c;

  @BeforeAll
  static void open() throws Exception {
    c = DriverManager.getConnection("jdbc:hostsql:");
  }

  @AfterAll
  static void close() throws Exception {
    c.close();
  }

  @Test
  void groupsAreWhatGetentGroupLists() throws Exception {
    List<List<String>> expected = new ArrayList<>();
    for (String line : Commands.run("getent", "group").split("\n")) {
      String[] f = line.split(":", -1);
      long gid = Long.parseLong(f[2]);
      expected.add(List.of(f[2], Long.toString((int) gid), f[0], f[3]));
    }
    assertEquals(expected, QueryRows.of(c,
        "SELECT gid, gid_signed, groupname, members FROM local_groups"));
    assertEquals(QueryRows.of(c, "SELECT gid, gid_signed, groupname FROM os.local_groups"),
        QueryRows.of(c, "SELECT * FROM osquery.\"groups\""));
  }

  @Test
  void userGroupsAreWhatIdPrintsForEachUser() throws Exception {
    TreeMap<String, Set<String>> expected = new TreeMap<>();
    for (String line : Commands.run("getent", "passwd").split("\n")) {
      String[] f = line.split(":");
      expected.put(f[2] + ":" + f[0],
          new TreeSet<>(List.of(Commands.run("id", "-G", f[0]).strip().split(" "))));
    }
    TreeMap<String, Set<String>> ours = new TreeMap<>();
    for (List<String> r : QueryRows.of(c, "SELECT uid, username, gid FROM user_groups")) {
      ours.computeIfAbsent(r.get(0) + ":" + r.get(1), k -> new TreeSet<>()).add(r.get(2));
    }
    assertEquals(expected, ours);
    assertEquals(QueryRows.of(c, "SELECT uid, gid FROM os.user_groups"),
        QueryRows.of(c, "SELECT uid, gid FROM osquery.user_groups"));
  }

  @Test
  void shadowIsWhatGetentShadowHoldsWithoutTheHashes() throws Exception {
    Privileges.assumeRoot("getent shadow, the oracle, reads /etc/shadow");
    List<List<String>> expected = new ArrayList<>();
    for (String line : Commands.run("getent", "shadow").split("\n")) {
      String[] f = line.split(":", -1);
      List<String> row = new ArrayList<>(List.of(f[0]));
      for (int k = 2; k < 9; k++) {
        row.add(f[k].isEmpty() ? "-1" : f[k]);
      }
      // osquery's classes: !! not set; ! * x locked; empty; else active with $id$.
      String hash = f[1];
      row.add(hash.equals("!!") ? "not_set" : hash.matches("^[!*x].*") ? "locked"
          : hash.isEmpty() ? "empty" : "active");
      row.add(hash.matches("^\\$\\w+\\$.*") ? hash.split("\\$")[1] : null);
      expected.add(row);
    }
    assertEquals(expected, QueryRows.of(c, "SELECT username, last_change, \"min\", \"max\", "
        + "warning, inactive, expire, flag, password_status, hash_alg FROM osquery.shadow"));
    try (var s = c.createStatement()) {
      s.executeQuery("SELECT count(*) FROM shadow").close();
      assertNull(s.getWarnings(), "root reads /etc/shadow without a warning");
    }
  }
}
