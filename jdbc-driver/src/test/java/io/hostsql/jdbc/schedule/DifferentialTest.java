package io.hostsql.jdbc.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DifferentialTest {
  @Test
  void addedAndRemovedRowsInTheirRunsOrder() {
    Differential d = Differential.between(List.of("a", "b", "c"), List.of("c", "d", "a", "e"));
    assertEquals(List.of("d", "e"), d.added());
    assertEquals(List.of("b"), d.removed());
  }

  @Test
  void duplicatesCount() {
    Differential d = Differential.between(List.of("a", "a", "b"), List.of("a", "b", "b"));
    assertEquals(List.of("b"), d.added());
    assertEquals(List.of("a"), d.removed());
  }

  @Test
  void sameRowsInAnotherOrderAreNoChange() {
    Differential d = Differential.between(List.of("x", "y"), List.of("y", "x"));
    assertEquals(true, d.isEmpty());
    assertEquals(List.of("x"), Differential.between(List.of(), List.of("x")).added());
    assertEquals(List.of("x"), Differential.between(List.of("x"), List.of()).removed());
  }

  @Test
  void changesBetweenASharedHeadAndTail() {
    Differential d = Differential.between(List.of("a", "b", "c", "d", "e"),
        List.of("a", "x", "c", "d", "e", "f"));
    assertEquals(List.of("x", "f"), d.added());
    assertEquals(List.of("b"), d.removed());
    d = Differential.between(List.of("a", "a", "b"), List.of("a", "b"));
    assertEquals(List.of(), d.added());
    assertEquals(List.of("a"), d.removed());
    d = Differential.between(List.of("a", "b"), List.of("a", "b", "b", "a"));
    assertEquals(List.of("b", "a"), d.added());
    assertEquals(List.of(), d.removed());
  }

  /** Counts of each row, by sorting: a way to the multiset difference unlike the diff's. */
  private static TreeMap<String, Integer> counts(List<String> rows) {
    TreeMap<String, Integer> c = new TreeMap<>();
    rows.forEach(r -> c.merge(r, 1, Integer::sum));
    return c;
  }

  private static List<String> minus(List<String> a, List<String> b) {
    TreeMap<String, Integer> left = counts(a);
    counts(b).forEach((row, n) -> left.merge(row, -n, Integer::sum));
    List<String> out = new ArrayList<>();
    left.forEach((row, n) -> {
      for (int i = 0; i < n; i++) {
        out.add(row);
      }
    });
    return out;
  }

  private static boolean isSubsequence(List<String> part, List<String> whole) {
    int i = 0;
    for (String row : whole) {
      if (i < part.size() && part.get(i).equals(row)) {
        i++;
      }
    }
    return i == part.size();
  }

  @Test
  void agreesWithCountingOnRandomRuns() {
    Random random = new Random(23);
    for (int trial = 0; trial < 2000; trial++) {
      List<String> previous = new ArrayList<>();
      List<String> current = new ArrayList<>();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        previous.add("r" + random.nextInt(6));
      }
      // The next run: mostly the same rows in the same order, some dropped, some new.
      for (String row : previous) {
        if (random.nextInt(4) > 0) {
          current.add(row);
        }
        if (random.nextInt(5) == 0) {
          current.add("r" + random.nextInt(8));
        }
      }
      Differential d = Differential.between(previous, current);
      String what = previous + " -> " + current + ": " + d;
      assertEquals(minus(current, previous), minus(d.added(), List.of()), what);
      assertEquals(minus(previous, current), minus(d.removed(), List.of()), what);
      assertEquals(true, isSubsequence(d.added(), current), what);
      assertEquals(true, isSubsequence(d.removed(), previous), what);
    }
  }

  /**
   * sharing gives what between gives, leaves current equal row by row, and leaves in it only
   * previous instances but for the rows it reports added (fresh Strings on each side, so an
   * identity check can tell where each came from).
   */
  @Test
  void sharingKeepsThePreviousInstancesOfUnchangedRows() {
    Random random = new Random(29);
    for (int trial = 0; trial < 2000; trial++) {
      List<String> previous = new ArrayList<>();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        previous.add(new String("r" + random.nextInt(6)));
      }
      List<String> current = new ArrayList<>();
      for (String row : previous) {
        if (random.nextInt(4) > 0) {
          current.add(new String(row));
        }
        if (random.nextInt(5) == 0) {
          current.add(new String("r" + random.nextInt(8)));
        }
      }
      List<String> asRead = List.copyOf(current);
      Differential plain = Differential.between(previous, asRead);
      Differential shared = Differential.sharing(previous, current);
      String what = previous + " -> " + asRead;
      assertEquals(plain, shared, what);
      assertEquals(asRead, current, what);
      java.util.IdentityHashMap<String, Boolean> old = new java.util.IdentityHashMap<>();
      previous.forEach(r -> old.put(r, true));
      int fresh = 0;
      for (String row : current) {
        if (!old.containsKey(row)) {
          fresh++;
        }
      }
      assertEquals(shared.added().size(), fresh, what);
    }
  }

  /**
   * Long runs with blocks inserted, removed and rewritten here and there (as when a few
   * processes change between runs), rows duplicated, or nearly every row changed: the walk that
   * pairs rows ahead of the hashing must give the counting's answer, keep each run's order, and
   * share only rows it did not report added.
   */
  @Test
  void longRunsWithScatteredBlockChangesAgreeWithCounting() {
    Random random = new Random(31);
    for (int trial = 0; trial < 400; trial++) {
      List<String> previous = new ArrayList<>();
      int n = random.nextInt(400);
      int distinct = 1 + random.nextInt(trial % 3 == 0 ? 5 : 1000);
      for (int i = 0; i < n; i++) {
        previous.add(new String("p" + random.nextInt(distinct)));
      }
      List<String> current = new ArrayList<>();
      boolean churn = trial % 7 == 0;
      for (int i = 0; i < previous.size(); i++) {
        if (churn && random.nextInt(10) > 0) {
          current.add(new String("c" + random.nextInt(distinct)));
          continue;
        }
        int r = random.nextInt(60);
        if (r == 0) {
          i += random.nextInt(12);
        } else if (r == 1) {
          for (int k = random.nextInt(12); k >= 0; k--) {
            current.add(new String("n" + random.nextInt(distinct)));
          }
        } else if (r == 2 && i > 0) {
          current.add(new String(previous.get(random.nextInt(i))));
        } else {
          current.add(new String(previous.get(i)));
        }
      }
      List<String> asRead = List.copyOf(current);
      Differential d = Differential.sharing(previous, current);
      String what = "trial " + trial;
      assertEquals(minus(asRead, previous), minus(d.added(), List.of()), what);
      assertEquals(minus(previous, asRead), minus(d.removed(), List.of()), what);
      assertEquals(true, isSubsequence(d.added(), asRead), what);
      assertEquals(true, isSubsequence(d.removed(), previous), what);
      assertEquals(asRead, current, what);
      java.util.IdentityHashMap<String, Boolean> old = new java.util.IdentityHashMap<>();
      previous.forEach(r -> old.put(r, true));
      assertEquals(d.added().size(), current.stream().filter(r -> !old.containsKey(r)).count(),
          what);
    }
  }
}
