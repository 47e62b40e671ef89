package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.CronEntry;
import io.hostsql.os.Parsed;
import io.hostsql.os.SudoersRule;
import io.hostsql.os.testing.FixtureProc;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crontabs and sudoers trees written by hand from crontab(5) and sudoers(5). */
class PersistenceFixtureTest {
  @TempDir
  Path dir;

  @Test
  void crontabsSystemAndUserWithVariablesEventsAndBadLines() {
    FixtureProc root = new FixtureProc(dir)
        .write("etc/crontab", "SHELL=/bin/sh\nPATH = /usr/bin:/bin\n# m h dom mon dow user"
            + "\n17 *\t* * *\troot    cd / && run-parts --report /etc/cron.hourly\n"
            + "@reboot root /usr/local/bin/startup.sh --quiet\n")
        .write("etc/cron.d/e2scrub", "30 3 * * 0 root test -e /run/systemd/system || "
            + "e2scrub_all\n*/5 * * * root\n")
        .writeBytes("etc/cron.d/blob", new byte[] {1, 2, 0, 3})
        .write("var/spool/cron/crontabs/alice", "MAILTO=alice@example.org\n"
            + "0 9 * * 1-5 /home/alice/bin/standup\n@daily  backup.sh\n");
    Parsed<CronEntry> p = new LinuxPersistence(root.root()).crontab();
    String etc = root.root().resolve("etc/crontab").toString();
    String e2 = root.root().resolve("etc/cron.d/e2scrub").toString();
    String alice = root.root().resolve("var/spool/cron/crontabs/alice").toString();
    assertEquals(List.of(
        new CronEntry(null, "17", "*", "*", "*", "*", "root",
            "cd / && run-parts --report /etc/cron.hourly", etc, true),
        new CronEntry("@reboot", null, null, null, null, null, "root",
            "/usr/local/bin/startup.sh --quiet", etc, true),
        new CronEntry(null, "30", "3", "*", "*", "0", "root",
            "test -e /run/systemd/system || e2scrub_all", e2, true),
        new CronEntry(null, "0", "9", "*", "*", "1-5", "alice", "/home/alice/bin/standup",
            alice, false),
        new CronEntry("@daily", null, null, null, null, null, "alice", "backup.sh", alice,
            false)), p.values());
    assertEquals(2, p.problems().size(), p.problems().toString());
    assertTrue(p.problems().stream().anyMatch(s -> s.contains("blob: not a text file")));
    assertTrue(p.problems().stream().anyMatch(s -> s.contains("e2scrub line 2")));
  }

  @Test
  void sudoersFollowsIncludesInOrder() {
    FixtureProc root = new FixtureProc(dir)
        .write("etc/sudoers", "# comment\nDefaults\tenv_reset\n"
            + "Cmnd_Alias SHUTDOWN = /sbin/halt, \\\n    /sbin/reboot\n"
            + "root\tALL=(ALL:ALL) ALL\n%sudo   ALL=(ALL:ALL) ALL\n"
            + "@includedir /etc/sudoers.d\n#include extra\n")
        .write("etc/sudoers.d/90-deploy", "deploy ALL=(root) NOPASSWD: /usr/bin/systemctl\n")
        .write("etc/sudoers.d/README", "#\n# files with a dot are skipped\n")
        .write("etc/sudoers.d/skip.conf", "evil ALL=(ALL) ALL\n")
        .write("etc/sudoers.d/backup~", "evil ALL=(ALL) ALL\n")
        .write("etc/extra", "alice ALL=(ALL) /usr/bin/apt\n#include extra\n");
    Parsed<SudoersRule> p = new LinuxPersistence(root.root()).sudoers();
    String s = root.root().resolve("etc/sudoers").toString();
    String d = root.root().resolve("etc/sudoers.d").toString();
    String extra = root.root().resolve("etc/extra").toString();
    List<SudoersRule> v = p.values();
    assertEquals(List.of(
        new SudoersRule(s, "Defaults", "env_reset"),
        new SudoersRule(s, "Cmnd_Alias", "SHUTDOWN = /sbin/halt, /sbin/reboot"),
        new SudoersRule(s, "root", "ALL=(ALL:ALL) ALL"),
        new SudoersRule(s, "%sudo", "ALL=(ALL:ALL) ALL"),
        new SudoersRule(s, "includedir", d),
        new SudoersRule(d + "/90-deploy", "deploy", "ALL=(root) NOPASSWD: /usr/bin/systemctl"),
        new SudoersRule(s, "include", extra),
        new SudoersRule(extra, "alice", "ALL=(ALL) /usr/bin/apt"),
        new SudoersRule(extra, "include", extra)), v.subList(0, 9));
    // extra includes itself: read to sudo's nesting limit, then reported.
    assertEquals(1, p.problems().size(), p.problems().toString());
    assertTrue(p.problems().get(0).contains("nested deeper than 128"), p.problems().get(0));
  }
}
