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
 * them in RocksDB. A query's entry is a base file ({@code NAME.results}), written to a
 * temporary name, synced and renamed over the old one (a crash leaves the old base or the new
 * one, never half of either), and a journal ({@code NAME.changes}) of the rows added and
 * removed by each later run, appended and synced: a run that changed 100 rows of 10,000 writes
 * those 100, not the whole result. When the journal grows past the base, the next run writes a
 * new base and drops the journal, so the store stays within about twice the result's size.
 * RocksDB would do the same (a log, compacted) but adds a 29 MB native library to hostsql.jar.
 *
 * <p>The base and every journal record end with a CRC-32 of their content: a damaged base is
 * detected instead of being diffed against; a journal record that is torn or damaged (a crash
 * during an append) ends the replay there, so the query continues from the last record that
 * was whole and its next run reports the changes of the lost record again. A journal belongs
 * to one base (it names the base's random id), so a journal left behind by a crash during
 * compaction is never replayed on the wrong base.
 *
 * <p>A lock file keeps a second scheduler from sharing the directory.
 */
final class ResultStore implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FOOTER = "crc32 ";
  private static final String JOURNAL_HEAD = "base ";
  private static final String RECORD_HEAD = "change ";
  /** Below this size a journal is kept even when the base is smaller (tiny results). */
  private static final long MIN_JOURNAL_BYTES = 64 * 1024;
  private static final java.security.SecureRandom IDS = new java.security.SecureRandom();

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  /** Per query, what the files on disk hold; absent: the next save writes a base. */
  private final java.util.Map<String, Entry> entries =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A query's files as last read or written: what an appended record extends. */
  private record Entry(String id, String sql, long epoch, long baseBytes, long journalBytes) {
  }

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

  /** The entry of the query, null when it has none; a damaged base is a StoreException. */
  StoredResult load(String name) {
    entries.remove(name);
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
    JsonNode header;
    try {
      header = JSON.readTree(lines[0]);
    } catch (IOException e) {
      throw new StoreException(file + " is damaged: " + describe(e), e);
    }
    if (!name.equals(header.path("name").asText())) {
      throw new StoreException(file + " holds another query's results ("
          + header.path("name").asText() + ")", null);
    }
    List<String> rows = new ArrayList<>(lines.length - 1);
    for (int i = 1; i < lines.length; i++) {
      rows.add(lines[i]);
    }
    String sql = header.path("sql").asText();
    long epoch = header.path("epoch").asLong();
    String id = header.path("id").asText("");
    long counter = header.path("counter").asLong();
    if (id.isEmpty()) {
      // Written before bases had ids: the next save writes one.
      return new StoredResult(sql, epoch, counter, rows);
    }
    Replay replay = replay(journalOf(name), id, counter, rows);
    if (replay == null) {
      entries.put(name, new Entry(id, sql, epoch, bytes.length, 0));
      return new StoredResult(sql, epoch, counter, rows);
    }
    if (replay.whole()) {
      entries.put(name, new Entry(id, sql, epoch, bytes.length, replay.bytes()));
    }
    return new StoredResult(sql, epoch, replay.counter(), replay.rows());
  }

  /**
   * The base's rows with the journal's records applied, up to the first record that is not
   * whole; null when there is no journal of this base.
   */
  private static Replay replay(Path journal, String id, long counter, List<String> base) {
    String text;
    try {
      text = Files.readString(journal, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      // Unreadable: the base alone is an older state; the next run reports the difference.
      return new Replay(base, counter, 0, false);
    }
    String first = JOURNAL_HEAD + id + "\n";
    if (!text.startsWith(first)) {
      return null;
    }
    // Net count per row over all records: a row removed then added again is unchanged.
    java.util.Map<String, int[]> net = new java.util.HashMap<>();
    List<String> addedOrder = new ArrayList<>();
    long last = counter;
    int at = first.length();
    boolean whole = true;
    while (at < text.length()) {
      int end = recordEnd(text, at, last);
      if (end < 0) {
        whole = false;
        break;
      }
      int lineEnd = text.indexOf('\n', at);
      String[] head = text.substring(at + RECORD_HEAD.length(), lineEnd).split(" ");
      last = Long.parseLong(head[0]);
      int pos = lineEnd + 1;
      int count = Integer.parseInt(head[1]) + Integer.parseInt(head[2]);
      for (int i = 0; i < count; i++) {
        int next = text.indexOf('\n', pos);
        String row = text.substring(pos + 1, next);
        if (text.charAt(pos) == '+') {
          net.computeIfAbsent(row, r -> new int[1])[0]++;
          addedOrder.add(row);
        } else {
          net.computeIfAbsent(row, r -> new int[1])[0]--;
        }
        pos = next + 1;
      }
      at = end;
    }
    List<String> rows = new ArrayList<>(base.size() + addedOrder.size());
    for (String row : base) {
      int[] n = net.get(row);
      if (n != null && n[0] < 0) {
        n[0]++;
      } else {
        rows.add(row);
      }
    }
    for (String row : addedOrder) {
      int[] n = net.get(row);
      if (n[0] > 0) {
        n[0]--;
        rows.add(row);
      }
    }
    // Whole: every record read to the end, so the journal's length in bytes is where the
    // next record goes (not the char index: rows may hold characters of several bytes).
    return new Replay(rows, last, whole ? text.getBytes(StandardCharsets.UTF_8).length : 0,
        whole);
  }

  /**
   * Where the record at {@code at} ends (after its checksum line), or -1 when it is torn,
   * damaged or does not follow run {@code counter}.
   */
  private static int recordEnd(String text, int at, long counter) {
    int lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0 || !text.startsWith(RECORD_HEAD, at)) {
      return -1;
    }
    String[] head = text.substring(at + RECORD_HEAD.length(), lineEnd).split(" ");
    long[] numbers = new long[3];
    try {
      for (int i = 0; i < 3; i++) {
        numbers[i] = Long.parseLong(head[i]);
      }
    } catch (RuntimeException e) {
      return -1;
    }
    if (head.length != 3 || numbers[0] <= counter || numbers[1] < 0 || numbers[2] < 0) {
      return -1;
    }
    int pos = lineEnd + 1;
    for (long i = 0; i < numbers[1] + numbers[2]; i++) {
      int next = text.indexOf('\n', pos);
      char sign = i < numbers[1] ? '+' : '-';
      if (next < 0 || pos >= text.length() || text.charAt(pos) != sign) {
        return -1;
      }
      pos = next + 1;
    }
    int footerEnd = text.indexOf('\n', pos);
    if (footerEnd < 0 || !text.startsWith(FOOTER, pos)
        || !text.substring(pos + FOOTER.length(), footerEnd).equals(crc(text.substring(at, pos)))) {
      return -1;
    }
    return footerEnd + 1;
  }

  /** A journal's replay: the rows, the last run's counter, its bytes when read whole. */
  private record Replay(List<String> rows, long counter, long bytes, boolean whole) {
  }

  /** Replaces the query's entry with a new base; on failure the previous entry is left. */
  void save(String name, StoredResult result) {
    save(name, result, null);
  }

  /**
   * Records the query's latest run. With {@code change} (what this run added and removed
   * against the result this store last loaded or saved for it, same text and epoch) the change
   * is appended to the journal; otherwise, or when the journal has grown past the base, a new
   * base is written. Either way, on failure the entry on disk is a whole earlier state and the
   * next save writes a base.
   */
  void save(String name, StoredResult result, Differential change) {
    Entry entry = entries.remove(name);
    if (change != null && entry != null && entry.sql().equals(result.sql())
        && entry.epoch() == result.epoch()) {
      byte[] record = record(result.counter(), change);
      if (entry.journalBytes() + record.length <= Math.max(entry.baseBytes(),
          MIN_JOURNAL_BYTES)) {
        append(name, entry, record);
        return;
      }
    }
    writeBase(name, result);
  }

  private static byte[] record(long counter, Differential change) {
    StringBuilder b = new StringBuilder(64 + 128 * (change.added().size()
        + change.removed().size()));
    b.append(RECORD_HEAD).append(counter).append(' ').append(change.added().size())
        .append(' ').append(change.removed().size()).append('\n');
    for (String row : change.added()) {
      b.append('+').append(row).append('\n');
    }
    for (String row : change.removed()) {
      b.append('-').append(row).append('\n');
    }
    String body = b.toString();
    return (body + FOOTER + crc(body) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private void append(String name, Entry entry, byte[] record) {
    Path journal = journalOf(name);
    boolean created = entry.journalBytes() == 0;
    byte[] head = created ? (JOURNAL_HEAD + entry.id() + "\n").getBytes(StandardCharsets.UTF_8)
        : new byte[0];
    try {
      try (FileChannel out = created
          ? FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING)
          : FileChannel.open(journal, StandardOpenOption.WRITE)) {
        // Written at the length this store knows, not appended: a torn record left by a
        // failed write is overwritten instead of hiding every record after it.
        long at = created ? 0 : entry.journalBytes();
        if (!created && out.size() < at) {
          throw new IOException("the journal " + journal + " is shorter than written");
        }
        ByteBuffer[] buffers = {ByteBuffer.wrap(head), ByteBuffer.wrap(record)};
        out.position(at);
        while (buffers[1].hasRemaining()) {
          out.write(buffers);
        }
        out.truncate(at + head.length + record.length);
        out.force(false);
      }
      if (created) {
        syncDirectory();
      }
    } catch (IOException e) {
      throw new StoreException("cannot save the results of " + name + " in " + dir + ": "
          + describe(e), e);
    }
    entries.put(name, new Entry(entry.id(), entry.sql(), entry.epoch(), entry.baseBytes(),
        entry.journalBytes() + head.length + record.length));
  }

  private void writeBase(String name, StoredResult result) {
    String id = Long.toHexString(IDS.nextLong());
    ObjectNode header = JSON.createObjectNode();
    header.put("name", name);
    header.put("sql", result.sql());
    header.put("epoch", result.epoch());
    header.put("counter", result.counter());
    header.put("rows", result.rows().size());
    header.put("id", id);
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
      syncDirectory();
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StoreException("cannot save the results of " + name + " in " + dir + ": "
          + describe(e), e);
    }
    try {
      // The old journal names the old base's id: harmless if left, removed to free the space.
      Files.deleteIfExists(journalOf(name));
    } catch (IOException e) {
      // Never replayed on the new base; the next base write tries again.
    }
    entries.put(name, new Entry(id, result.sql(), result.epoch(),
        content.length + footer.length, 0));
  }

  private void syncDirectory() throws IOException {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    }
  }

  Path journalOf(String name) {
    Path base = fileOf(name);
    String file = base.getFileName().toString();
    return base.resolveSibling(file.substring(0, file.length() - ".results".length())
        + ".changes");
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
