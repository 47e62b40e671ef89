package io.hostsql.jdbc.clients;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** What the tests compare with, read from /proc and procps, not through hostsql. */
final class ProcFacts {
  private ProcFacts() {
  }

  /** /proc/PID/comm. */
  static String comm(long pid) throws IOException {
    return Files.readString(Path.of("/proc/" + pid + "/comm")).strip();
  }

  /** When the process started: boot time (/proc/stat btime) plus its start ticks. */
  static Instant started(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(f[19]);
    long btime = 0;
    for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
      if (line.startsWith("btime ")) {
        btime = Long.parseLong(line.substring(6).strip());
      }
    }
    // USER_HZ is 100 on every Linux architecture hostsql runs on.
    return Instant.ofEpochSecond(btime).plusMillis(ticks * 10);
  }

  /** Seconds since the process started, as {@code ps -o etimes=} says (procps). */
  static long etimes(long pid) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder("ps", "-o", "etimes=", "-p", Long.toString(pid)).start();
    } catch (IOException e) {
      throw new AssertionError("ps is missing: apt-get install procps", e);
    }
    if (!p.waitFor(10, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("ps did not answer in 10 s");
    }
    return Long.parseLong(new String(p.getInputStream().readAllBytes()).strip());
  }

  /** The name of the account this JVM runs as, as {@code id -un} says (coreutils). */
  static String userName() throws IOException, InterruptedException {
    return run("coreutils", "id", "-un");
  }

  /** The user ticks of CPU {@code cpu} in /proc/stat (USER_HZ, 100 a second). */
  static long userTicks(int cpu) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
      if (line.startsWith("cpu" + cpu + " ")) {
        return Long.parseLong(line.split(" +")[1]);
      }
    }
    throw new AssertionError("no cpu" + cpu + " line in /proc/stat");
  }

  private static String run(String pkg, String... command)
      throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new AssertionError(command[0] + " is missing: apt-get install " + pkg, e);
    }
    if (!p.waitFor(10, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(command[0] + " did not answer in 10 s");
    }
    return new String(p.getInputStream().readAllBytes()).strip();
  }
}
