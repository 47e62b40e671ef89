package io.hostsql.calcite.table;

import io.hostsql.os.NotImplementedException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.DelegatingEnumerator;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Values a platform's backend does not read yet ({@link NotImplementedException}): the row
 * shows NULL (or the table no row) and the statement gets one warning per missing reader and
 * scan, through {@link ScanWarnings}. Values are computed deep below a scan, where its
 * DataContext is not at hand, so they are noted on the thread that computes them and every
 * scan collects its own after each call into it: Calcite's operators pull one scan at a time,
 * so what is noted during a call belongs to the scan that call entered.
 */
public final class MissingReaders {
  private static final ThreadLocal<Set<String>> NOTED =
      ThreadLocal.withInitial(LinkedHashSet::new);

  private MissingReaders() {
  }

  /** Notes a value the backend could not read because its reader is not written yet. */
  public static void note(NotImplementedException e) {
    NOTED.get().add(e.getMessage());
  }

  /**
   * The scan {@code scan} gives, reporting what its calls noted as warnings of the statement
   * {@code root} runs, each message once.
   */
  public static <T> Enumerable<T> reported(DataContext root, String table,
      Supplier<Enumerable<T>> scan) {
    Set<String> seen = new LinkedHashSet<>();
    // Anything left from a computation outside a scan is not this statement's.
    NOTED.get().clear();
    Enumerable<T> rows;
    try {
      rows = scan.get();
    } finally {
      flush(root, table, seen);
    }
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<T> enumerator() {
        Enumerator<T> e;
        try {
          e = rows.enumerator();
        } finally {
          flush(root, table, seen);
        }
        return new DelegatingEnumerator<>(e) {
          @Override
          public T current() {
            try {
              return e.current();
            } finally {
              flush(root, table, seen);
            }
          }

          @Override
          public boolean moveNext() {
            try {
              return e.moveNext();
            } finally {
              flush(root, table, seen);
            }
          }
        };
      }
    };
  }

  private static void flush(DataContext root, String table, Set<String> seen) {
    Set<String> noted = NOTED.get();
    if (noted.isEmpty()) {
      return;
    }
    List<String> fresh = new ArrayList<>();
    for (String m : noted) {
      if (seen.add(m)) {
        fresh.add(m);
      }
    }
    noted.clear();
    ScanWarnings.report(root, table, fresh);
  }
}
