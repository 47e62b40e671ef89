package io.hostsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.calcite.osquery.OsqueryRuntime;
import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.QueryRows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** osquery's time, osquery_info, osquery_schedule and osquery_events, against date and ps. */
class OsqueryOwnTablesTest {
  @Test
  void timeAgreesWithDate() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:schema=osquery")) {
      for (int attempt = 0; ; attempt++) {
        String before = Commands.run("date", "-u", "+%s").strip();
        List<String> row = QueryRows.of(c, "SELECT unix_time, weekday, year, month, day, hour, "
            + "minutes, seconds, timezone, \"timestamp\", \"datetime\", iso_8601 FROM \"time\";").get(0);
        String after = Commands.run("date", "-u", "+%s").strip();
        if (!before.equals(after) && attempt < 5) {
          continue;  // a second ticked over: the two cannot be compared
        }
        String[] d = Commands.run("date", "-u", "-d", "@" + before,
            "+%A|%Y|%-m|%-d|%-H|%-M|%-S|%a %b %e %H:%M:%S %Y UTC|%FT%TZ").strip().split("\\|");
        assertEquals(List.of(before, d[0], d[1], d[2], d[3], d[4], d[5], d[6], "UTC", d[7],
            d[8], d[8]), row);
        return;
      }
    }
  }

  @Test
  void osqueryInfoIsThisProcessAndTheOthersAreHonest() throws Exception {
    long pid = ProcessHandle.current().pid();
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:")) {
      List<String> info = QueryRows.of(c, "SELECT pid, version, start_time, build_platform, "
          + "watcher, platform_mask, extensions FROM osquery.osquery_info").get(0);
      long etimes = Long.parseLong(Commands.run("ps", "-o", "etimes=", "-p",
          Long.toString(pid)).strip());
      long now = System.currentTimeMillis() / 1000;
      assertEquals(Long.toString(pid), info.get(0));
      assertEquals(HostsqlDriver.version(), info.get(1));
      assertTrue(Math.abs(Long.parseLong(info.get(2)) - (now - etimes)) <= 2,
          info + " vs ps etimes " + etimes);
      assertEquals(List.of("linux", "-1", "9", "inactive"), info.subList(3, 7));
      assertEquals(List.of(), QueryRows.of(c, "SELECT * FROM osquery.osquery_events"));
      assertEquals(List.of(), QueryRows.of(c, "SELECT * FROM osquery.osquery_schedule"));
      OsqueryRuntime.setSchedule(() -> List.of(new OsqueryRuntime.ScheduledQuery("q1",
          "SELECT 1", 60, 3, 1_700_000_000L, false, 10, 0, 5, 2, 1, 1, 1, 0, 1024, 1024)));
      try {
        assertEquals(List.of(List.of("q1", "SELECT 1", "60", "3")), QueryRows.of(c,
            "SELECT name, query, interval, executions FROM osquery.osquery_schedule"
                .replace("interval", "\"interval\"")));
      } finally {
        OsqueryRuntime.setSchedule(null);
      }
    }
  }
}
