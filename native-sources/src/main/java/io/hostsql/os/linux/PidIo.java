package io.hostsql.os.linux;

import io.hostsql.os.IoCounters;
import java.nio.charset.StandardCharsets;

/** Parser for /proc/PID/io. */
public final class PidIo {
  private PidIo() {
  }

  /**
   * Reads the "key: value" lines; odd or blank lines are skipped (psutil gh-1004).
   *
   * @throws IllegalStateException when the file is empty (psutil raises RuntimeError)
   */
  public static IoCounters parse(byte[] content) {
    long syscr = 0;
    long syscw = 0;
    long readBytes = 0;
    long writeBytes = 0;
    long rchar = 0;
    long wchar = 0;
    boolean any = false;
    for (String line : new String(content, StandardCharsets.US_ASCII).split("\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      long v;
      try {
        v = Long.parseLong(line.substring(colon + 1).trim());
      } catch (NumberFormatException e) {
        continue;
      }
      any = true;
      switch (line.substring(0, colon)) {
        case "syscr" -> syscr = v;
        case "syscw" -> syscw = v;
        case "read_bytes" -> readBytes = v;
        case "write_bytes" -> writeBytes = v;
        case "rchar" -> rchar = v;
        case "wchar" -> wchar = v;
        default -> {
        }
      }
    }
    if (!any) {
      throw new IllegalStateException("/proc/PID/io is empty");
    }
    return new IoCounters(syscr, syscw, readBytes, writeBytes, rchar, wchar);
  }
}
