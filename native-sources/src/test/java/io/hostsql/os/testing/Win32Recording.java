package io.hostsql.os.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One harness's recording (native-sources/src/test/win32/record): the buffers a Win32 call
 * filled under Wine ({@code NAME.bin}, {@code NAME.base}, {@code NAME.count}, {@code NAME.err})
 * and the harness's own reading of them ({@code KIND.expect.txt}), from the committed copy on
 * the class path or a fresh one in a directory.
 */
public final class Win32Recording {
  private final Path directory;
  private final String resource;
  /** Files replaced (or, mapped to null, removed) in this copy, for tests of bad answers. */
  private final Map<String, byte[]> altered;

  private Win32Recording(Path directory, String resource, Map<String, byte[]> altered) {
    this.directory = directory;
    this.resource = resource;
    this.altered = altered;
  }

  private Win32Recording(Path directory, String resource) {
    this(directory, resource, Map.of());
  }

  /**
   * This recording with one file replaced by {@code content} (UTF-8), or removed when it is
   * null: e.g. {@code config_x.bin} removed and {@code config_x.err} "5" for a service whose
   * configuration Windows refused.
   */
  public Win32Recording with(String name, String content) {
    Map<String, byte[]> next = new HashMap<>(altered);
    next.put(name, content == null ? null : content.getBytes(StandardCharsets.UTF_8));
    return new Win32Recording(directory, resource, next);
  }

  /** The committed recording of a harness (test resources win32/HARNESS). */
  public static Win32Recording committed(String harness) {
    return new Win32Recording(null, "win32/" + harness + "/");
  }

  /** A recording made into this directory. */
  public static Win32Recording in(Path directory) {
    return new Win32Recording(directory, null);
  }

  /** The file's bytes, or null when the recording has no such file. */
  public byte[] bytes(String name) {
    if (altered.containsKey(name)) {
      return altered.get(name);
    }
    try {
      if (directory != null) {
        Path p = directory.resolve(name);
        return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
      }
      try (InputStream in = Win32Recording.class.getClassLoader()
          .getResourceAsStream(resource + name)) {
        return in == null ? null : in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's text, trimmed, or null. */
  public String text(String name) {
    byte[] b = bytes(name);
    return b == null ? null : new String(b, StandardCharsets.UTF_8).trim();
  }

  /** A hexadecimal number file (NAME.base), or 0 when absent. */
  public long hex(String name) {
    String t = text(name);
    return t == null ? 0 : Long.parseUnsignedLong(t, 16);
  }

  /**
   * An expect file's rows, each a map from the header's column names to the values, with the
   * harness's escapes (\t \n \r \\) undone and \N as null.
   */
  public List<Map<String, String>> expect(String kind) {
    String t = text(kind + ".expect.txt");
    if (t == null) {
      throw new IllegalStateException("the recording has no " + kind + ".expect.txt");
    }
    String[] lines = t.split("\n", -1);
    String[] header = lines[0].split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      String[] cells = lines[i].split("\t", -1);
      if (cells.length != header.length) {
        throw new IllegalStateException(kind + ".expect.txt line " + (i + 1) + " has "
            + cells.length + " fields, the header " + header.length);
      }
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < header.length; c++) {
        row.put(header[c], unescape(cells[c]));
      }
      rows.add(row);
    }
    return rows;
  }

  private static String unescape(String cell) {
    if (cell.equals("\\N")) {
      return null;
    }
    StringBuilder b = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length()) {
        char n = cell.charAt(++i);
        b.append(switch (n) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> n;
        });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A file name's key for a service name, as services.c makes it (file_key). */
  public static String fileKey(String name) {
    StringBuilder b = new StringBuilder();
    for (char c : name.toCharArray()) {
      char l = c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
      if (l >= 'a' && l <= 'z' || l >= '0' && l <= '9' || l == '.' || l == '-' || l == '_') {
        b.append(l);
      } else {
        b.append('%').append(String.format("%04X", (int) c));
      }
    }
    return b.toString();
  }
}
