package io.hostsql.calcite.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQL LIKE without a regular expression: the pattern is split at its {@code %} signs into
 * segments (where {@code _} matches any one character), and each segment is matched at the
 * leftmost place it fits after the previous one; the first is anchored at the start and the
 * last at the end. Leftmost placement never loses a match, so there is no backtracking: the
 * time is at most the text's length times the pattern's ({@code '%a%a...%b'} against a long
 * command line takes one pass).
 */
final class LikeMatcher {
  /** Stands for {@code _} in a segment (U+FFFF is a noncharacter: no text holds it). */
  private static final char ANY = '\uffff';

  private LikeMatcher() {
  }

  /**
   * The segments of the patterns this thread matched last, by pattern text: a LIKE in a WHERE
   * clause is matched against every row with the same pattern, and splitting it again for each
   * row was most of the cost of open_files' two NOT LIKEs over every descriptor. The escape
   * character is kept beside the segments, which depend on nothing else.
   */
  private static final ThreadLocal<Map<String, Split>> SPLITS = ThreadCache.of(64);

  /** A pattern split at its unescaped {@code %} signs, for one escape character. */
  private record Split(char escape, char[][] segments) {
  }

  /** Whether {@code s} matches {@code pattern}, whose {@code escape} (or 0) quotes one char. */
  static boolean matches(String s, String pattern, char escape, boolean caseSensitive) {
    char[][] segments = segments(pattern, escape);
    if (segments.length == 1) {
      char[] only = segments[0];
      return only.length == s.length() && fits(s, 0, only, caseSensitive);
    }
    char[] first = segments[0];
    char[] last = segments[segments.length - 1];
    if (first.length + last.length > s.length() || !fits(s, 0, first, caseSensitive)
        || !fits(s, s.length() - last.length, last, caseSensitive)) {
      return false;
    }
    int from = first.length;
    int end = s.length() - last.length;
    for (int k = 1; k < segments.length - 1; k++) {
      char[] seg = segments[k];
      int at = find(s, from, end, seg, caseSensitive);
      if (at < 0) {
        return false;
      }
      from = at + seg.length;
    }
    return true;
  }

  private static char[][] segments(String pattern, char escape) {
    Map<String, Split> cache = SPLITS.get();
    Split known = cache.get(pattern);
    if (known != null && known.escape() == escape) {
      return known.segments();
    }
    char[][] segments = split(pattern, escape);
    cache.put(pattern, new Split(escape, segments));
    return segments;
  }

  private static char[][] split(String pattern, char escape) {
    List<char[]> segments = new ArrayList<>();
    StringBuilder segment = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (escape != 0 && c == escape) {
        segment.append(pattern.charAt(++i)); // the caller checked that one follows
      } else if (c == '%') {
        segments.add(segment.toString().toCharArray());
        segment.setLength(0);
      } else {
        segment.append(c == '_' ? ANY : c);
      }
    }
    segments.add(segment.toString().toCharArray());
    return segments.toArray(new char[0][]);
  }

  private static int find(String s, int from, int end, char[] seg, boolean caseSensitive) {
    for (int i = from; i + seg.length <= end; i++) {
      if (fits(s, i, seg, caseSensitive)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean fits(String s, int at, char[] seg, boolean caseSensitive) {
    for (int j = 0; j < seg.length; j++) {
      char p = seg[j];
      char c = s.charAt(at + j);
      if (p != ANY && p != c && (caseSensitive
          || Character.toLowerCase(p) != Character.toLowerCase(c)
          && Character.toUpperCase(p) != Character.toUpperCase(c))) {
        return false;
      }
    }
    return true;
  }
}
