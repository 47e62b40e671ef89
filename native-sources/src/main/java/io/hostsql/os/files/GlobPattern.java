package io.hostsql.os.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * glob(3) as osquery calls it for a LIKE pattern on path or directory (GLOB_BRACE, GLOB_MARK,
 * GLOB_TILDE, after each {@code %} became {@code *}): braces expand first ({@code {a,b}} is
 * two patterns, unbalanced braces are plain text), then each name of the path matches as
 * fnmatch(3) does in the C locale, byte by byte: {@code *} any run, {@code ?} one byte,
 * {@code [...]} one byte of a set ({@code !} or {@code ^} negates, ranges, classes such as
 * {@code [:digit:]}, a {@code [} without its {@code ]} is plain), a backslash makes the next
 * character plain, and a leading '.' is matched only by a '.' written in the pattern.
 *
 * <p>SQLite then applies the LIKE itself to what the glob found, where {@code _} is any
 * character and {@code ?}, {@code [}, {@code {} and the backslash are plain: so a file named
 * {@code a?b} is found by {@code LIKE '/d/a?b'} (glob's {@code ?} matches the '?'), one named
 * {@code [x]} or {@code {a,b}} is never found by a LIKE that spells its name, and {@code _}
 * finds only a name that has a '_' there.
 */
final class GlobPattern {
  private GlobPattern() {
  }

  /** The patterns a pattern's braces expand to, in order (itself when it has none). */
  static List<String> expandBraces(String pattern) {
    List<String> out = new ArrayList<>();
    expand(pattern, out);
    return out;
  }

  private static void expand(String pattern, List<String> out) {
    int open = -1;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        i++;
      } else if (c == '{') {
        open = i;
        break;
      }
    }
    if (open < 0) {
      out.add(pattern);
      return;
    }
    // The alternatives' ends (each ',' or the final '}' at depth 0): glob gives up on braces
    // altogether, for the whole pattern, when they do not balance.
    List<Integer> ends = new ArrayList<>();
    int depth = 0;
    int close = -1;
    for (int i = open + 1; i < pattern.length() && close < 0; i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (depth == 0 && (c == ',' || c == '}')) {
        ends.add(i);
        if (c == '}') {
          close = i;
        }
      }
    }
    if (close < 0) {
      out.add(pattern);
      return;
    }
    String head = pattern.substring(0, open);
    String rest = pattern.substring(close + 1);
    int from = open + 1;
    for (int end : ends) {
      expand(head + pattern.substring(from, end) + rest, out);
      from = end + 1;
    }
  }

  /** Whether a name of the pattern has glob's special characters (else it is a plain name). */
  static boolean hasMagic(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\\' && i + 1 < name.length()) {
        i++;
      } else if (c == '*' || c == '?') {
        return true;
      } else if (c == '[' && name.indexOf(']', i + 1) > 0) {
        return true;
      }
    }
    return false;
  }

  /** A plain name with its backslashes taken away, as the bytes to look up. */
  static byte[] literal(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\\' && i + 1 < name.length()) {
        c = name.charAt(++i);
      }
      b.append(c);
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A name of the pattern, compiled: one element per byte it matches, or a star. */
  static Matcher compile(String name) {
    byte[] p = name.getBytes(StandardCharsets.UTF_8);
    List<boolean[]> sets = new ArrayList<>();
    List<Boolean> literalDot = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      int c = p[i] & 0xff;
      if (c == '*') {
        sets.add(null);
        literalDot.add(false);
      } else if (c == '?') {
        boolean[] all = new boolean[256];
        java.util.Arrays.fill(all, true);
        sets.add(all);
        literalDot.add(false);
      } else if (c == '[' && bracketEnd(p, i) > 0) {
        int end = bracketEnd(p, i);
        sets.add(bracket(p, i + 1, end));
        literalDot.add(false);
        i = end;
      } else {
        if (c == '\\' && i + 1 < p.length) {
          c = p[++i] & 0xff;
        }
        boolean[] one = new boolean[256];
        one[c] = true;
        sets.add(one);
        literalDot.add(c == '.');
      }
    }
    return new Matcher(sets.toArray(new boolean[0][]), !literalDot.isEmpty()
        && literalDot.get(0));
  }

  /** The index of the ']' closing the bracket opened at {@code open}, or -1. */
  private static int bracketEnd(byte[] p, int open) {
    int i = open + 1;
    if (i < p.length && (p[i] == '!' || p[i] == '^')) {
      i++;
    }
    if (i < p.length && p[i] == ']') {
      i++;  // a ']' first is a member
    }
    for (; i < p.length; i++) {
      if (p[i] == '[' && i + 1 < p.length && p[i + 1] == ':') {
        int close = indexOf(p, ":]", i + 2);
        if (close > 0) {
          i = close + 1;
          continue;
        }
      }
      if (p[i] == '\\' && i + 1 < p.length) {
        i++;
      } else if (p[i] == ']') {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] p, String s, int from) {
    outer:
    for (int i = from; i + s.length() <= p.length; i++) {
      for (int k = 0; k < s.length(); k++) {
        if (p[i + k] != s.charAt(k)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The bytes a bracket's members (between '[' and its ']') admit. */
  private static boolean[] bracket(byte[] p, int from, int end) {
    boolean negate = p[from] == '!' || p[from] == '^';
    int i = negate ? from + 1 : from;
    boolean[] set = new boolean[256];
    while (i < end) {
      int c = p[i] & 0xff;
      if (c == '[' && i + 1 < end && p[i + 1] == ':') {
        int close = indexOf(p, ":]", i + 2);
        if (close > 0 && close < end) {
          String cls = new String(p, i + 2, close - i - 2, StandardCharsets.US_ASCII);
          for (int b = 0; b < 128; b++) {
            set[b] |= inClass(cls, (char) b);
          }
          i = close + 2;
          continue;
        }
      }
      if (c == '\\' && i + 1 < end) {
        c = p[++i] & 0xff;
      }
      if (i + 2 < end && p[i + 1] == '-') {
        int hi = p[i + 2] & 0xff;
        int skip = 3;
        if (hi == '\\' && i + 3 < end) {
          hi = p[i + 3] & 0xff;
          skip = 4;
        }
        for (int b = c; b <= hi; b++) {
          set[b] = true;
        }
        i += skip;
      } else {
        set[c] = true;
        i++;
      }
    }
    if (negate) {
      for (int b = 0; b < 256; b++) {
        set[b] = !set[b];
      }
      set['/'] = false;
    }
    return set;
  }

  private static boolean inClass(String cls, char c) {
    return switch (cls) {
      case "alpha" -> Character.isLetter(c);
      case "digit" -> c >= '0' && c <= '9';
      case "alnum" -> Character.isLetterOrDigit(c);
      case "upper" -> c >= 'A' && c <= 'Z';
      case "lower" -> c >= 'a' && c <= 'z';
      case "space" -> c == ' ' || c >= '\t' && c <= '\r';
      case "blank" -> c == ' ' || c == '\t';
      case "punct" -> c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
      case "xdigit" -> Character.digit(c, 16) >= 0;
      case "print" -> c >= ' ' && c < 127;
      case "graph" -> c > ' ' && c < 127;
      case "cntrl" -> c < ' ' || c == 127;
      default -> false;
    };
  }

  /**
   * A compiled name pattern.
   *
   * @param sets per element, the bytes it matches, or null for a star
   * @param leadingDot whether the pattern starts with a written '.'
   */
  record Matcher(boolean[][] sets, boolean leadingDot) {
    /** Whether {@code name} matches, a leading '.' only by a written one (FNM_PERIOD). */
    boolean matches(byte[] name) {
      if (name.length > 0 && name[0] == '.' && !leadingDot) {
        return false;
      }
      int p = 0;
      int n = 0;
      int star = -1;
      int mark = 0;
      while (n < name.length) {
        if (p < sets.length && sets[p] != null && sets[p][name[n] & 0xff]) {
          p++;
          n++;
        } else if (p < sets.length && sets[p] == null) {
          star = p++;
          mark = n;
        } else if (star >= 0) {
          p = star + 1;
          n = ++mark;
        } else {
          return false;
        }
      }
      while (p < sets.length && sets[p] == null) {
        p++;
      }
      return p == sets.length;
    }
  }
}
