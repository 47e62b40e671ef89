package io.hostsql.jdbc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.Privileges;
import io.hostsql.os.testing.QueryRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * suid_bin against find -H over the same paths, with a set-id file planted in /tmp (owned by
 * nobody:nogroup, mode 6750) so that one known row is there whatever the image holds.
 */
class SuidBinTest {
  @Test
  void suidBinIsWhatFindListsWithPermAny6000() throws Exception {
    Privileges.assumeRoot("planting a set-id file owned by nobody takes chown");
    Path dir = Files.createTempDirectory(Path.of("/tmp"), "hostsql-suid");
    Path planted = dir.resolve("helper");
    try {
      Files.writeString(planted, "#!/bin/sh\n");
      Commands.run("chown", "65534:65534", planted.toString());
      Commands.run("chmod", "6750", planted.toString());
      List<String> args = new ArrayList<>(List.of("find", "-H"));
      for (String d : List.of("/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin",
          "/usr/local/sbin", "/tmp")) {
        if (Files.isDirectory(Path.of(d))) {
          args.add(d);
        }
      }
      args.addAll(List.of("-type", "f", "-perm", "/6000", "-printf", "%p|%u|%g|%m\\n"));
      List<String> expected = new ArrayList<>();
      for (String line : Commands.runAllowingFailure(args.toArray(new String[0])).stdout()
          .split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\\|");
        int mode = Integer.parseInt(f[3], 8);
        expected.add(f[0] + "|" + f[1] + "|" + f[2] + "|" + ((mode & 04000) != 0 ? "S" : "")
            + ((mode & 02000) != 0 ? "G" : "") + "|");
      }
      expected.sort(null);
      List<String> ours;
      try (Connection c = DriverManager.getConnection("jdbc:hostsql:")) {
        ours = new ArrayList<>(QueryRows.joined(c, "SELECT * FROM osquery.suid_bin"));
      }
      ours.sort(null);
      assertTrue(expected.contains(planted + "|nobody|nogroup|SG|"), expected.toString());
      assertEquals(expected, ours);
    } finally {
      Files.deleteIfExists(planted);
      Files.deleteIfExists(dir);
    }
  }
}
