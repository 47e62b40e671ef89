package io.hostsql.os.files;

import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Paths from several sources, each already in byte order, merged into one stream in byte order
 * without duplicates: osquery's {@code std::set} of paths, built as it is read rather than
 * first collected and sorted. A path two sources give appears once, with an lstat if either
 * has one. A source is advanced only when its head is taken, so of sources whose paths do not
 * overlap (the usual matches of a pattern) one walk at a time is under way.
 */
final class SortedMerge extends Lookahead<Found> {
  /** A source and the path it gives next. */
  private record Head(Found found, Iterator<Found> rest) {
  }

  private final PriorityQueue<Head> heads = new PriorityQueue<>(
      (a, b) -> a.found().path().compareTo(b.found().path()));

  SortedMerge(List<Iterator<Found>> sources) {
    for (Iterator<Found> s : sources) {
      advance(s);
    }
  }

  private void advance(Iterator<Found> source) {
    if (source.hasNext()) {
      heads.add(new Head(source.next(), source));
    }
  }

  @Override
  Found compute() {
    Head first = heads.poll();
    if (first == null) {
      return null;
    }
    Found out = first.found();
    advance(first.rest());
    while (!heads.isEmpty() && heads.peek().found().path().equals(out.path())) {
      Head same = heads.poll();
      if (out.lstat() == null) {
        out = same.found();
      }
      advance(same.rest());
    }
    return out;
  }
}
