package io.hostsql.os.windows;

import io.hostsql.os.Host;
import io.hostsql.os.OsException;
import io.hostsql.os.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * psutil's boot_time and users on Windows. boot_time is SystemTimeOfDayInformation's BootTime
 * less its SleepTimeBias; users are the terminal-services sessions with a user name, each with
 * its IPv4 client address as host and its ConnectTime as started (psutil's choice), no terminal
 * and no pid (0: a session has no login process). The host's names and versions are not read
 * on Windows yet.
 */
final class WindowsHost implements Host {
  private final SystemCalls calls;

  WindowsHost(SystemCalls calls) {
    this.calls = calls;
  }

  @Override
  public Instant bootTime() {
    List<String> problems = new ArrayList<>();
    Instant boot = BootTimeBuffer.bootTime(Calls.ok(calls.timeOfDay(),
        "NtQuerySystemInformation(SystemTimeOfDayInformation)"), problems);
    if (boot == null) {
      throw new OsException(String.join("; ", problems));
    }
    return Instant.ofEpochSecond(boot.getEpochSecond());
  }

  @Override
  public Duration uptime() {
    return Duration.between(bootTime(), Instant.now());
  }

  /**
   * A session that ends between the listing and the query of its user is left out; one whose
   * address or times cannot be read keeps its user with no host or a start of 0.
   */
  @Override
  public List<User> users() {
    Win32Buffer listing = calls.sessions();
    if (listing.failed() && listing.error() == SystemCalls.CALL_NOT_IMPLEMENTED) {
      return List.of(); // psutil: no terminal services here, nobody listed
    }
    List<String> problems = new ArrayList<>();
    List<User> out = new ArrayList<>();
    for (int id : SessionBuffers.sessionIds(Calls.ok(listing, "WTSEnumerateSessionsW"),
        listing.count(), problems)) {
      Win32Buffer name = calls.sessionInformation(id, SystemCalls.WTS_USER_NAME);
      if (name.failed() || name.bytes().limit() <= 2) {
        continue;
      }
      String user = SessionBuffers.userName(name.bytes());
      Win32Buffer address = calls.sessionInformation(id, SystemCalls.WTS_CLIENT_ADDRESS);
      String host = address.failed() ? null : SessionBuffers.host(address.bytes(), problems);
      Win32Buffer info = calls.sessionInformation(id, SystemCalls.WTS_SESSION_INFO);
      Instant connected = info.failed() ? null
          : SessionBuffers.connectTime(info.bytes(), problems);
      out.add(new User(user, null, host, connected == null ? 0 : connected.getEpochSecond(),
          0));
    }
    return out;
  }

  @Override
  public String hostname() {
    throw Calls.notYet("the host name");
  }

  @Override
  public String kernelRelease() {
    throw Calls.notYet("the kernel release");
  }

  @Override
  public String kernelVersion() {
    throw Calls.notYet("the kernel version");
  }

  @Override
  public String machine() {
    throw Calls.notYet("the machine type");
  }

  @Override
  public Map<String, String> osRelease() {
    throw Calls.notYet("the OS release");
  }
}
