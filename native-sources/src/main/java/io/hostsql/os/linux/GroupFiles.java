package io.hostsql.os.linux;

import io.hostsql.os.Group;
import io.hostsql.os.Parsed;
import io.hostsql.os.ShadowEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses group(5) and shadow(5) files; a line getgrent or getspent would skip is reported. */
public final class GroupFiles {
  private static final Pattern HASH_ALG = Pattern.compile("^\\$(\\w+)\\$");

  private GroupFiles() {
  }

  /** /etc/group: name:password:gid:member,member... */
  public static Parsed<Group> groups(Path file) {
    List<String> problems = new ArrayList<>();
    List<String> lines = TextFiles.lines(file, problems);
    List<Group> out = new ArrayList<>();
    for (int i = 0; lines != null && i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("+") || line.startsWith("-")) {
        continue;
      }
      String[] f = line.split(":", -1);
      Long gid = f.length == 4 ? id(f[2]) : null;
      if (gid == null || f[0].isEmpty()) {
        problems.add(file + " line " + (i + 1) + ": not name:password:gid:members with a "
            + "numeric gid");
        continue;
      }
      List<String> members = new ArrayList<>();
      for (String m : f[3].split(",")) {
        if (!m.isBlank()) {
          members.add(m.strip());
        }
      }
      out.add(new Group(f[0], gid, members));
    }
    return new Parsed<>(out, problems);
  }

  /** /etc/shadow: name:hash:lastchg:min:max:warn:inact:expire:flag. */
  public static Parsed<ShadowEntry> shadow(Path file) {
    List<String> problems = new ArrayList<>();
    List<String> lines = TextFiles.lines(file, problems);
    if (lines == null) {
      return new Parsed<>(List.of(), problems);
    }
    List<ShadowEntry> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("+") || line.startsWith("-")) {
        continue;
      }
      String[] f = line.split(":", -1);
      Long[] days = new Long[7];
      boolean ok = f.length == 9 && !f[0].isEmpty();
      for (int k = 0; ok && k < 7; k++) {
        days[k] = f[k + 2].isEmpty() ? Long.valueOf(-1) : signedLong(f[k + 2]);
        ok = days[k] != null;
      }
      if (!ok) {
        problems.add(file + " line " + (i + 1) + ": not nine fields name:hash:lastchg:min:"
            + "max:warn:inact:expire:flag with numbers");
        continue;
      }
      String hash = f[1];
      String status = hash.equals("!!") ? "not_set"
          : hash.startsWith("!") || hash.startsWith("*") || hash.startsWith("x") ? "locked"
          : hash.isEmpty() ? "empty" : "active";
      Matcher m = HASH_ALG.matcher(hash);
      out.add(new ShadowEntry(f[0], status, m.find() ? m.group(1) : null, days[0], days[1],
          days[2], days[3], days[4], days[5], days[6]));
    }
    return new Parsed<>(out, problems);
  }

  /** An unsigned 32-bit id (uid, gid), or null. */
  public static Long id(String s) {
    Long v = signedLong(s);
    return v == null || v < 0 || v > 0xffffffffL ? null : v;
  }

  private static Long signedLong(String s) {
    if (s.isEmpty() || s.length() > 19 || !s.matches("-?\\d+")) {
      return null;
    }
    return Long.parseLong(s);
  }
}
