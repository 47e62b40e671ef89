package io.hostsql.jdbc.schedule;

import static io.hostsql.jdbc.schedule.Fixture.await;
import static io.hostsql.jdbc.schedule.Fixture.events;
import static io.hostsql.jdbc.schedule.Fixture.read;
import static io.hostsql.jdbc.schedule.Fixture.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostsql.os.testing.Commands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hostsql schedule} from the shaded jar, killed and restarted as a service would be. */
class ScheduleCommandIT {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
  private static final String JAR = ROOT.resolve("jdbc-driver/target/hostsql.jar").toString();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java")
      .toString();

  private static Process schedule(Path dir, String... extra) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(JAVA, "-jar", JAR, "schedule", "--config",
        dir.resolve("osquery.conf").toString(), "--log-dir", dir.resolve("logs").toString(),
        "--store", dir.resolve("db").toString(), "--splay-percent", "0"));
    cmd.addAll(List.of(extra));
    return new ProcessBuilder(cmd).redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("stderr").toFile()))
        .start();
  }

  @Test
  void killNineAndRestartLogsOnlyWhatChangedMeanwhile(@TempDir Path dir) throws Exception {
    try (Fixture f = new Fixture(dir)) {
      Process p1 = f.start();
      Process p2 = f.start();
      Files.writeString(dir.resolve("osquery.conf"), "{\"schedule\": {\"procs\": {\"query\": \""
          + f.processQuery() + ";\", \"interval\": 1}}}");
      Path results = dir.resolve("logs/osqueryd.results.log");
      Process first = schedule(dir);
      Process second = null;
      try {
        await("the first run", 180, () -> events(read(results), "procs", "pid").size() == 2);
        // A change the store keeps as a journal record, not as a new base: the restart must
        // replay it (no second "added" for p4).
        Process p4 = f.start();
        await("the run that sees p4", 180,
            () -> events(read(results), "procs", "pid").size() == 3);
        first.destroyForcibly();
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, first.exitValue(), "SIGKILL");
        // While it is down: one process ends, another starts.
        Fixture.stop(p1);
        Process p3 = f.start();
        second = schedule(dir);
        await("the first run after the restart", 180,
            () -> events(read(results), "procs", "pid").size() >= 5);
        Thread.sleep(3000);
        second.destroy();
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        List<JsonNode> lines = Fixture.lines(results);
        List<String> ev = events(lines, "procs", "pid");
        assertEquals(5, ev.size(), "nothing logged twice, nothing more: " + ev);
        assertEquals(sorted(List.of("added " + p1.pid(), "added " + p2.pid())),
            sorted(ev.subList(0, 2)));
        assertEquals("added " + p4.pid(), ev.get(2));
        assertEquals(sorted(List.of("removed " + p1.pid(), "added " + p3.pid())),
            sorted(ev.subList(3, 5)));
        assertEquals(1, lines.get(2).path("counter").asLong());
        assertEquals(2, lines.get(3).path("counter").asLong(), "the counter goes on");
        String status = Files.readString(dir.resolve("logs/" + StatusLog.FILE_NAME));
        assertTrue(status.endsWith("INFO stopped\n"), "SIGTERM stops cleanly:\n" + status);
      } finally {
        first.destroyForcibly();
        if (second != null) {
          second.destroyForcibly();
        }
      }
    }
  }

  @Test
  void helpCheckAndErrors(@TempDir Path dir) throws Exception {
    Commands.Result help = Commands.runAllowingFailure(JAVA, "-jar", JAR, "schedule", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.stdout().startsWith("Usage: hostsql schedule --config FILE"));
    for (String option : List.of("--check", "--log-dir", "--results", "--store",
        "--rotate-size", "--rotate-count", "--epoch", "--splay-percent", "--host-identifier",
        "--query-timeout", "--max-rows", "--memory-limit", "--workers", "--run-for")) {
      assertTrue(help.stdout().contains(option), option);
    }
    Commands.Result none = Commands.runAllowingFailure(JAVA, "-jar", JAR, "schedule");
    assertEquals(2, none.exitCode());
    assertTrue(none.stderr().contains("--config FILE is required"), none.stderr());

    Path conf = dir.resolve("c.conf");
    Files.writeString(conf, "{\"schedule\": {\"ok\": {\"query\": \"SELECT pid FROM processes "
        + "WHERE pid = 1;\", \"interval\": 60}, \"bad\": {\"query\": \"SELECT nope FROM "
        + "processes\"}}}");
    Commands.Result check = Commands.runAllowingFailure(JAVA, "-jar", JAR, "schedule",
        "--config", conf.toString(), "--check");
    assertEquals(0, check.exitCode(), check.stderr());
    assertTrue(check.stdout().startsWith("1 queries can be scheduled, 1 cannot be planned\n"
        + "scheduled\tok\nnot planned\tbad\t"), check.stdout());
    assertTrue(check.stdout().contains("Column 'NOPE' not found")
        || check.stdout().contains("Column 'nope' not found"), check.stdout());

    Files.writeString(conf, "{\"schedule\": {,}}");
    Commands.Result broken = Commands.runAllowingFailure(JAVA, "-jar", JAR, "schedule",
        "--config", conf.toString(), "--check");
    assertEquals(2, broken.exitCode());
    assertTrue(broken.stderr().startsWith("hostsql schedule: " + conf + ": not valid JSON"),
        broken.stderr());
  }
}
