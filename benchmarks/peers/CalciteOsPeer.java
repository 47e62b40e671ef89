import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A peer for benchmarks/compare: Calcite's OS adapter (calcite-plus 1.41.0), run in its own
 * JVM, queried as its own shell would (its "ps" table forks ps and parses the output).
 * Prints "workload median_us min_us max_us malformed_values_per_run" for each workload asked.
 *
 *   java -cp CALCITE_PLUS_CLASSPATH CalciteOsPeer.java ROUNDS w1 w2 w3:PID
 *   java -cp CALCITE_PLUS_CLASSPATH CalciteOsPeer.java once     (cold start: one count(*))
 */
public class CalciteOsPeer {
  public static void main(String[] args) throws Exception {
    Class<?> shell = Class.forName("org.apache.calcite.adapter.os.SqlShell");
    Field f = shell.getDeclaredField("MODEL");
    f.setAccessible(true);
    String model = (String) f.get(null);
    if (args[0].equals("once")) {
      try (Connection c = DriverManager.getConnection("jdbc:calcite:lex=JAVA;model=inline:"
          + model); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("select count(*) from ps")) {
        rs.next();
        System.out.println(rs.getLong(1));
      }
      return;
    }
    int rounds = Integer.parseInt(args[0]);
    try (Connection c = DriverManager.getConnection("jdbc:calcite:lex=JAVA;model=inline:"
        + model)) {
      for (int a = 1; a < args.length; a++) {
        String w = args[a];
        String sql = switch (w.split(":")[0]) {
          case "w1" -> "select pid, comm, rss from ps";
          // Its ps call prints no command line nor thread count: what it has of workload 2.
          case "w2" -> "select pid, comm, `user`, `time`, rss, vsz from ps";
          case "w3" -> "select pid, comm, rss from ps where pid = " + w.split(":")[1];
          case "w7" -> "select count(*) from ps";
          default -> throw new IllegalArgumentException(w);
        };
        List<Long> us = new ArrayList<>();
        long malformed = 0;
        for (int i = 0; i < rounds + 2; i++) {
          long t = System.nanoTime();
          try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              for (int k = 1; k <= n; k++) {
                try {
                  rs.getObject(k);
                } catch (ClassCastException e) {
                  malformed++; // its parser shifted a column: text where a number belongs
                }
              }
            }
          }
          if (i >= 2) {
            us.add((System.nanoTime() - t) / 1000);
          }
        }
        Collections.sort(us);
        System.out.println(w.split(":")[0] + " " + us.get(us.size() / 2) + " " + us.get(0) + " "
            + us.get(us.size() - 1) + " " + malformed / (rounds + 2));
      }
    }
  }
}
