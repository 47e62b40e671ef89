package io.hostsql.calcite.functions;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.hostsql.calcite.plan.QueryGuard;
import java.sql.SQLException;
import java.util.Map;

/**
 * LIKE, SIMILAR TO and the regular expression functions in time that grows linearly with the
 * text (times the pattern's size) whatever the pattern: LIKE by {@link LikeMatcher}, the others
 * by RE2/J; no backtracking.
 * Calcite's own implementations use java.util.regex, where {@code cmdline LIKE '%a%a...%b'}
 * backtracks for minutes on one long command line and checks no cancel flag meanwhile. RE2/J
 * was chosen over an interruptible matcher because a query then needs no watchdog to stay
 * bounded; what it gives up (back-references, look-around) SQL's LIKE and SIMILAR TO never
 * need, and a regular expression using them is refused with a message that says so.
 *
 * <p>Each method is null when an argument is null, as SQL's operators are. Called by the code
 * Calcite generates ({@code io.hostsql.calcite.plan.PatternConvertlets} routes the operators
 * here).
 */
public final class LinearPatterns {
  /** Compiled patterns kept per thread: a query matches one pattern against many rows. */
  private static final ThreadLocal<Map<String, Pattern>> CACHE = ThreadCache.of(64);

  private LinearPatterns() {
  }

  /** {@code s LIKE pattern ESCAPE escape} (ILIKE when not case-sensitive). */
  public static Boolean like(String s, String pattern, String escape, boolean caseSensitive) {
    if (s == null || pattern == null) {
      return null;
    }
    return LikeMatcher.matches(s, pattern, escapeChar(pattern, escape), caseSensitive);
  }

  /** {@code s SIMILAR TO pattern ESCAPE escape}. */
  public static Boolean similar(String s, String pattern, String escape) {
    if (s == null || pattern == null) {
      return null;
    }
    return compile(toRegex(pattern, escape, true), true).matches(s);
  }

  /** Whether the regular expression matches somewhere in {@code s} (RLIKE, REGEXP_CONTAINS). */
  public static Boolean contains(String s, String regex) {
    if (s == null || regex == null) {
      return null;
    }
    return compile(regex, true).matcher(s).find();
  }

  /** {@code s} with every match of the regular expression replaced ($1 names a group). */
  public static String replace(String s, String regex, String replacement) {
    if (s == null || regex == null || replacement == null) {
      return null;
    }
    return compile(regex, true).matcher(s).replaceAll(replacement);
  }

  /** The first match in {@code s}, or its first group when the expression has one; or null. */
  public static String extract(String s, String regex) {
    if (s == null || regex == null) {
      return null;
    }
    Matcher m = compile(regex, true).matcher(s);
    if (!m.find()) {
      return null;
    }
    return m.groupCount() > 0 ? m.group(1) : m.group();
  }

  private static Pattern compile(String regex, boolean caseSensitive) {
    String key = (caseSensitive ? "c" : "i") + regex;
    Map<String, Pattern> cache = CACHE.get();
    Pattern p = cache.get(key);
    if (p == null) {
      try {
        p = Pattern.compile(regex, Pattern.DOTALL | (caseSensitive ? 0
            : Pattern.CASE_INSENSITIVE));
      } catch (PatternSyntaxException e) {
        throw QueryGuard.undeclared(new SQLException("invalid regular expression '" + regex
            + "': " + e.getDescription() + " (hostsql matches with RE2 syntax: no "
            + "back-references or look-around)", "2201B", e));
      }
      cache.put(key, p);
    }
    return p;
  }

  /**
   * A LIKE or SIMILAR TO pattern as an RE2 expression matching the whole text. In LIKE only
   * {@code %} and {@code _} are special; SIMILAR TO adds the regular expression operators
   * {@code | * + ? { } ( ) [ ]}; every other character stands for itself.
   */
  static String toRegex(String pattern, String escape, boolean similar) {
    char esc = escapeChar(pattern, escape);
    StringBuilder re = new StringBuilder(pattern.length() + 8);
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (esc != 0 && c == esc) {
        literal(re, pattern.charAt(++i));
      } else if (inClass) {
        if (c == ']') {
          inClass = false;
        }
        if (c == '\\') {
          re.append('\\');
        }
        re.append(c);
      } else if (c == '%') {
        re.append(".*");
      } else if (c == '_') {
        re.append('.');
      } else if (similar && "|*+?{}()".indexOf(c) >= 0) {
        re.append(c);
      } else if (similar && c == '[') {
        inClass = true;
        re.append(c);
      } else {
        literal(re, c);
      }
    }
    return re.toString();
  }

  /** The ESCAPE character, or 0 for none; refuses a pattern that ends with it. */
  private static char escapeChar(String pattern, String escape) {
    if (escape == null) {
      return 0;
    }
    if (escape.length() != 1) {
      throw QueryGuard.undeclared(new SQLException("the ESCAPE of a pattern must be one "
          + "character, got '" + escape + "'", "22019"));
    }
    char esc = escape.charAt(0);
    for (int i = 0; i < pattern.length(); i++) {
      if (pattern.charAt(i) == esc && ++i == pattern.length()) {
        throw QueryGuard.undeclared(new SQLException("the pattern '" + pattern + "' ends "
            + "with its escape character", "22025"));
      }
    }
    return esc;
  }

  private static void literal(StringBuilder re, char c) {
    if ("\\.^$|?*+()[]{}".indexOf(c) >= 0) {
      re.append('\\');
    }
    re.append(c);
  }
}
