package io.hostsql.os.linux;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads configuration and state files as lines, bounded in size, for readers that must answer
 * what parses and report the rest: a file larger than the limit is read up to it, a binary file
 * (one with a NUL byte) is refused, invalid UTF-8 is replaced rather than failing the read.
 */
public final class TextFiles {
  /** The most any one configuration file is read to (16 MiB). */
  public static final int DEFAULT_LIMIT = 16 << 20;

  private TextFiles() {
  }

  /**
   * The file's lines, or null when it is absent; an unreadable or binary file adds a problem
   * and gives null too.
   *
   * @param file the file
   * @param limit the most bytes read; a longer file is cut at the last full line and reported
   * @param problems where problems are added
   */
  public static List<String> lines(Path file, int limit, List<String> problems) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(limit + 1);
    } catch (NoSuchFileException e) {
      return null;
    } catch (AccessDeniedException e) {
      problems.add(file + ": permission denied");
      return null;
    } catch (IOException e) {
      problems.add(file + ": cannot be read (" + e.getMessage() + ")");
      return null;
    }
    int length = bytes.length;
    if (length > limit) {
      length = limit;
      while (length > 0 && bytes[length - 1] != '\n') {
        length--;
      }
      problems.add(file + ": larger than " + limit + " bytes; only the first " + length
          + " read");
    }
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        problems.add(file + ": not a text file (a NUL byte at offset " + i + "); skipped");
        return null;
      }
    }
    String text = decode(bytes, length);
    String[] lines = text.split("\n", -1);
    // A final newline ends the last line rather than starting an empty one.
    int n = text.endsWith("\n") || text.isEmpty() ? lines.length - 1 : lines.length;
    return List.of(lines).subList(0, n);
  }

  /** The file's lines with the default limit; see {@link #lines(Path, int, List)}. */
  public static List<String> lines(Path file, List<String> problems) {
    return lines(file, DEFAULT_LIMIT, problems);
  }

  private static String decode(byte[] bytes, int length) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new AssertionError("a replacing decoder does not throw", e);
    }
  }
}
