package io.hostsql.os.linux;

import io.hostsql.os.SudoersRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the sudoers policy as sudo does: lines joined at a trailing backslash, comments left
 * out, and @include / #include files (relative to the including file) and @includedir /
 * #includedir directories (their files whose names have no '.' and do not end in '~', in
 * lexical order) read where they appear, to sudo's nesting limit of 128.
 */
public final class SudoersFiles {
  private static final int MAX_NEST = 128;

  private SudoersFiles() {
  }

  /**
   * Adds the rules of a sudoers file and of everything it includes.
   *
   * @param root the file-system root the policy's absolute paths are below
   * @param file the file, below the root
   */
  public static void read(Path root, Path file, List<SudoersRule> out, List<String> problems) {
    read(root, file, 1, out, problems);
  }

  private static void read(Path root, Path file, int depth, List<SudoersRule> out,
      List<String> problems) {
    if (depth > MAX_NEST) {
      problems.add(file + ": includes nested deeper than " + MAX_NEST + "; not read");
      return;
    }
    List<String> lines = TextFiles.lines(file, problems);
    if (lines == null) {
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      StringBuilder logical = new StringBuilder(lines.get(i).strip());
      while (logical.length() > 0 && logical.charAt(logical.length() - 1) == '\\'
          && i + 1 < lines.size()) {
        logical.setLength(logical.length() - 1);
        logical.append(' ').append(lines.get(++i).strip());
      }
      String line = logical.toString();
      String[] w = line.split("\\s+", 2);
      String directive = w[0].startsWith("#") || w[0].startsWith("@") ? w[0].substring(1)
          : null;
      if ("include".equals(directive) && w.length == 2) {
        String name = w[1].strip();
        Path target = name.startsWith("/") ? root.resolve(name.substring(1))
            : file.resolveSibling(name);
        out.add(new SudoersRule(file.toString(), "include", target.toString()));
        read(root, target, depth + 1, out, problems);
      } else if ("includedir".equals(directive) && w.length == 2) {
        String name = w[1].strip();
        Path dir = name.startsWith("/") ? root.resolve(name.substring(1))
            : file.resolveSibling(name);
        out.add(new SudoersRule(file.toString(), "includedir", dir.toString()));
        for (Path included : included(dir, problems)) {
          read(root, included, depth + 1, out, problems);
        }
      } else if (!line.isEmpty() && !line.startsWith("#")) {
        out.add(new SudoersRule(file.toString(), w[0],
            w.length > 1 ? String.join(" ", w[1].strip().split("\\s+")) : ""));
      }
    }
  }

  private static List<Path> included(Path dir, List<String> problems) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> {
        String n = p.getFileName().toString();
        return !n.contains(".") && !n.endsWith("~") && Files.isRegularFile(p);
      }).sorted().toList();
    } catch (java.nio.file.NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      problems.add(dir + ": cannot be listed (" + e.getMessage() + ")");
      return List.of();
    }
  }
}
