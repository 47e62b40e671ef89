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
    return compare(previous, current, false);
  }

  /**
   * As {@link #between}, and each row of {@code current} (which must be modifiable) that
   * equals one of {@code previous} is replaced by that previous String. A scheduler keeps the
   * current run as the next run's previous one: sharing the rows that did not change keeps one
   * copy of them, and the run's own copies die young instead of being promoted to the old
   * generation at every run (tens of megabytes a minute for process_memory_map).
   */
  public static Differential sharing(List<String> previous, List<String> current) {
    return compare(previous, current, true);
  }

  private static Differential compare(List<String> previous, List<String> current,
      boolean share) {
    // Most tables list their rows in a stable order (by pid, by path), so the runs mostly share
    // a head and a tail; those rows pair off by position with one String.equals each (a length
    // check for most mismatches) and only the middle needs hashing. Removing the same row from
    // both sides leaves the multiset difference as it was.
    int head = 0;
    int limit = Math.min(previous.size(), current.size());
    while (head < limit && previous.get(head).equals(current.get(head))) {
      if (share) {
        current.set(head, previous.get(head));
      }
      head++;
    }
    int prevEnd = previous.size();
    int curEnd = current.size();
    while (prevEnd > head && curEnd > head
        && previous.get(prevEnd - 1).equals(current.get(curEnd - 1))) {
      if (share) {
        current.set(curEnd - 1, previous.get(prevEnd - 1));
      }
      prevEnd--;
      curEnd--;
    }
    List<String> before = previous.subList(head, prevEnd);
    List<String> after = current.subList(head, curEnd);
    if (before.isEmpty() || after.isEmpty()) {
      return new Differential(List.copyOf(after), List.copyOf(before));
    }
    // Several processes changing between runs leave a middle that spans nearly the whole
    // result, yet most of its rows still follow each other in both runs: pair those by walking
    // both sides, looking a few rows ahead past what was inserted or removed. Only the rest is
    // hashed (a hash of every new row and a map of every old one were most of the diff).
    int[] restBefore = new int[before.size()];
    int[] restAfter = new int[after.size()];
    int nb = 0;
    int na = 0;
    int i = 0;
    int j = 0;
    int misses = 0;
    while (i < before.size() && j < after.size() && misses < GIVE_UP) {
      if (before.get(i).equals(after.get(j))) {
        if (share) {
          after.set(j, before.get(i));
        }
        i++;
        j++;
        misses = 0;
        continue;
      }
      int skipAfter = 0;
      int skipBefore = 0;
      for (int k = 1; k <= LOOK_AHEAD; k++) {
        if (j + k < after.size() && before.get(i).equals(after.get(j + k))) {
          skipAfter = k;
          break;
        }
        if (i + k < before.size() && before.get(i + k).equals(after.get(j))) {
          skipBefore = k;
          break;
        }
      }
      if (skipAfter == 0 && skipBefore == 0) {
        restBefore[nb++] = i++;
        restAfter[na++] = j++;
        misses++;
      }
      for (; skipAfter > 0; skipAfter--) {
        restAfter[na++] = j++;
      }
      for (; skipBefore > 0; skipBefore--) {
        restBefore[nb++] = i++;
      }
    }
    while (i < before.size()) {
      restBefore[nb++] = i++;
    }
    while (j < after.size()) {
      restAfter[na++] = j++;
    }
    if (nb == 0 || na == 0) {
      List<String> added = new ArrayList<>(na);
      for (int x = 0; x < na; x++) {
        added.add(after.get(restAfter[x]));
      }
      List<String> removed = new ArrayList<>(nb);
      for (int x = 0; x < nb; x++) {
        removed.add(before.get(restBefore[x]));
      }
      return new Differential(added, removed);
    }
    Map<String, Seen> left = new HashMap<>(nb * 2);
    for (int x = 0; x < nb; x++) {
      left.computeIfAbsent(before.get(restBefore[x]), Seen::new).count++;
    }
    List<String> added = new ArrayList<>();
    for (int x = 0; x < na; x++) {
      String row = after.get(restAfter[x]);
      Seen seen = left.get(row);
      if (seen != null && seen.count > 0) {
        seen.count--;
        if (share) {
          after.set(restAfter[x], seen.row);
        }
      } else {
        added.add(row);
      }
    }
    List<String> removed = new ArrayList<>();
    for (int x = 0; x < nb; x++) {
      String row = before.get(restBefore[x]);
      Seen seen = left.get(row);
      if (seen.count > 0) {
        seen.count--;
        removed.add(row);
      }
    }
    return new Differential(added, removed);
  }

  /** How far past a mismatch the walk looks for the row on either side. */
  private static final int LOOK_AHEAD = 8;
  /**
   * Mismatches in a row after which the walk stops and leaves the rest to hashing: when most
   * rows changed (a column that moves on every run), looking ahead would only add to it.
   */
  private static final int GIVE_UP = 32;

  /** A previous row (the first of its equals) and how many of it are not yet paired. */
  private static final class Seen {
    final String row;
    int count;

    Seen(String row) {
      this.row = row;
    }
  }

  boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty();
  }
}
