package io.hostsql.jdbc.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The previous results of each query, one file per query in a directory, where osqueryd keeps
 * them in RocksDB. A query's entry is replaced whole at each run that changed it, so a file per
 * query written to a temporary name, synced and renamed over the old one gives the same
 * guarantee (a crash leaves the old entry or the new one, never half of either) without a
 * 29 MB native library in hostsql.jar. Each entry ends with a CRC-32 of its content so that a
 * damaged file is detected instead of being diffed against.
 *
 * <p>A lock file keeps a second scheduler from sharing the directory.
 */
final class ResultStore implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FOOTER = "crc32 ";

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private ResultStore(Path dir, FileChannel lockChannel, FileLock lock) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  static ResultStore open(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create the result store " + dir + ": " + describe(e), e);
    }
    if (!Files.isDirectory(dir)) {
      throw new StoreException("the result store " + dir + " is not a directory", null);
    }
    FileChannel channel;
    try {
      channel = FileChannel.open(dir.resolve("LOCK"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new StoreException("cannot open the result store " + dir + ": " + describe(e), e);
    }
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw new StoreException("the result store " + dir
            + " is in use by another hostsql schedule", null);
      }
      return new ResultStore(dir, channel, lock);
    } catch (java.nio.channels.OverlappingFileLockException e) {
      try {
        channel.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StoreException("the result store " + dir
          + " is in use by another schedule of this process", e);
    } catch (IOException e) {
      try {
        channel.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StoreException("cannot lock the result store " + dir + ": " + describe(e), e);
    }
  }

  Path directory() {
    return dir;
  }

  /** The entry of the query, null when it has none; a damaged entry is a StoreException. */
  StoredResult load(String name) {
    Path file = fileOf(name);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new StoreException("cannot read " + file + ": " + describe(e), e);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    int footer = text.lastIndexOf("\n" + FOOTER);
    if (footer < 0) {
      throw new StoreException(file + " is damaged: it has no checksum line", null);
    }
    String body = text.substring(0, footer + 1);
    String expected = text.substring(footer + 1 + FOOTER.length()).strip();
    if (!expected.equals(crc(body))) {
      throw new StoreException(file + " is damaged: its checksum does not match", null);
    }
    String[] lines = body.split("\n");
    try {
      JsonNode header = JSON.readTree(lines[0]);
      if (!name.equals(header.path("name").asText())) {
        throw new StoreException(file + " holds another query's results ("
            + header.path("name").asText() + ")", null);
      }
      List<String> rows = new ArrayList<>(lines.length - 1);
      for (int i = 1; i < lines.length; i++) {
        rows.add(lines[i]);
      }
      return new StoredResult(header.path("sql").asText(), header.path("epoch").asLong(),
          header.path("counter").asLong(), rows);
    } catch (IOException e) {
      throw new StoreException(file + " is damaged: " + describe(e), e);
    }
  }

  /** Replaces the query's entry; on failure the previous entry is left as it was. */
  void save(String name, StoredResult result) {
    ObjectNode header = JSON.createObjectNode();
    header.put("name", name);
    header.put("sql", result.sql());
    header.put("epoch", result.epoch());
    header.put("counter", result.counter());
    header.put("rows", result.rows().size());
    StringBuilder body = new StringBuilder(64 + result.rows().size() * 128);
    try {
      body.append(JSON.writeValueAsString(header)).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String row : result.rows()) {
      body.append(row).append('\n');
    }
    // Encoded once: the checksum and the write use the same bytes.
    byte[] content = body.toString().getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(content);
    byte[] footer = (FOOTER + Long.toHexString(crc.getValue()) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    Path file = fileOf(name);
    Path temp = dir.resolve(file.getFileName() + ".tmp");
    try {
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer[] buffers = {ByteBuffer.wrap(content), ByteBuffer.wrap(footer)};
        while (buffers[1].hasRemaining()) {
          out.write(buffers);
        }
        out.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      // The rename itself is durable only once the directory is synced.
      try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
        d.force(true);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StoreException("cannot save the results of " + name + " in " + dir + ": "
          + describe(e), e);
    }
  }

  /** The file of a query: its name with anything but letters, digits, '.', '-', '_' escaped. */
  Path fileOf(String name) {
    StringBuilder safe = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
        safe.append(c);
      } else {
        safe.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return dir.resolve(safe + ".results");
  }

  private static String crc(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(crc.getValue());
  }

  static String describe(IOException e) {
    String what = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? what
        : e instanceof java.nio.file.FileSystemException f && f.getReason() != null
            ? f.getReason() + " (" + f.getFile() + ")" : e.getMessage();
  }

  @Override
  public void close() {
    try {
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      // The lock goes with the process anyway.
    }
  }
}
