package io.hostsql.os.formats;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands a relative path whose names may hold glob(3) wildcards ({@code lib/python*}/...)
 * below a directory, one name at a time, as the JDK's glob matcher reads each name. Only
 * directories are followed; unreadable ones are skipped (the caller reports what it could not
 * read where that matters).
 */
public final class RootGlob {
  /** Bounds a pattern over a directory of very many entries. */
  private static final int MAX_MATCHES = 10_000;

  private RootGlob() {
  }

  /** The directories the pattern names below base, sorted per name. */
  public static List<Path> directories(Path base, String pattern) {
    List<Path> current = List.of(base);
    for (String name : pattern.split("/")) {
      List<Path> next = new ArrayList<>();
      for (Path dir : current) {
        if (name.indexOf('*') < 0 && name.indexOf('?') < 0 && name.indexOf('[') < 0) {
          if (Files.isDirectory(dir.resolve(name))) {
            next.add(dir.resolve(name));
          }
          continue;
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, name)) {
          for (Path p : s) {
            if (found.size() < MAX_MATCHES && Files.isDirectory(p)) {
              found.add(p);
            }
          }
        } catch (IOException | SecurityException e) {
          continue;
        }
        found.sort(null);
        next.addAll(found);
      }
      current = next;
    }
    return current;
  }
}
