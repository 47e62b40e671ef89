package io.hostsql.os.linux;

import io.hostsql.os.Account;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where rpm keeps its database below a file-system root: the {@code %_dbpath} macro of the
 * system's macro files, read in rpm's order (/usr/lib/rpm/macros, macros.d/macros.*,
 * /etc/rpm/macros.*, /etc/rpm/macros; a later definition wins; a user's ~/.rpmmacros is
 * that user's, not the system's). A value made of paths and other plain macros
 * ({@code %{_var}/lib/rpm}, {@code %{_usr}/lib/sysimage/rpm}) is expanded; a shell or Lua
 * expression is never run. Debian's rpm defines the path with a shell expression for each
 * user's {@code ~/.rpmdb}: the system's database is then root's. Without a usable definition,
 * rpm's two defaults: /usr/lib/sysimage/rpm (rpm 4.17 and later distributions), /var/lib/rpm.
 */
final class RpmDbPath {
  private static final Pattern DEFINITION =
      Pattern.compile("%([A-Za-z_][A-Za-z0-9_]*)[ \\t]+(.*?)\\s*");
  private static final Pattern REFERENCE =
      Pattern.compile("%%|%\\{(\\??)([A-Za-z_][A-Za-z0-9_]*)}|%([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern HOME_PATH = Pattern.compile("~/([^'\"\\s)`;|&]+)");
  private static final int DEPTH = 16;
  private static final int FILE_LIMIT = 1 << 20;

  private RpmDbPath() {
  }

  /**
   * The directories to look in, in order: the one the macros name, or the defaults.
   *
   * @param root the file-system root
   * @param problems where an unreadable macro file is reported
   */
  static List<Path> candidates(Path root, List<String> problems) {
    Map<String, String> macros = macros(root, problems);
    List<Path> out = new ArrayList<>();
    String value = macros.get("_dbpath");
    if (value != null) {
      String path = expand(value, macros, 0);
      if (path != null && path.startsWith("/")) {
        return List.of(below(root, path));
      }
      Matcher home = HOME_PATH.matcher(value);
      if (value.contains("%(") && home.find()) {
        out.add(rootHome(root).resolve(home.group(1)));
      }
    }
    out.add(root.resolve("usr/lib/sysimage/rpm"));
    out.add(root.resolve("var/lib/rpm"));
    return out;
  }

  private static Path below(Path root, String absolute) {
    return root.resolve(absolute.replaceFirst("^/+", ""));
  }

  /** The home of uid 0 in the root's passwd, /root when it names none. */
  private static Path rootHome(Path root) {
    for (Account a : new LinuxAccounts(root.resolve("etc/passwd")).read().values()) {
      if (a.uid() == 0 && a.home().startsWith("/")) {
        return Homes.of(root, a);
      }
    }
    return root.resolve("root");
  }

  /** The plain macro definitions of the system's macro files, later files winning. */
  private static Map<String, String> macros(Path root, List<String> problems) {
    List<Path> files = new ArrayList<>();
    files.add(root.resolve("usr/lib/rpm/macros"));
    files.addAll(named(root.resolve("usr/lib/rpm/macros.d"), problems));
    files.addAll(named(root.resolve("etc/rpm"), problems));
    files.add(root.resolve("etc/rpm/macros"));
    Map<String, String> out = new HashMap<>();
    for (Path f : files) {
      List<String> lines = TextFiles.lines(f, FILE_LIMIT, problems);
      if (lines == null) {
        continue;
      }
      for (String line : lines) {
        Matcher m = DEFINITION.matcher(line);
        // A value continued on the next line (a trailing backslash) is a script, not a path.
        if (m.matches() && !m.group(2).endsWith("\\")) {
          out.put(m.group(1), m.group(2));
        }
      }
    }
    return out;
  }

  /** The macros.* files of a directory, in name order as rpm globs them. */
  private static List<Path> named(Path dir, List<String> problems) {
    return Listings.files(dir, problems).stream()
        .filter(p -> p.getFileName().toString().startsWith("macros.")).toList();
  }

  /** The value with its plain macros expanded, or null when it has anything else. */
  private static String expand(String value, Map<String, String> macros, int depth) {
    if (depth > DEPTH) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    Matcher m = REFERENCE.matcher(value);
    int at = 0;
    while (m.find()) {
      out.append(value, at, m.start());
      at = m.end();
      if (m.group().equals("%%")) {
        out.append('%');
        continue;
      }
      String name = m.group(2) != null ? m.group(2) : m.group(3);
      String body = macros.get(name);
      if (body == null && "?".equals(m.group(1))) {
        continue;
      }
      String expanded = body == null ? null : expand(body, macros, depth + 1);
      if (expanded == null) {
        return null;
      }
      out.append(expanded);
    }
    out.append(value, at, value.length());
    String s = out.toString();
    return s.contains("%") ? null : s;
  }
}
