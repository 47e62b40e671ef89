package io.hostsql.jdbc.schedule;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * osquery's result log: one JSON object per line, appended to {@code osqueryd.results.log}
 * (rotated to {@code .1}, {@code .2}... when it would pass its size limit, the oldest beyond
 * the count limit deleted), to stdout, or both. A write either lands whole or throws: a write
 * that fails halfway (a full disk) is cut back off the file, so a reader never sees half a
 * line and the caller can keep the results and write them again.
 */
final class ResultLog implements AutoCloseable {
  /** The result log's file name, osqueryd's. */
  static final String FILE_NAME = "osqueryd.results.log";

  private final Path file;
  private final PrintStream stdout;
  private final long rotateSize;
  private final int rotateCount;
  private final StatusLog status;
  private FileChannel channel;

  /**
   * @param dir the log directory, null for stdout only
   * @param stdout where lines also go, null for the file only
   */
  ResultLog(Path dir, PrintStream stdout, long rotateSize, int rotateCount, StatusLog status) {
    this.file = dir == null ? null : dir.resolve(FILE_NAME);
    this.stdout = stdout;
    this.rotateSize = rotateSize;
    this.rotateCount = rotateCount;
    this.status = status;
  }

  Path file() {
    return file;
  }

  synchronized void write(List<String> lines) throws IOException {
    if (lines.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append('\n');
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (file != null) {
      writeFile(bytes);
    }
    if (stdout != null) {
      stdout.write(bytes, 0, bytes.length);
      stdout.flush();
      if (stdout.checkError()) {
        throw new IOException("cannot write the results to stdout");
      }
    }
  }

  private void writeFile(byte[] bytes) throws IOException {
    FileChannel out = channel();
    long before = out.size();
    if (before > 0 && before + bytes.length > rotateSize) {
      rotate();
      out = channel();
      before = out.size();
    }
    try {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
    } catch (IOException e) {
      try {
        out.truncate(before);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * The open file, opened again when it was removed or renamed under us (a log directory that
   * disappeared is created again and said so): writing on to an unlinked file would lose every
   * line silently.
   */
  private FileChannel channel() throws IOException {
    if (channel != null && Files.exists(file)) {
      return channel;
    }
    closeChannel();
    Path dir = file.getParent();
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      status.warning("the log directory " + dir + " was missing; created it again");
    }
    channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
    return channel;
  }

  private void rotate() throws IOException {
    closeChannel();
    Files.deleteIfExists(numbered(rotateCount));
    for (int i = rotateCount - 1; i >= 1; i--) {
      try {
        Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
      } catch (NoSuchFileException e) {
        // Fewer rotated files than the limit yet.
      }
    }
    if (rotateCount > 0) {
      Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
    } else {
      Files.delete(file);
    }
  }

  private Path numbered(int i) {
    return file.resolveSibling(FILE_NAME + "." + i);
  }

  private void closeChannel() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Nothing was buffered: FileChannel writes go straight to the kernel.
      }
      channel = null;
    }
  }

  @Override
  public synchronized void close() {
    closeChannel();
  }
}
