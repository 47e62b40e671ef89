package io.hostsql.jdbc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.QueryRows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** deb_packages against dpkg-query -W over the same database. */
class DebPackagesTest {
  @Test
  void debPackagesAreWhatDpkgQueryLists() throws Exception {
    List<String> expected = new ArrayList<>();
    for (String line : Commands.run("dpkg-query", "-W", "-f",
        "${db:Status-Status}\\t${Package}\\t${Version}\\t${Architecture}\\t${Installed-Size}"
            + "\\t${Status}\\t${Maintainer}\\t${Section}\\t${Priority}\\n").split("\n")) {
      String[] f = line.split("\t", -1);
      if (f[0].equals("not-installed") || f[0].equals("config-files")) {
        continue;
      }
      String revision = f[2].contains("-") ? f[2].substring(f[2].lastIndexOf('-') + 1) : "";
      expected.add(String.join("|", Arrays.asList(f).subList(1, f.length)) + "|" + revision);
    }
    expected.sort(null);
    assertTrue(expected.size() > 50, expected.size() + " packages");
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:")) {
      List<String> ours = new ArrayList<>();
      for (List<String> r : QueryRows.of(c, "SELECT name, version, arch, size, status, "
          + "maintainer, section, priority, revision FROM osquery.deb_packages")) {
        ours.add(String.join("|", r));
      }
      ours.sort(null);
      assertEquals(expected, ours);
    }
  }
}
