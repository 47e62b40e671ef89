package io.hostsql.calcite.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The row estimate the memory limit charges: the documented rule by hand, and against the
 * heap a JVM really gives 200,000 rows (the estimate must not be below it, nor far above).
 */
class RowSizesTest {
  @Test
  void valuesCostWhatTheRuleSays() {
    assertEquals(0, RowSizes.of(null, 0));
    assertEquals(40 + 2 * 3, RowSizes.of("abc", 0));
    assertEquals(16, RowSizes.of(7L, 0));
    assertEquals(16, RowSizes.of(true, 0));
    assertEquals(16 + 5, RowSizes.of(new byte[5], 0));
    // an array: header, a reference per element, the elements
    assertEquals(16 + 8 * 3 + 16 + (40 + 4) + 0, RowSizes.of(new Object[] {1, "ab", null}, 0));
    assertEquals(40 + 8 * 2 + 16 + 16, RowSizes.of(List.of(1L, 2L), 0));
    // a kept row: its slot in the operator's collection too
    assertEquals(RowSizes.ENTRY + 46, RowSizes.row("abc"));
  }

  @Test
  void theEstimateOfKeptRowsIsAtLeastTheHeapTheyTake() {
    int n = 200_000;
    long before = usedAfterGc();
    List<Object[]> rows = new ArrayList<>(n);
    long estimate = 0;
    for (int i = 0; i < n; i++) {
      Object[] row = {Long.valueOf(1_000_000L + i), new String(("p" + i + "-").repeat(3)),
          Integer.valueOf(100_000 + i), "x".repeat(100) + i};
      rows.add(row);
      estimate += RowSizes.row(row);
    }
    long used = usedAfterGc() - before;
    assertEquals(n, rows.size()); // kept reachable until measured
    assertTrue(used > 0, "measured " + used);
    assertTrue(estimate >= used, "estimate " + estimate + " < heap " + used);
    assertTrue(estimate < 3 * used, "estimate " + estimate + " over 3x heap " + used);
  }

  private static long usedAfterGc() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }
}
