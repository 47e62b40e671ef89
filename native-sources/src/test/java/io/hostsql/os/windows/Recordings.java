package io.hostsql.os.windows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A directory one Win32 harness recorded into (src/test/win32): its raw buffers, their base
 * addresses, and the expect files, the harness's own reading of the same buffers through the
 * SDK's structs (tab-separated, a header line first, \t \n \\ escaped, \N for null).
 */
final class Recordings {
  private final Path dir;

  private Recordings(Path dir) {
    this.dir = dir;
  }

  /** The committed recording of one harness ("processes", "connections", "system"). */
  static Recordings committed(String harness) {
    return new Recordings(Path.of("src/test/resources/win32", harness));
  }

  static Recordings at(Path dir) {
    return new Recordings(dir);
  }

  ByteBuffer bytes(String name) {
    return ByteBuffer.wrap(read(name + ".bin")).order(ByteOrder.LITTLE_ENDIAN);
  }

  long base(String name) {
    return Long.parseUnsignedLong(text(name + ".base").trim(), 16);
  }

  /** The rows of NAME.expect.txt, header dropped, fields unescaped. */
  List<List<String>> expect(String name) {
    List<List<String>> rows = new ArrayList<>();
    String[] lines = text(name + ".expect.txt").split("\n");
    for (int i = 1; i < lines.length; i++) {
      List<String> fields = new ArrayList<>();
      for (String f : lines[i].split("\t", -1)) {
        fields.add(unescape(f));
      }
      rows.add(fields);
    }
    return rows;
  }

  /** facts.txt (or calls.txt): first field to the rest of the line's fields, unescaped. */
  Map<String, List<String>> facts(String file) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String line : text(file).split("\n")) {
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
  List<List<String>> factLines(String file, String key) {
    List<List<String>> out = new ArrayList<>();
    for (String line : text(file).split("\n")) {
      String[] f = line.split("\t", -1);
      if (f[0].equals(key)) {
        out.add(List.of(f).subList(1, f.length));
      }
    }
    return out;
  }

  /** Whether the harness wrote this file (a call the implementation did not answer: no). */
  boolean exists(String file) {
    return Files.exists(dir.resolve(file));
  }

  private String text(String file) {
    return new String(read(file), StandardCharsets.UTF_8);
  }

  private byte[] read(String file) {
    try {
      return Files.readAllBytes(dir.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String unescape(String s) {
    if (s.equals("\\N")) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
