package io.hostsql.os.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file name as the kernel has it (bytes, which need not be UTF-8) and as SQL shows it (the
 * bytes decoded as UTF-8, a malformed byte becoming U+FFFD). Walks keep the bytes, so a file
 * whose name is not UTF-8 is still stat'ed and read; only its text is approximate.
 */
public final class PathName implements Comparable<PathName> {
  private final byte[] bytes;
  private final String text;

  private PathName(byte[] bytes, String text) {
    this.bytes = bytes;
    this.text = text;
  }

  /** A name typed by a user (a constraint's literal). */
  public static PathName of(String text) {
    return new PathName(text.getBytes(StandardCharsets.UTF_8), text);
  }

  /** A name as the kernel gave it. */
  public static PathName ofBytes(byte[] bytes) {
    return new PathName(bytes, new String(bytes, StandardCharsets.UTF_8));
  }

  /** This directory's entry {@code name}, joined with one '/' as boost's operator/ does. */
  public PathName child(byte[] name) {
    boolean slash = bytes.length > 0 && bytes[bytes.length - 1] == '/';
    byte[] out = Arrays.copyOf(bytes, bytes.length + (slash ? 0 : 1) + name.length);
    if (!slash) {
      out[bytes.length] = '/';
    }
    System.arraycopy(name, 0, out, out.length - name.length, name.length);
    return ofBytes(out);
  }

  /** This name with a '/' appended (glob's GLOB_MARK on a directory). */
  public PathName marked() {
    byte[] out = Arrays.copyOf(bytes, bytes.length + 1);
    out[bytes.length] = '/';
    return new PathName(out, text + "/");
  }

  /** The bytes followed by a NUL, for a system call. */
  public byte[] cString() {
    return Arrays.copyOf(bytes, bytes.length + 1);
  }

  /** The text SQL shows. */
  public String text() {
    return text;
  }

  @Override
  public int compareTo(PathName o) {
    // std::set<std::string> order: bytes, unsigned.
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PathName p && Arrays.equals(bytes, p.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return text;
  }
}
