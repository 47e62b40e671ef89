package io.hostsql.os.linux;

import io.hostsql.os.AptSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses APT's sources (sources.list(5)): the one-line style of sources.list and
 * sources.list.d/*.list, and the deb822 style of sources.list.d/*.sources, each entry joined
 * with the Release file APT downloaded for it into /var/lib/apt/lists.
 */
public final class AptSourceFiles {
  /** What APT's URItoFileName escapes as %xx besides control and non-ASCII bytes. */
  private static final String ESCAPED = "\\|{}[]<>\"^~_=!@#$%&*";
  private static final List<String> RELEASE_FIELDS = List.of("Codename", "Version", "Origin",
      "Components", "Architectures");

  private final Path root;
  private final List<String> problems;
  private final List<AptSource> out = new ArrayList<>();

  private AptSourceFiles(Path root, List<String> problems) {
    this.root = root;
    this.problems = problems;
  }

  /** Every entry of the root's /etc/apt sources, in the order APT reads the files. */
  public static List<AptSource> read(Path root, List<String> problems) {
    AptSourceFiles reader = new AptSourceFiles(root, problems);
    Path apt = root.resolve("etc/apt");
    List<Path> lists = new ArrayList<>();
    if (Files.exists(apt.resolve("sources.list"))) {
      lists.add(apt.resolve("sources.list"));
    }
    lists.addAll(Listings.files(apt.resolve("sources.list.d"), ".list", problems));
    for (Path f : lists) {
      List<String> lines = TextFiles.lines(f, problems);
      for (int i = 0; lines != null && i < lines.size(); i++) {
        reader.oneLine(f, i + 1, lines.get(i));
      }
    }
    for (Path f : Listings.files(apt.resolve("sources.list.d"), ".sources", problems)) {
      List<String> lines = TextFiles.lines(f, problems);
      if (lines != null) {
        reader.deb822(f, lines);
      }
    }
    return reader.out;
  }

  /** {@code type [options] uri suite [component...]}, with # starting a comment. */
  private void oneLine(Path file, int number, String raw) {
    int hash = raw.indexOf('#');
    String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
    if (line.isEmpty()) {
      return;
    }
    String where = file + " line " + number + ": ";
    String[] words = line.split("\\s+");
    if (!words[0].equals("deb") && !words[0].equals("deb-src")) {
      problems.add(where + "not a deb or deb-src entry: " + ProcModules.clip(line));
      return;
    }
    int at = 1;
    if (at < words.length && words[at].startsWith("[")) {
      while (at < words.length && !words[at].endsWith("]")) {
        at++;
      }
      at++;
    }
    if (at + 1 >= words.length) {
      problems.add(where + "no URI and suite: " + ProcModules.clip(line));
      return;
    }
    List<String> components = List.of(words).subList(at + 2, words.length);
    add(file, where, words[0], words[at], words[at + 1], String.join(" ", components));
  }

  /** Stanzas of Field: value lines; each type, URI and suite of a stanza is an entry. */
  private void deb822(Path file, List<String> lines) {
    Map<String, String> fields = new HashMap<>();
    int start = 1;
    String last = null;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i) : "";
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        if (!fields.isEmpty()) {
          stanza(file, file + " stanza at line " + start + ": ", fields);
          fields.clear();
        }
        start = i + 2;
        last = null;
        continue;
      }
      if (Character.isWhitespace(line.charAt(0)) && last != null) {
        fields.merge(last, " " + line.strip(), String::concat);
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        problems.add(file + " line " + (i + 1) + ": not a field: " + ProcModules.clip(line));
        continue;
      }
      last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      fields.put(last, line.substring(colon + 1).strip());
    }
  }

  private void stanza(Path file, String where, Map<String, String> f) {
    if (List.of("no", "false", "off").contains(f.getOrDefault("enabled", "yes").strip()
        .toLowerCase(Locale.ROOT))) {
      return;
    }
    String[] types = words(f.get("types"));
    String[] uris = words(f.get("uris"));
    String[] suites = words(f.get("suites"));
    if (types.length == 0 || uris.length == 0 || suites.length == 0) {
      problems.add(where + "no Types, URIs or Suites");
      return;
    }
    String components = String.join(" ", words(f.get("components")));
    for (String type : types) {
      if (!type.equals("deb") && !type.equals("deb-src")) {
        problems.add(where + "unknown type " + ProcModules.clip(type));
        continue;
      }
      for (String uri : uris) {
        for (String suite : suites) {
          add(file, where, type, uri, suite, components);
        }
      }
    }
  }

  private static String[] words(String value) {
    return value == null || value.isBlank() ? new String[0] : value.strip().split("\\s+");
  }

  private void add(Path file, String where, String type, String uri, String suite,
      String components) {
    int colon = uri.indexOf(':');
    if (colon <= 0 || !uri.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      problems.add(where + "not a URI: " + ProcModules.clip(uri));
      return;
    }
    if (!suite.endsWith("/") && components.isEmpty()) {
      problems.add(where + "suite " + ProcModules.clip(suite) + " without components");
      return;
    }
    String base = uri.replaceAll("/+$", "");
    String name = base.substring(colon + 1).replaceFirst("^//", "") + " " + suite;
    Map<String, String> release = release(base, suite);
    out.add(new AptSource(name, file.toString(), type, base, suite, components,
        release.get("Codename"), release.get("Version"), release.get("Origin"),
        release.get("Components"), release.get("Architectures")));
  }

  /** The fields of the InRelease (or Release) file APT keeps for a repository. */
  private Map<String, String> release(String base, String suite) {
    String meta = suite.endsWith("/")
        ? base + "/" + (suite.equals("./") || suite.equals("/") ? "" : suite)
        : base + "/dists/" + suite + "/";
    Path lists = root.resolve("var/lib/apt/lists");
    Map<String, String> fields = new HashMap<>();
    for (String name : List.of("InRelease", "Release")) {
      Path file = lists.resolve(cacheName(meta) + name);
      List<String> lines = Files.exists(file) ? TextFiles.lines(file, problems) : null;
      if (lines == null) {
        continue;
      }
      for (String line : lines) {
        if (line.equals("-----BEGIN PGP SIGNATURE-----")) {
          break;
        }
        int colon = line.indexOf(": ");
        if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
          String key = line.substring(0, colon);
          if (RELEASE_FIELDS.contains(key)) {
            fields.putIfAbsent(key, line.substring(colon + 2).strip());
          }
        }
      }
      break;
    }
    return fields;
  }

  /** APT's name for a URI's file in its lists directory (URItoFileName). */
  static String cacheName(String uri) {
    String s = uri.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*:(//)?", "");
    int slash = s.indexOf('/');
    int at = s.lastIndexOf('@', slash < 0 ? s.length() : slash);
    if (at >= 0) {
      s = s.substring(at + 1);
    }
    StringBuilder b = new StringBuilder();
    for (byte c : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int u = c & 0xff;
      if (u <= 0x20 || u >= 0x7f || ESCAPED.indexOf(u) >= 0) {
        b.append(String.format("%%%02x", u));
      } else {
        b.append(u == '/' ? '_' : (char) u);
      }
    }
    return b.toString();
  }
}
