package io.hostsql.os.linux;

import io.hostsql.os.DebPackage;
import io.hostsql.os.Parsed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses dpkg's status file (deb822 stanzas separated by blank lines, continuation lines
 * starting with a space). Packages dpkg reports as not-installed or config-files are left
 * out, as osquery leaves them out; a stanza without Package, Version or Status is reported.
 */
public final class DpkgStatus {
  /** dpkg's status file on a large desktop is some 10 MB. */
  private static final int LIMIT = 128 << 20;

  /** dpkg's package states, the third word of Status. */
  private static final java.util.Set<String> STATES = java.util.Set.of("not-installed",
      "config-files", "half-installed", "unpacked", "half-configured", "triggers-awaited",
      "triggers-pending", "installed");

  private DpkgStatus() {
  }

  /** The packages of the status file. */
  public static Parsed<DebPackage> read(Path file) {
    List<String> problems = new ArrayList<>();
    List<String> lines = TextFiles.lines(file, LIMIT, problems);
    List<DebPackage> out = new ArrayList<>();
    if (lines == null) {
      return new Parsed<>(out, problems);
    }
    Map<String, String> fields = new HashMap<>();
    int start = 1;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i) : "";
      if (line.isBlank()) {
        if (!fields.isEmpty()) {
          stanza(file, start, fields, out, problems);
          fields.clear();
        }
        start = i + 2;
        continue;
      }
      if (line.startsWith(" ") || line.startsWith("\t")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        problems.add(file + " line " + (i + 1) + ": not a field: " + ProcModules.clip(line));
        continue;
      }
      fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
    }
    return new Parsed<>(out, problems);
  }

  private static void stanza(Path file, int line, Map<String, String> f, List<DebPackage> out,
      List<String> problems) {
    String name = f.get("Package");
    String version = f.get("Version");
    String status = f.get("Status");
    String[] words = status == null ? new String[0] : status.split(" ");
    String state = words.length == 3 ? words[2] : "";
    boolean removed = state.equals("not-installed") || state.equals("config-files");
    if (name == null || !STATES.contains(state) || version == null && !removed) {
      problems.add(file + " stanza at line " + line + ": no Package, Version or valid Status"
          + (name == null ? "" : " (" + name + ")"));
      return;
    }
    if (removed) {
      return;
    }
    Long size = null;
    try {
      size = f.containsKey("Installed-Size") ? Long.valueOf(f.get("Installed-Size")) : null;
    } catch (NumberFormatException e) {
      problems.add(file + " stanza at line " + line + ": Installed-Size is not a number ("
          + name + ")");
    }
    String v = version == null ? "" : version;
    int dash = v.lastIndexOf('-');
    out.add(new DebPackage(name, version, f.get("Source"), size, f.get("Architecture"),
        dash < 0 ? "" : v.substring(dash + 1), status, f.get("Maintainer"), f.get("Section"),
        f.get("Priority")));
  }
}
