package io.hostsql.os.windows;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Windows command line into arguments as CommandLineToArgvW does (psutil's cmdline on
 * Windows): the program name ends at the next quote when it starts with one, else at the
 * first space or tab, with no escapes; then arguments are separated by spaces and tabs outside
 * quotes; 2n backslashes before a quote give n backslashes and the quote opens or closes a
 * quoted part, 2n+1 give n and a literal quote; other backslashes are literal; inside quotes a
 * doubled quote is a literal quote (and every third quote of a run is literal).
 */
final class CommandLines {
  private CommandLines() {
  }

  /** The arguments; empty for an empty command line (the API would give the module path). */
  static List<String> split(String line) {
    List<String> args = new ArrayList<>();
    if (line.isEmpty()) {
      return args;
    }
    int i = 0;
    int n = line.length();
    StringBuilder arg = new StringBuilder();
    if (line.charAt(0) == '"') {
      i = 1;
      while (i < n && line.charAt(i) != '"') {
        arg.append(line.charAt(i++));
      }
      if (i < n) {
        i++; // the closing quote
      }
    } else {
      while (i < n && !blank(line.charAt(i))) {
        arg.append(line.charAt(i++));
      }
    }
    args.add(arg.toString());
    while (i < n && blank(line.charAt(i))) {
      i++;
    }
    if (i >= n) {
      return args;
    }
    arg.setLength(0);
    int quotes = 0;   // quotes seen in the current run, which decide in or out of a quoted part
    int backslashes = 0;
    boolean pending = true;
    while (i < n) {
      char c = line.charAt(i);
      if (blank(c) && quotes == 0) {
        args.add(arg.toString());
        arg.setLength(0);
        backslashes = 0;
        while (i < n && blank(line.charAt(i))) {
          i++;
        }
        pending = i < n;
        continue;
      }
      if (c == '\\') {
        arg.append(c);
        backslashes++;
        i++;
        continue;
      }
      if (c == '"') {
        arg.setLength(arg.length() - backslashes / 2);
        if (backslashes % 2 == 0) {
          quotes++;
        } else {
          arg.setLength(arg.length() - 1);
          arg.append('"');
        }
        i++;
        backslashes = 0;
        while (i < n && line.charAt(i) == '"') {
          if (++quotes == 3) {
            arg.append('"');
            quotes = 0;
          }
          i++;
        }
        if (quotes == 2) {
          quotes = 0;
        }
        continue;
      }
      arg.append(c);
      backslashes = 0;
      i++;
    }
    if (pending) {
      args.add(arg.toString());
    }
    return args;
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t';
  }
}
