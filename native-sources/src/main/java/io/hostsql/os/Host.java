package io.hostsql.os;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The machine itself: boot time, logged-in users (utmp), hostname, OS and kernel.
 */
public interface Host {
  /** The running machine's, through {@link Platform#current()}. */
  static Host live() {
    return Platform.current().system().host();
  }

  /** When the machine booted (btime of /proc/stat), to the second. */
  Instant bootTime();

  /** Time since boot, from /proc/uptime. */
  Duration uptime();

  /** The host name (the kernel's, as hostname prints it). */
  String hostname();

  /** The kernel release (uname -r). */
  String kernelRelease();

  /** The kernel's name and build (uname -s and -v): "Linux", "#1 SMP ...". */
  String kernelVersion();

  /**
   * The hardware name (uname -m: x86_64, aarch64), from /proc/sys/kernel/arch where the kernel
   * has it (6.1 and later), else the JVM's name for it in the kernel's spelling.
   */
  String machine();

  /** The fields of os-release (NAME, VERSION_ID, PRETTY_NAME...), unquoted; empty if absent. */
  Map<String, String> osRelease();

  /**
   * Logged-in users: the USER_PROCESS records of utmp. No utmp file means nobody is logged in.
   */
  List<User> users();
}
