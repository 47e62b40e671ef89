package io.hostsql.jdbc.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements at the semicolons that end them, not at those inside string
 * literals, quoted identifiers or comments. Statements that are only comments are dropped.
 */
final class SqlScript {
  private SqlScript() {
  }

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean hasCode = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
        int end = text.indexOf('\n', i);
        end = end < 0 ? n : end;
        current.append(text, i, end);
        i = end;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        current.append(text, i, end);
        i = end;
      } else if (c == '\'' || c == '"' || c == '`') {
        int end = closingQuote(text, i, c);
        current.append(text, i, end);
        hasCode = true;
        i = end;
      } else if (c == ';') {
        if (hasCode) {
          out.add(current.toString().trim());
        }
        current.setLength(0);
        hasCode = false;
        i++;
      } else {
        if (!Character.isWhitespace(c)) {
          hasCode = true;
        }
        current.append(c);
        i++;
      }
    }
    if (hasCode) {
      out.add(current.toString().trim());
    }
    return out;
  }

  /** The index just past the quote that closes the one at {@code start}; doubled quotes escape. */
  private static int closingQuote(String text, int start, char quote) {
    int i = start + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return text.length();
  }
}
