package io.hostsql.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hostsql.os.files.FileDigests;
import io.hostsql.os.testing.Commands;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * osquery.hash's ssdeep column against the ssdeep tool ({@code ssdeep -s -b}) on files made to
 * reach every branch of the hash: empty, one byte, 64 KiB and one either side, random,
 * repetitive, text and all-zero content from a few bytes to a few MB, and a 1 GiB sparse file.
 */
class FileSsdeepTest {
  @TempDir
  static Path tmp;
  static Connection c;

  @BeforeAll
  static void open() throws Exception {
    c = OsConnections.openWithOsquery(io.hostsql.os.Platform.current());
  }

  @AfterAll
  static void close() throws Exception {
    c.close();
  }

  /** ssdeep's hashes of the files, by path. */
  private static Map<String, String> ssdeep(List<Path> files) {
    List<String> cmd = new ArrayList<>(List.of("ssdeep", "-s", "-c"));
    files.forEach(p -> cmd.add(p.toString()));
    Map<String, String> out = new TreeMap<>();
    String[] lines = Commands.run(cmd.toArray(new String[0])).split("\n");
    // A header line, then hash,"path" per file (-c: the full path).
    for (int i = 1; i < lines.length; i++) {
      int comma = lines[i].indexOf(",\"");
      out.put(lines[i].substring(comma + 2, lines[i].length() - 1),
          lines[i].substring(0, comma));
    }
    return out;
  }

  private Map<String, String> hashed(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    for (List<Object> r : OsConnections.rows(c, "SELECT path, ssdeep FROM osquery.hash "
        + "WHERE directory = ?", dir.toString())) {
      out.put((String) r.get(0), (String) r.get(1));
    }
    return out;
  }

  @Test
  void smallAndMediumFilesAgreeWithSsdeep() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("various"));
    Random random = new Random(18);
    List<Path> files = new ArrayList<>();
    for (int size : new int[] {0, 1, 2, 7, 8, 4096, 65535, 65536, 65537, 200_000,
        3 << 20}) {
      byte[] r = new byte[size];
      random.nextBytes(r);
      files.add(Files.write(dir.resolve("random-" + size), r));
      byte[] rep = new byte[size];
      for (int i = 0; i < size; i++) {
        rep[i] = (byte) "abcdefgh12345".charAt(i % 13);
      }
      files.add(Files.write(dir.resolve("repeated-" + size), rep));
      StringBuilder text = new StringBuilder();
      for (int i = 0; text.length() < size; i++) {
        text.append("line ").append(i % 50).append(" of text\n");
      }
      files.add(Files.write(dir.resolve("text-" + size),
          text.substring(0, size).getBytes(StandardCharsets.US_ASCII)));
      files.add(Files.write(dir.resolve("zero-" + size), new byte[size]));
    }
    // Random sizes of content mixing runs and noise: long signatures whose last piece runs
    // on (64 characters reached), and block sizes halved because the signature was short.
    for (int k = 0; k < 24; k++) {
      int size = (int) Math.pow(10, 1 + random.nextDouble() * 5.5);
      byte[] b = new byte[size];
      byte[] unit = new byte[1 + random.nextInt(4000)];
      random.nextBytes(unit);
      for (int i = 0; i < size; i++) {
        b[i] = k % 2 == 0 ? unit[i % unit.length] : (byte) "ab\0".charAt(random.nextInt(3));
      }
      files.add(Files.write(dir.resolve("mixed-" + k), b));
    }
    Map<String, String> expected = ssdeep(files);
    assertEquals(files.size(), expected.size());
    assertEquals(expected, hashed(dir));
  }

  @Test
  void aSparseGibibyteAgreesWithSsdeepAndIsReadOnceForAllDigests() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("sparse"));
    Path sparse = dir.resolve("sparse");
    try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
      f.setLength(1L << 30);
      f.seek(123_456_789);
      f.write("not all zeros".getBytes(StandardCharsets.US_ASCII));
    }
    List<String> reads = new CopyOnWriteArrayList<>();
    FileDigests.setReadListener(reads::add);
    try {
      List<List<Object>> rows = OsConnections.rows(c, "SELECT sha256, ssdeep FROM osquery.hash"
          + " WHERE path = ?", sparse.toString());
      assertEquals(List.of(List.of(Commands.run("sha256sum", sparse.toString()).split(" ")[0],
          ssdeep(List.of(sparse)).get(sparse.toString()))), rows);
      assertEquals(List.of(sparse.toString()), reads, "one pass for both digests");
    } finally {
      FileDigests.setReadListener(null);
    }
  }
}
