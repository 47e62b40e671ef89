package io.hostsql.os.windows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one Win32 harness (src/test/win32) recorded: its raw buffers ({@code NAME.bin}), their
 * base addresses ({@code NAME.base}), counts and errors ({@code NAME.count}, {@code NAME.err}),
 * and the expect files, the harness's own reading of the same buffers through the SDK's structs
 * (tab-separated, a header line first, \t \n \r \\ escaped, \N for null). The committed copy is
 * read from the class path (test resources win32/HARNESS, so other modules' tests read it from
 * the test-jar); a fresh one from the directory it was recorded into. The one reader of
 * recordings: the decoder tests and the replays of io.hostsql.os.testing all go through it.
 */
public final class Recordings {
  private final Path dir;
  private final String resource;
  /** Files replaced (or, mapped to null, removed) in this copy, for tests of bad answers. */
  private final Map<String, byte[]> altered;

  private Recordings(Path dir, String resource, Map<String, byte[]> altered) {
    this.dir = dir;
    this.resource = resource;
    this.altered = altered;
  }

  /** The committed recording of one harness ("services", "processes", "system"...). */
  public static Recordings committed(String harness) {
    return new Recordings(null, "win32/" + harness + "/", Map.of());
  }

  /** A recording made into this directory. */
  public static Recordings at(Path dir) {
    return new Recordings(dir, null, Map.of());
  }

  /**
   * This recording with one file replaced by {@code content} (UTF-8), or removed when it is
   * null: e.g. {@code config_x.bin} removed and {@code config_x.err} "5" for a service whose
   * configuration Windows refused.
   */
  public Recordings with(String file, String content) {
    return withBytes(file, content == null ? null : content.getBytes(StandardCharsets.UTF_8));
  }

  /** This recording with one file's bytes replaced (a crafted buffer), or removed when null. */
  public Recordings withBytes(String file, byte[] content) {
    Map<String, byte[]> next = new HashMap<>(altered);
    next.put(file, content);
    return new Recordings(dir, resource, next);
  }

  /** NAME.bin as a little-endian buffer; fails when the recording has none. */
  public ByteBuffer bytes(String name) {
    return ByteBuffer.wrap(read(name + ".bin")).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** NAME.base, the address the buffer was at; fails when the recording has none. */
  public long base(String name) {
    return Long.parseUnsignedLong(content(name + ".base").trim(), 16);
  }

  /** A file's bytes (its whole name: "enum.count"), or null when the recording has none. */
  public byte[] file(String file) {
    if (altered.containsKey(file)) {
      return altered.get(file);
    }
    try {
      if (dir != null) {
        Path p = dir.resolve(file);
        return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
      }
      try (InputStream in = Recordings.class.getClassLoader()
          .getResourceAsStream(resource + file)) {
        return in == null ? null : in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the harness wrote this file (a call the implementation did not answer: no). */
  public boolean exists(String file) {
    return file(file) != null;
  }

  /** A file's text, trimmed, or null when the recording has none. */
  public String text(String file) {
    byte[] b = file(file);
    return b == null ? null : new String(b, StandardCharsets.UTF_8).trim();
  }

  /** A hexadecimal number file (its whole name: "enum.base"), or 0 when absent. */
  public long hex(String file) {
    String t = text(file);
    return t == null ? 0 : Long.parseUnsignedLong(t, 16);
  }

  /** The rows of NAME.expect.txt, header dropped, fields unescaped. */
  public List<List<String>> expect(String name) {
    List<List<String>> rows = new ArrayList<>();
    String[] lines = content(name + ".expect.txt").split("\n");
    for (int i = 1; i < lines.length; i++) {
      List<String> fields = new ArrayList<>();
      for (String f : lines[i].split("\t", -1)) {
        fields.add(unescape(f));
      }
      rows.add(fields);
    }
    return rows;
  }

  /**
   * The rows of NAME.expect.txt, each a map from the header's column names to the values
   * (unescaped); a row with another number of fields than the header fails.
   */
  public List<Map<String, String>> rows(String name) {
    String[] lines = content(name + ".expect.txt").split("\n", -1);
    String[] header = lines[0].split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      String[] cells = lines[i].split("\t", -1);
      if (cells.length != header.length) {
        throw new IllegalStateException(name + ".expect.txt line " + (i + 1) + " has "
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

  /** facts.txt (or calls.txt): first field to the rest of the line's fields, unescaped. */
  public Map<String, List<String>> facts(String file) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String line : content(file).split("\n")) {
      String[] f = line.split("\t", -1);
      List<String> rest = new ArrayList<>();
      for (int i = 1; i < f.length; i++) {
        rest.add(unescape(f[i]));
      }
      out.put(f[0], rest);
    }
    return out;
  }

  /** The lines of facts.txt that start with this key (repeated keys: "socket"). */
  public List<List<String>> factLines(String file, String key) {
    List<List<String>> out = new ArrayList<>();
    for (String line : content(file).split("\n")) {
      String[] f = line.split("\t", -1);
      if (f[0].equals(key)) {
        out.add(List.of(f).subList(1, f.length));
      }
    }
    return out;
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

  /** One field as the harnesses escape it: \t \n \r \\ and \N for null. */
  static String unescape(String s) {
    if (s.equals("\\N")) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(switch (n) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> n;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private String content(String file) {
    return new String(read(file), StandardCharsets.UTF_8);
  }

  private byte[] read(String file) {
    byte[] b = file(file);
    if (b == null) {
      throw new UncheckedIOException(new IOException("the recording "
          + (dir != null ? dir : resource) + " has no " + file));
    }
    return b;
  }
}
