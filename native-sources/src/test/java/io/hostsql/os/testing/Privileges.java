package io.hostsql.os.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine: root, a capability, BTF, a tool to install. Where it is
 * absent the test is skipped with the reason (a JUnit assumption), unless every test must run
 * ({@link #allRequired()}: the environment variable {@value #REQUIRE_ALL} is 1, as .ci/run sets
 * it, or CI is true, as CI services set it): then it fails, so that CI cannot pass by skipping.
 * {@link #require} is that one rule, for every test's own condition. The checks read
 * /proc/self/status and /sys, not hostsql's own code.
 */
public final class Privileges {
  /** The environment variable that turns every skip of this class into a failure. */
  public static final String REQUIRE_ALL = "HOSTSQL_REQUIRE_ALL_TESTS";

  private Privileges() {
  }

  /**
   * Capabilities the tests use, with their numbers from linux/capability.h.
   */
  public enum Capability {
    SETGID(6), SETUID(7), SYS_PTRACE(19), SYS_ADMIN(21), PERFMON(38), BPF(39);

    private final int bit;

    Capability(int bit) {
      this.bit = bit;
    }
  }

  /** Skips (or fails, see the class) unless the test runs with effective uid 0. */
  public static void assumeRoot(String why) {
    int euid = effectiveUid();
    require(euid == 0, "needs root (" + why + "); running as uid " + euid);
  }

  /** Skips (or fails) unless every one of the capabilities is in the effective set. */
  public static void assumeCapabilities(String why, Capability... caps) {
    long eff = effectiveCapabilities();
    List<String> lacking = new ArrayList<>();
    for (Capability c : caps) {
      if ((eff & (1L << c.bit)) == 0) {
        lacking.add("CAP_" + c.name());
      }
    }
    require(lacking.isEmpty(), "needs " + String.join(", ", lacking) + " (" + why
        + "); running as uid " + effectiveUid() + " without it");
  }

  /**
   * Skips (or fails) unless BPF task iterators can be loaded here: root's CAP_BPF and
   * CAP_PERFMON (or CAP_SYS_ADMIN) and a kernel exposing BTF. Whether they then load is the
   * test's to assert.
   */
  public static void assumeBpfIterators() {
    boolean btf = Files.isReadable(Path.of("/sys/kernel/btf/vmlinux"));
    require(btf, "needs a kernel with BTF (/sys/kernel/btf/vmlinux is missing or unreadable)"
        + " for BPF task iterators");
    long eff = effectiveCapabilities();
    boolean caps = (eff & (1L << Capability.SYS_ADMIN.bit)) != 0
        || (eff & (1L << Capability.BPF.bit)) != 0 && (eff & (1L << Capability.PERFMON.bit)) != 0;
    require(caps, "needs root (CAP_BPF and CAP_PERFMON, or CAP_SYS_ADMIN) to load BPF task"
        + " iterators; running as uid " + effectiveUid());
  }

  /**
   * The command to run as an ordinary user: under setpriv as nobody (uid 65534) when the tests
   * run as root, unchanged otherwise (the tests already run as one).
   */
  public static List<String> asOrdinaryUser(List<String> command) {
    if (effectiveUid() != 0) {
      return command;
    }
    List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534",
        "--clear-groups"));
    wrapped.addAll(command);
    return wrapped;
  }

  /** True when the environment says every test must run (see the class). */
  public static boolean allRequired() {
    return "1".equals(System.getenv(REQUIRE_ALL)) || "true".equals(System.getenv("CI"));
  }

  /**
   * Returns when {@code present}; otherwise skips the test with {@code reason}, or fails it
   * with the reason when every test must run (see the class).
   */
  public static void require(boolean present, String reason) {
    if (present) {
      return;
    }
    if (allRequired()) {
      fail(reason + ", and " + REQUIRE_ALL + "=1 or CI=true says every test must run");
    }
    Assumptions.abort(reason);
  }

  private static int effectiveUid() {
    // "Uid:\treal\teffective\tsaved\tfs"
    return Integer.parseInt(statusField("Uid").split("\\s+")[1]);
  }

  private static long effectiveCapabilities() {
    return Long.parseUnsignedLong(statusField("CapEff"), 16);
  }

  private static String statusField(String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(name + ":")) {
          return line.substring(name.length() + 1).strip();
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("reading /proc/self/status", e);
    }
    throw new IllegalStateException("/proc/self/status has no " + name + " line");
  }
}
