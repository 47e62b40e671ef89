package io.hostsql.calcite.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;

/**
 * What scans could not read, kept for the statement that ran them, so the driver can hand
 * it back as SQLWarnings instead of failing the query. A statement is known here by its
 * cancel flag, the one object Calcite gives both its scans (through the DataContext) and
 * its JDBC statement; the map holds it weakly, so a statement closed unread leaves nothing.
 */
public final class ScanWarnings {
  /** The most messages kept per statement; a count of the rest follows them. */
  static final int LIMIT = 100;

  private static final Map<AtomicBoolean, List<String>> BY_STATEMENT =
      Collections.synchronizedMap(new WeakHashMap<>());

  private ScanWarnings() {
  }

  /** Records problems of a scan of {@code table} for the statement running it. */
  public static void report(DataContext root, String table, List<String> problems) {
    if (problems.isEmpty() || root == null) {
      return;
    }
    Object flag = root.get(DataContext.Variable.CANCEL_FLAG.camelName);
    if (!(flag instanceof AtomicBoolean statement)) {
      return;
    }
    synchronized (BY_STATEMENT) {
      List<String> kept = BY_STATEMENT.computeIfAbsent(statement, k -> new ArrayList<>());
      for (String p : problems) {
        if (kept.size() < LIMIT) {
          kept.add(table + ": " + p);
        } else if (kept.size() == LIMIT) {
          kept.add("more problems than " + LIMIT + "; the rest are not listed");
        } else {
          break;
        }
      }
    }
  }

  /** Removes and returns the messages kept for a statement (none: an empty list). */
  public static List<String> take(AtomicBoolean statement) {
    List<String> kept = BY_STATEMENT.remove(statement);
    return kept == null ? List.of() : kept;
  }
}
