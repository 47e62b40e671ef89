package io.hostsql.os.linux;

import io.hostsql.os.HistoryEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses shell history files: bash's plain lines, each optionally preceded by a "#EPOCH" line
 * (HISTTIMEFORMAT set), and zsh's extended format ": EPOCH:DURATION;command", whose multi-line
 * commands continue on lines ending in a backslash.
 */
public final class ShellHistory {
  private static final Pattern BASH_TIME = Pattern.compile("#(\\d{1,12})");
  private static final Pattern ZSH = Pattern.compile(": *(\\d{1,12}):\\d+;(.*)", Pattern.DOTALL);

  private ShellHistory() {
  }

  /** Adds the commands of one history file. */
  public static void parse(long uid, String user, Path file, List<String> lines, List<HistoryEntry> out) {
    long time = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher bash = BASH_TIME.matcher(line);
      if (bash.matches()) {
        time = Long.parseLong(bash.group(1));
        continue;
      }
      if (line.startsWith(":")) {
        StringBuilder entry = new StringBuilder(line);
        while (entry.length() > 0 && entry.charAt(entry.length() - 1) == '\\'
            && i + 1 < lines.size()) {
          entry.setLength(entry.length() - 1);
          entry.append('\n').append(lines.get(++i));
        }
        Matcher zsh = ZSH.matcher(entry);
        if (zsh.matches()) {
          out.add(new HistoryEntry(uid, user, Long.parseLong(zsh.group(1)), zsh.group(2),
              file.toString()));
          continue;
        }
        line = entry.toString();
      }
      if (!line.isEmpty()) {
        out.add(new HistoryEntry(uid, user, time, line, file.toString()));
      }
      time = 0;
    }
  }
}
