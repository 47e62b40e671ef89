import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The file-table workloads beside their peers, in one JVM, rounds alternating so that the
 * machine's drift hits both: a recursive listing with size and mtime through JDBC against
 * find forked and its output parsed into the same three values; SHA-256 of one big file
 * through JDBC against sha256sum forked. Each hostsql round opens its own connection (timed
 * with the query), so the connection's digest cache cannot answer the hash. Prints one line per workload: medians (ms), ratio hostsql/peer
 * per round (median, min-max), rows; then the same in CPU time, which a machine shared with
 * other work disturbs far less than elapsed time: this JVM's (all its threads, JIT and GC
 * included) over each workload plus, for the peer, the CPU its child used (the shell's
 * {@code times}).
 *
 *   java -cp hostsql.jar FilesBench.java TREE BIGFILE ROUNDS
 */
public class FilesBench {
  public static void main(String[] args) throws Exception {
    String tree = args[0];
    String big = args[1];
    int rounds = Integer.parseInt(args[2]);
    // Warm-up: one of each, not counted.
    listing(tree);
    find(tree);
    List<double[]> walk = new ArrayList<>();
    List<double[]> hash = new ArrayList<>();
    List<double[]> walkCpu = new ArrayList<>();
    List<double[]> hashCpu = new ArrayList<>();
    long[] rows = new long[2];
    for (int r = 0; r < rounds; r++) {
      boolean peerFirst = r % 2 == 1;
      double[] cpu = new double[2];
      double a;
      double b;
      if (peerFirst) {
        b = time(() -> rows[1] = find(tree));
        cpu[1] = lastCpu;
        a = time(() -> rows[0] = listing(tree));
        cpu[0] = lastCpu;
      } else {
        a = time(() -> rows[0] = listing(tree));
        cpu[0] = lastCpu;
        b = time(() -> rows[1] = find(tree));
        cpu[1] = lastCpu;
      }
      walk.add(new double[] {a, b});
      walkCpu.add(new double[] {cpu[0], cpu[1]});
      String[] digests = new String[2];
      if (peerFirst) {
        b = time(() -> digests[1] = sha256sum(big));
        cpu[1] = lastCpu;
        a = time(() -> digests[0] = sha256(big));
        cpu[0] = lastCpu;
      } else {
        a = time(() -> digests[0] = sha256(big));
        cpu[0] = lastCpu;
        b = time(() -> digests[1] = sha256sum(big));
        cpu[1] = lastCpu;
      }
      if (!digests[0].equals(digests[1])) {
        throw new AssertionError("digests differ: " + digests[0] + " " + digests[1]);
      }
      hash.add(new double[] {a, b});
      hashCpu.add(new double[] {cpu[0], cpu[1]});
    }
    report("file LIKE '" + tree + "/%%' vs find -printf", walk,
        rows[0] + " rows, find " + rows[1] + " lines");
    report("hash sha256 of a " + (new java.io.File(big).length() >> 20) + " MiB random file vs "
        + "sha256sum", hash, "");
    System.out.println();
    System.out.println("CPU time (ms, this JVM's threads plus the peer's child):");
    System.out.println();
    System.out.println("| workload | hostsql CPU ms (median) | peer CPU ms (median) | ratio "
        + "(median of rounds) | ratio range | |");
    System.out.println("|---|---|---|---|---|---|");
    report("file LIKE '" + tree + "/%%' vs find -printf", walkCpu, "");
    report("hash sha256 vs sha256sum", hashCpu, "");
  }

  private static final java.lang.management.OperatingSystemMXBean OS =
      java.lang.management.ManagementFactory.getOperatingSystemMXBean();
  /** The CPU ms of the last timed work: this JVM's, plus its child's when it forked one. */
  static double lastCpu;
  /** The CPU ms the last forked peer used, from the shell's times. */
  static double childCpu;

  static double jvmCpuMs() {
    return ((com.sun.management.OperatingSystemMXBean) OS).getProcessCpuTime() / 1e6;
  }

  /**
   * The command run by sh, which prints its child's user and system CPU time (times) on
   * stderr; {@link #childCpu} is read from it once the command ends.
   */
  static Process forkTimed(String... command) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("sh", "-c", "\"$@\" 2>/dev/null; times >&2",
        "sh"));
    cmd.addAll(List.of(command));
    return new ProcessBuilder(cmd).start();
  }

  /** Reads the second line of times ("0m0.530000s 0m0.840000s": the children's). */
  static void readChildCpu(Process p) throws Exception {
    String[] lines = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
        .trim().split("\n");
    double ms = 0;
    for (String t : lines[lines.length - 1].trim().split("\\s+")) {
      int m = t.indexOf('m');
      ms += (Double.parseDouble(t.substring(0, m)) * 60
          + Double.parseDouble(t.substring(m + 1, t.length() - 1))) * 1000;
    }
    childCpu = ms;
  }

  interface Work {
    void run() throws Exception;
  }

  static double time(Work w) throws Exception {
    childCpu = 0;
    double c = jvmCpuMs();
    long t = System.nanoTime();
    w.run();
    double wall = (System.nanoTime() - t) / 1e6;
    lastCpu = jvmCpuMs() - c + childCpu;
    return wall;
  }

  static long listing(String tree) throws Exception {
    long n = 0;
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:");
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT path, size, mtime FROM osquery.file "
             + "WHERE path LIKE '" + tree.replace("'", "''") + "/%%'")) {
      while (rs.next()) {
        rs.getString(1);
        rs.getLong(2);
        rs.getLong(3);
        n++;
      }
    }
    return n;
  }

  /** find's lines parsed into path, size and mtime, as a program using find would. */
  static long find(String tree) throws Exception {
    Process p = forkTimed("find", tree, "-mindepth", "1", "-printf", "%p %s %T@\\n");
    long n = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8), 1 << 16)) {
      for (String line; (line = in.readLine()) != null;) {
        int b = line.lastIndexOf(' ');
        int a = line.lastIndexOf(' ', b - 1);
        if (a < 0) {
          continue;  // a name with a newline: its pieces
        }
        line.substring(0, a);
        Long.parseLong(line, a + 1, b, 10);
        Double.parseDouble(line.substring(b + 1));
        n++;
      }
    }
    readChildCpu(p);
    p.waitFor();
    return n;
  }

  static String sha256(String file) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:");
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT sha256 FROM osquery.hash WHERE path = '"
             + file.replace("'", "''") + "'")) {
      rs.next();
      return rs.getString(1);
    }
  }

  static String sha256sum(String file) throws Exception {
    Process p = forkTimed("sha256sum", file);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    readChildCpu(p);
    p.waitFor();
    return out.split(" ")[0];
  }

  static void report(String name, List<double[]> pairs, String note) {
    List<Double> a = new ArrayList<>();
    List<Double> b = new ArrayList<>();
    List<Double> ratio = new ArrayList<>();
    for (double[] p : pairs) {
      a.add(p[0]);
      b.add(p[1]);
      ratio.add(p[0] / p[1]);
    }
    System.out.printf("| %s | %.0f | %.0f | %.2f | %.2f-%.2f | %s |%n", name, median(a),
        median(b), median(ratio), Collections.min(ratio), Collections.max(ratio), note);
  }

  static double median(List<Double> v) {
    List<Double> s = new ArrayList<>(v);
    Collections.sort(s);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
