package io.hostsql.jdbc.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows added and removed between two runs of a query, each row compared whole (its
 * serialized form), as osquery's diff does. Duplicated rows count: a row that appeared twice
 * and now appears once is one removal.
 *
 * @param added rows of the current run that the previous run did not have, in current order
 * @param removed rows of the previous run the current run no longer has, in previous order
 */
public record Differential(List<String> added, List<String> removed) {
  /** Compares the two runs; both lists are read, not changed. */
  public static Differential between(List<String> previous, List<String> current) {
    Map<String, int[]> left = new HashMap<>(previous.size() * 2);
    for (String row : previous) {
      left.computeIfAbsent(row, r -> new int[1])[0]++;
    }
    List<String> added = new ArrayList<>();
    for (String row : current) {
      int[] count = left.get(row);
      if (count != null && count[0] > 0) {
        count[0]--;
      } else {
        added.add(row);
      }
    }
    List<String> removed = new ArrayList<>();
    for (String row : previous) {
      int[] count = left.get(row);
      if (count[0] > 0) {
        count[0]--;
        removed.add(row);
      }
    }
    return new Differential(added, removed);
  }

  boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty();
  }
}
