package io.hostsql.os.linux;

import io.hostsql.os.Host;
import io.hostsql.os.LoginRecord;
import io.hostsql.os.OsException;
import io.hostsql.os.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Linux's host facts: /proc's uptime, stat and kernel names, utmp, os-release. */
final class LinuxHost implements Host {
  private static final int USER_PROCESS = 7;

  private final ProcFs proc;
  private final Path utmp;
  private final Path osRelease;

  /**
   * @param proc the procfs root
   * @param utmp the utmp file (normally /var/run/utmp)
   * @param osRelease the os-release file (normally /etc/os-release)
   */
  LinuxHost(ProcFs proc, Path utmp, Path osRelease) {
    this.proc = proc;
    this.utmp = utmp;
    this.osRelease = osRelease;
  }

  @Override
  public Instant bootTime() {
    return Instant.ofEpochSecond(proc.bootTimeSeconds());
  }

  @Override
  public Duration uptime() {
    String t = text("uptime");
    double seconds = Double.parseDouble(t.trim().split("\\s+")[0]);
    return Duration.ofMillis((long) (seconds * 1000));
  }

  @Override
  public String hostname() {
    return text("sys/kernel/hostname").trim();
  }

  @Override
  public String kernelRelease() {
    return text("sys/kernel/osrelease").trim();
  }

  @Override
  public String kernelVersion() {
    return text("sys/kernel/version").trim();
  }

  @Override
  public String machine() {
    try {
      return new String(proc.read("sys/kernel/arch"), StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      String arch = System.getProperty("os.arch");
      return switch (arch) {
        case "amd64" -> "x86_64";
        case "x86" -> "i686";
        default -> arch;
      };
    }
  }

  private String text(String path) {
    try {
      return new String(proc.read(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OsException("cannot read " + proc.root().resolve(path) + ": " + e, e);
    }
  }

  @Override
  public Map<String, String> osRelease() {
    Map<String, String> out = new HashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(osRelease);
    } catch (IOException e) {
      return out;
    }
    for (String line : lines) {
      int eq = line.indexOf('=');
      if (eq <= 0 || line.startsWith("#")) {
        continue;
      }
      String v = line.substring(eq + 1).trim();
      if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"")
          || v.startsWith("'") && v.endsWith("'"))) {
        v = v.substring(1, v.length() - 1);
      }
      out.put(line.substring(0, eq).trim(), v);
    }
    return out;
  }

  @Override
  public List<User> users() {
    byte[] data;
    if (!Files.exists(utmp)) {
      return List.of(); // no utmp: nobody logged in (checked first, an exception costs more)
    }
    try {
      data = Files.readAllBytes(utmp);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new OsException("cannot read " + utmp + ": " + e, e);
    }
    List<User> out = new ArrayList<>();
    for (LoginRecord r : io.hostsql.os.linux.Utmp.parse(data)) {
      if (r.type() != USER_PROCESS) {
        continue;
      }
      String host = r.host();
      if (host.isEmpty() || host.equals(":0") || host.equals(":0.0")) {
        host = "localhost";
      }
      out.add(new User(r.username(), r.tty().isEmpty() ? null : r.tty(), host, r.time(),
          r.pid()));
    }
    return out;
  }
}
