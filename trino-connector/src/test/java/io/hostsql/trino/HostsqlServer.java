package io.hostsql.trino;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real {@code hostsql serve} on a loopback port, started in a pid namespace of its own
 * ({@code unshare --pid --fork --mount-proc}) beside sleeping processes of its own, so that each
 * server of a test fleet sees, and answers about, a different set of processes.
 */
final class HostsqlServer implements AutoCloseable {
  private static final Pattern SERVING = Pattern.compile("serving (https?://127\\.0\\.0\\.1:(\\d+))");

  final String name;
  final String url;
  final int port;
  final Path dir;
  private final Process unshare;
  private final Path log;

  private HostsqlServer(String name, String url, int port, Path dir, Process unshare, Path log) {
    this.name = name;
    this.url = url;
    this.port = port;
    this.dir = dir;
    this.unshare = unshare;
    this.log = log;
  }

  /**
   * Starts a server whose namespace also runs {@code sleepers} copies of sleep and, when
   * {@code marker} is given, a copy of sleep named so (a process name no other server sees).
   */
  static HostsqlServer start(String name, int sleepers, String marker, String... serveArgs)
      throws IOException, InterruptedException {
    return start(name, sleepers, marker, java.util.Map.of(), serveArgs);
  }

  /** The same, with variables added to the server's environment (secrets go there). */
  static HostsqlServer start(String name, int sleepers, String marker,
      java.util.Map<String, String> env, String... serveArgs)
      throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("hostsql.jar", "../jdbc-driver/target/hostsql.jar"))
        .toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no " + jar + ": build jdbc-driver first (mvn -pl "
          + "trino-connector -am verify builds it)");
    }
    requireTool("unshare", "util-linux");
    Path dir = Files.createTempDirectory("hostsql-fleet-" + name);
    StringBuilder script = new StringBuilder("cd '" + dir + "'\n");
    script.append("i=0; while [ $i -lt ").append(sleepers)
        .append(" ]; do sleep 100000 & i=$((i+1)); done\n");
    if (marker != null) {
      Files.copy(Path.of("/bin/sleep"), dir.resolve(marker), StandardCopyOption.REPLACE_EXISTING);
      script.append("./").append(marker).append(" 100000 &\n");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // No -Dhostsql.bpf=false: hostsql must itself keep its BPF walks (which see every task of
    // the machine) out of a pid namespace, or each server would list the host's processes too.
    script.append("exec '").append(java).append("' -Xmx192m -XX:TieredStopAtLevel=1 ")
        .append("-XX:-UsePerfData -jar '")
        .append(jar).append("' serve --port 0");
    if (!List.of(serveArgs).contains("--users")) {
      // As root without --users, serve refuses to start unless told that every local user may
      // see what root sees; a test fleet on loopback accepts that.
      script.append(" --allow-local-users");
    }
    for (String a : serveArgs) {
      script.append(" '").append(a).append('\'');
    }
    script.append('\n');
    Path log = dir.resolve("server.log");
    ProcessBuilder pb = new ProcessBuilder("unshare", "--pid", "--fork", "--kill-child",
        "--mount-proc", "sh", "-c", script.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      String text = Files.readString(log);
      Matcher m = SERVING.matcher(text);
      if (m.find()) {
        return new HostsqlServer(name, m.group(1), Integer.parseInt(m.group(2)), dir, p, log);
      }
      if (!p.isAlive()) {
        throw new IllegalStateException("hostsql serve " + name + " exited: " + text);
      }
      Thread.sleep(100);
    }
    p.destroyForcibly();
    throw new IllegalStateException("hostsql serve " + name + " did not start in 90 s: "
        + Files.readString(log));
  }

  static void requireTool(String tool, String debianPackage) {
    boolean found = Stream.of(System.getenv("PATH").split(":"))
        .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    if (!found) {
      throw new IllegalStateException(tool + " is missing: apt-get install " + debianPackage);
    }
  }

  /** The server's JVM, as this (the outer) pid namespace numbers it: init of its namespace. */
  long javaPid() {
    return unshare.toHandle().children().findFirst()
        .orElseThrow(() -> new IllegalStateException(name + " has no server process")).pid();
  }

  /**
   * The processes of the server's pid namespace, counted from outside it: every process whose
   * {@code /proc/PID/ns/pid} is the server's namespace. Nothing of hostsql is asked.
   */
  long namespaceProcessCount() throws IOException {
    Path ns = Files.readSymbolicLink(Path.of("/proc", Long.toString(javaPid()), "ns", "pid"));
    long n = 0;
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs::iterator) {
        if (!p.getFileName().toString().matches("\\d+")) {
          continue;
        }
        try {
          if (Files.readSymbolicLink(p.resolve("ns/pid")).equals(ns)) {
            n++;
          }
        } catch (IOException gone) {
          // The process exited while the directory was listed.
        }
      }
    }
    return n;
  }

  /** Read system calls the server's JVM made so far (all its threads, from /proc/PID/io). */
  long readSyscalls() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(javaPid()), "io"))) {
      if (line.startsWith("syscr:")) {
        return Long.parseLong(line.substring(6).strip());
      }
    }
    throw new IllegalStateException("no syscr in /proc/" + javaPid() + "/io");
  }

  /** Freezes the server: it keeps its connections but answers nothing. */
  void stop() throws IOException, InterruptedException {
    signal("STOP");
  }

  /** Kills the server at once (its connections are reset). */
  void kill() throws IOException, InterruptedException {
    signal("KILL");
    unshare.waitFor();
  }

  private void signal(String sig) throws IOException, InterruptedException {
    Process k = new ProcessBuilder("kill", "-" + sig, Long.toString(javaPid())).start();
    if (k.waitFor() != 0) {
      throw new IllegalStateException("kill -" + sig + " " + javaPid() + " failed");
    }
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() {
    unshare.destroyForcibly();
    try {
      unshare.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.forEach(files::add);
    } catch (IOException ignored) {
      return;
    }
    for (int i = files.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(files.get(i));
      } catch (IOException ignored) {
        // A temporary directory left behind is harmless.
      }
    }
  }
}
