package io.hostsql.jdbc.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells JNA where the C library is, before anything loads it. Left to itself, JNA fills its
 * platform search path by running {@code /sbin/ldconfig -p} and reading its output, on every
 * start of every process: a fork and an exec that a one-shot query pays each time. hostsql
 * loads nothing but libc through JNA, so the directory of the libc this process already has
 * mapped is the whole path it needs. Set for the command's own process only: the driver,
 * embedded in an application whose other JNA libraries may need JNA's full search, does not.
 */
final class NativeSearchPath {
  /** JNA's property; JNA runs ldconfig only when it is unset. */
  static final String PROPERTY = "jna.platform.library.path";

  private NativeSearchPath() {
  }

  /** Sets {@link #PROPERTY} to libc's directory unless it is set or libc is not found. */
  static void set() {
    if (System.getProperty(PROPERTY) != null) {
      return;
    }
    try (BufferedReader maps = Files.newBufferedReader(Path.of("/proc/self/maps"),
        StandardCharsets.UTF_8)) {
      for (String line = maps.readLine(); line != null; line = maps.readLine()) {
        int slash = line.indexOf('/');
        if (slash < 0 || line.endsWith(" (deleted)")) {
          continue;
        }
        Path file = Path.of(line.substring(slash));
        String name = String.valueOf(file.getFileName());
        if (isLibc(name) && file.getParent() != null) {
          System.setProperty(PROPERTY, file.getParent().toString());
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // JNA searches as it always does.
    }
  }

  /**
   * Whether a file name is glibc's C library: libc.so.6 (glibc 2.34 on), libc-2.31.so before.
   * Plain character checks: a regular expression would be compiled on every start for this.
   */
  static boolean isLibc(String name) {
    if (name.startsWith("libc.so.")) {
      return true;
    }
    if (!name.startsWith("libc-") || !name.endsWith(".so")) {
      return false;
    }
    String version = name.substring("libc-".length(), name.length() - ".so".length());
    if (version.isEmpty()) {
      return false;
    }
    for (int i = 0; i < version.length(); i++) {
      char c = version.charAt(i);
      if (c != '.' && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
