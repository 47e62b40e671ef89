package io.hostsql.os.linux;

import io.hostsql.os.LoginRecord;
import io.hostsql.os.Logins;
import io.hostsql.os.Parsed;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Linux's login history: wtmp's utmp records. */
final class LinuxLogins implements Logins {
  /** The most of wtmp read: its newest 64 MiB (some 170,000 records). */
  static final long LIMIT = 64L << 20;

  private final Path wtmp;

  /** @param wtmp the wtmp file (normally /var/log/wtmp) */
  LinuxLogins(Path wtmp) {
    this.wtmp = wtmp;
  }

  @Override
  public Parsed<LoginRecord> history() {
    List<String> problems = new ArrayList<>();
    try (FileChannel ch = FileChannel.open(wtmp, StandardOpenOption.READ)) {
      long size = ch.size();
      long whole = size - size % Utmp.RECORD;
      long from = Math.max(0, whole - LIMIT / Utmp.RECORD * Utmp.RECORD);
      if (from > 0) {
        problems.add(wtmp + ": larger than " + LIMIT + " bytes; only its newest "
            + (whole - from) / Utmp.RECORD + " records read");
      }
      if (size != whole) {
        problems.add(wtmp + ": ends in a partial record of " + (size - whole) + " bytes");
      }
      ByteBuffer buf = ByteBuffer.allocate((int) (whole - from));
      while (buf.hasRemaining() && ch.read(buf, from + buf.position()) > 0) {
        // read until the buffer is full or the file ends
      }
      byte[] data = new byte[buf.position() - buf.position() % Utmp.RECORD];
      buf.flip();
      buf.get(data);
      return new Parsed<>(Utmp.parse(data), problems);
    } catch (NoSuchFileException e) {
      return new Parsed<>(List.of(), List.of());
    } catch (AccessDeniedException e) {
      return new Parsed<>(List.of(), List.of(wtmp + ": permission denied"));
    } catch (IOException e) {
      return new Parsed<>(List.of(), List.of(wtmp + ": cannot be read (" + e + ")"));
    }
  }
}
