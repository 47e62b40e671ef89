package io.hostsql.os.linux;

import io.hostsql.os.CronEntry;
import java.nio.file.Path;
import java.util.List;

/**
 * Parses crontab(5) lines: five time fields or an @-schedule, then (in a system crontab) the
 * user, then the command. Variable settings (NAME=value) are not jobs.
 */
public final class CronFiles {
  private CronFiles() {
  }

  /**
   * Adds the jobs of one crontab.
   *
   * @param owner the user a user crontab belongs to, or null for a system crontab
   */
  public static void parse(Path file, List<String> lines, String owner, List<CronEntry> out,
      List<String> problems) {
    boolean system = owner == null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || isVariable(line)) {
        continue;
      }
      String[] w = line.split("[ \t]+");
      boolean event = w[0].startsWith("@");
      int user = event ? 1 : 5;
      int command = system ? user + 1 : user;
      if (w.length <= command) {
        problems.add(file + " line " + (i + 1) + ": not a job (" + (event ? "@schedule" :
            "five time fields") + (system ? ", user" : "") + " and command): "
            + ProcModules.clip(line));
        continue;
      }
      String cmd = String.join(" ", List.of(w).subList(command, w.length));
      out.add(new CronEntry(event ? w[0] : null, event ? null : w[0], event ? null : w[1],
          event ? null : w[2], event ? null : w[3], event ? null : w[4],
          system ? w[user] : owner, cmd, file.toString(), system));
    }
  }

  /** NAME=value, with optional spaces around '=' and no space inside the name. */
  private static boolean isVariable(String line) {
    int eq = line.indexOf('=');
    return eq > 0 && !line.substring(0, eq).strip().contains(" ")
        && !line.substring(0, eq).strip().contains("\t") && !line.startsWith("@");
  }
}
