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
    // Most tables list their rows in a stable order (by pid, by path), so the runs mostly share
    // a head and a tail; those rows pair off by position with one String.equals each (a length
    // check for most mismatches) and only the middle needs hashing. Removing the same row from
    // both sides leaves the multiset difference as it was.
    int head = 0;
    int limit = Math.min(previous.size(), current.size());
    while (head < limit && previous.get(head).equals(current.get(head))) {
      head++;
    }
    int prevEnd = previous.size();
    int curEnd = current.size();
    while (prevEnd > head && curEnd > head
        && previous.get(prevEnd - 1).equals(current.get(curEnd - 1))) {
      prevEnd--;
      curEnd--;
    }
    List<String> before = previous.subList(head, prevEnd);
    List<String> after = current.subList(head, curEnd);
    if (before.isEmpty() || after.isEmpty()) {
      return new Differential(List.copyOf(after), List.copyOf(before));
    }
    Map<String, int[]> left = new HashMap<>(before.size() * 2);
    for (String row : before) {
      left.computeIfAbsent(row, r -> new int[1])[0]++;
    }
    List<String> added = new ArrayList<>();
    for (String row : after) {
      int[] count = left.get(row);
      if (count != null && count[0] > 0) {
        count[0]--;
      } else {
        added.add(row);
      }
    }
    List<String> removed = new ArrayList<>();
    for (String row : before) {
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
