package io.hostsql.os.linux;

import io.hostsql.os.YumSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses yum's configuration (yum.conf(5), INI as Python's configparser reads it): /etc/yum.conf,
 * whose [main] reposdir names the directories of .repo files (/etc/yum.repos.d by default), and
 * each repository section of them all.
 */
public final class YumRepoFiles {
  private YumRepoFiles() {
  }

  /** The repository sections of yum.conf and the .repo files of its reposdir. */
  public static List<YumSource> read(Path root, List<String> problems) {
    List<YumSource> out = new ArrayList<>();
    Path conf = root.resolve("etc/yum.conf");
    Map<String, Map<String, String>> main = sections(conf, problems);
    String dirs = main.getOrDefault("main", Map.of()).getOrDefault("reposdir",
        "/etc/yum.repos.d");
    add(conf, main, out);
    for (String dir : dirs.split("[\\s,]+")) {
      if (dir.isEmpty()) {
        continue;
      }
      Path d = root.resolve(dir.startsWith("/") ? dir.substring(1) : dir);
      for (Path f : Listings.files(d, ".repo", problems)) {
        add(f, sections(f, problems), out);
      }
    }
    return out;
  }

  private static void add(Path file, Map<String, Map<String, String>> sections,
      List<YumSource> out) {
    sections.forEach((id, s) -> {
      if (!id.equals("main")) {
        out.add(new YumSource(id, file.toString(), s.get("name"), s.get("baseurl"),
            s.get("mirrorlist"), s.get("metalink"), s.get("enabled"), s.get("gpgcheck"),
            s.get("gpgkey")));
      }
    });
  }

  /** Section name to its settings, in file order; an absent file has none. */
  static Map<String, Map<String, String>> sections(Path file, List<String> problems) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    List<String> lines = TextFiles.lines(file, problems);
    Map<String, String> section = null;
    String last = null;
    for (int i = 0; lines != null && i < lines.size(); i++) {
      String line = lines.get(i);
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#") || s.startsWith(";")) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0)) && section != null && last != null) {
        // A continuation line adds a value (baseurl's further mirrors).
        section.merge(last, "\n" + s, String::concat);
        continue;
      }
      if (s.startsWith("[") && s.endsWith("]")) {
        section = out.computeIfAbsent(s.substring(1, s.length() - 1).strip(),
            k -> new HashMap<>());
        last = null;
        continue;
      }
      int eq = firstOf(s, '=', ':');
      if (section == null || eq <= 0) {
        problems.add(file + " line " + (i + 1) + ": " + (section == null
            ? "a setting outside a [section]: " : "not a setting: ") + ProcModules.clip(s));
        continue;
      }
      last = s.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
      section.put(last, s.substring(eq + 1).strip());
    }
    return out;
  }

  private static int firstOf(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
