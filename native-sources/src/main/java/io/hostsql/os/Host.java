package io.hostsql.os;

import io.hostsql.os.linux.ProcFs;
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

/**
 * The machine itself: boot time, logged-in users (utmp), hostname, OS and kernel.
 */
public final class Host {
  private static final int USER_PROCESS = 7;

  private final ProcFs proc;
  private final Path utmp;
  private final Path osRelease;

  /**
   * @param proc the procfs root
   * @param utmp the utmp file (normally /var/run/utmp)
   * @param osRelease the os-release file (normally /etc/os-release)
   */
  public Host(ProcFs proc, Path utmp, Path osRelease) {
    this.proc = proc;
    this.utmp = utmp;
    this.osRelease = osRelease;
  }

  /** The live machine. */
  public static Host live() {
    return new Host(ProcFs.system(), Path.of("/var/run/utmp"), Path.of("/etc/os-release"));
  }

  /** When the machine booted (btime of /proc/stat), to the second. */
  public Instant bootTime() {
    return Instant.ofEpochSecond(proc.bootTimeSeconds());
  }

  /** Time since boot, from /proc/uptime. */
  public Duration uptime() {
    String t = text("uptime");
    double seconds = Double.parseDouble(t.trim().split("\\s+")[0]);
    return Duration.ofMillis((long) (seconds * 1000));
  }

  /** The host name (the kernel's, as hostname prints it). */
  public String hostname() {
    return text("sys/kernel/hostname").trim();
  }

  /** The kernel release (uname -r). */
  public String kernelRelease() {
    return text("sys/kernel/osrelease").trim();
  }

  /** The kernel's name and build (uname -s and -v): "Linux", "#1 SMP ...". */
  public String kernelVersion() {
    return text("sys/kernel/version").trim();
  }

  /**
   * The hardware name (uname -m: x86_64, aarch64), from /proc/sys/kernel/arch where the kernel
   * has it (6.1 and later), else the JVM's name for it in the kernel's spelling.
   */
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

  /** The fields of os-release (NAME, VERSION_ID, PRETTY_NAME...), unquoted; empty if absent. */
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

  /**
   * Logged-in users: the USER_PROCESS records of utmp. No utmp file means nobody is logged in.
   */
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
