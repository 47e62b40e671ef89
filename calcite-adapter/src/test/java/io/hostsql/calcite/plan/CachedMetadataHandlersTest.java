package io.hostsql.calcite.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.Metadata;
import org.apache.calcite.rel.metadata.MetadataDef;
import org.apache.calcite.rel.metadata.MetadataHandler;
import org.apache.calcite.rel.metadata.RelMetadataProvider;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.metadata.UnboundMetadata;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.tools.Frameworks;
import org.apache.calcite.tools.RelBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calcite's metadata handlers compiled once and read back from a {@link CodeCache} answer as
 * Calcite's own Janino handlers do; a corrupt entry is compiled again, and a directory or
 * entry someone else could have written is not used.
 */
class CachedMetadataHandlersTest {
  @TempDir
  Path dir;

  /** A filter over an aggregate over values: row count, selectivity and predicates. */
  private static RelNode rel() {
    RelBuilder b = RelBuilder.create(Frameworks.newConfigBuilder().build());
    return b.values(new String[] {"k", "v"}, 1, 10, 1, 20, 2, 30, 3, 40)
        .aggregate(b.groupKey("k"), b.sum(b.field("v")).as("s"))
        .filter(b.call(SqlStdOperatorTable.GREATER_THAN, b.field("s"), b.literal(15)))
        .build();
  }

  /** The answers a metadata query gives for {@code rel}: what a planner asks of it. */
  private static List<Object> answers(RelMetadataQuery mq, RelNode rel) {
    return List.of(String.valueOf(mq.getRowCount(rel)),
        String.valueOf(mq.getCumulativeCost(rel)),
        String.valueOf(mq.getPulledUpPredicates(rel)),
        String.valueOf(mq.getUniqueKeys(rel.getInput(0))),
        String.valueOf(mq.collations(rel)));
  }

  /** A provider equal to no other, so each test run makes its handlers afresh. */
  private static RelMetadataProvider fresh() {
    RelMetadataProvider calcite = DefaultRelMetadataProvider.INSTANCE;
    return new RelMetadataProvider() {
      @Deprecated
      @Override
      public <M extends Metadata> UnboundMetadata<M> apply(Class<? extends RelNode> relClass,
          Class<? extends M> metadataClass) {
        return calcite.apply(relClass, metadataClass);
      }

      @Deprecated
      @Override
      public <M extends Metadata> com.google.common.collect.Multimap<Method, MetadataHandler<M>>
          handlers(MetadataDef<M> def) {
        return calcite.handlers(def);
      }

      @Override
      public List<MetadataHandler<?>> handlers(Class<? extends MetadataHandler<?>> handler) {
        return calcite.handlers(handler);
      }
    };
  }

  private List<Object> cached(RelNode rel) {
    return answers(new RelMetadataQuery(new CachedMetadataHandlers(fresh(), CodeCache.in(dir))),
        rel);
  }

  /** Each stored entry's file identity (inode), by name: a new compile replaces the file. */
  private Map<String, Object> entries() throws IOException {
    Map<String, Object> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        out.put(p.getFileName().toString(),
            Files.readAttributes(p, BasicFileAttributes.class).fileKey());
      }
    }
    return out;
  }

  @Test
  void handlersReadBackAnswerAsCalcites() throws IOException {
    RelNode rel = rel();
    List<Object> calcite = answers(RelMetadataQuery.instance(), rel);
    assertEquals(calcite, cached(rel), "compiled and stored");
    Map<String, Object> stored = entries();
    assertTrue(stored.size() >= 3, "one class per kind of metadata asked: " + stored.keySet());
    stored.keySet().forEach(n -> assertTrue(n.matches("[0-9a-f]{64}\\.class"), n));
    assertEquals(calcite, cached(rel), "read back");
    assertEquals(stored, entries(), "read back, not compiled and stored again");
  }

  @Test
  void corruptEntryIsCompiledAgain() throws IOException {
    RelNode rel = rel();
    List<Object> calcite = answers(RelMetadataQuery.instance(), rel);
    cached(rel);
    Map<String, Object> stored = entries();
    for (String name : stored.keySet()) {
      Files.write(dir.resolve(name), new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2, 3});
    }
    assertEquals(calcite, cached(rel));
    assertEquals(stored.keySet(), entries().keySet());
    for (String name : stored.keySet()) {
      byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(dir.resolve(name)), 4);
      assertArrayEquals(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, head,
          name + " compiled again");
      assertTrue(Files.size(dir.resolve(name)) > 100, name);
    }
  }

  @Test
  void directoryOthersCanWriteIsNotUsed() throws IOException {
    RelNode rel = rel();
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    assertEquals(answers(RelMetadataQuery.instance(), rel), cached(rel));
    assertEquals(Map.of(), entries(), "nothing stored in a world-writable directory");
  }

  @Test
  void entryOthersCanWriteIsNotRead() throws IOException {
    CodeCache cache = CodeCache.in(dir);
    cache.store("k", new byte[] {1, 2, 3});
    assertArrayEquals(new byte[] {1, 2, 3}, cache.load("k").orElseThrow());
    Files.setPosixFilePermissions(dir.resolve("k.class"),
        PosixFilePermissions.fromString("rw-rw-rw-"));
    assertTrue(cache.load("k").isEmpty(), "group and others may write it");
  }

  @Test
  void entryOfAnotherUserIsNotRead() throws IOException, InterruptedException {
    io.hostsql.os.testing.Privileges.assumeRoot("chown gives a file to another user");
    CodeCache cache = CodeCache.in(dir);
    cache.store("k", new byte[] {1, 2, 3});
    Process chown = new ProcessBuilder("chown", "65534", dir.resolve("k.class").toString())
        .inheritIO().start();
    assertEquals(0, chown.waitFor());
    assertTrue(cache.load("k").isEmpty(), "owned by uid 65534");
  }

  /** A key changes with the jar its classes come from, and there is none for a directory. */
  @Test
  void keyFollowsTheJar() throws Exception {
    Path jar = dir.resolve("marker.jar");
    String entry = Marker.class.getName().replace('.', '/') + ".class";
    try (InputStream in = Marker.class.getClassLoader().getResourceAsStream(entry);
         OutputStream out = Files.newOutputStream(jar);
         JarOutputStream j = new JarOutputStream(out)) {
      j.putNextEntry(new JarEntry(entry));
      in.transferTo(j);
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      Class<?> fromJar = loader.loadClass(Marker.class.getName());
      String key = CodeCache.key("source", fromJar).orElseThrow();
      assertEquals(key, CodeCache.key("source", fromJar).orElseThrow());
      assertNotEquals(key, CodeCache.key("other source", fromJar).orElseThrow());
      Files.setLastModifiedTime(jar, FileTime.fromMillis(
          Files.getLastModifiedTime(jar).toMillis() - 60_000));
      assertNotEquals(key, CodeCache.key("source", fromJar).orElseThrow(), "jar rebuilt");
    }
    // The test classes come from a directory of class files: no identity, no caching.
    assertFalse(CodeCache.key("source", Marker.class).isPresent());
  }

  /** A class to put in a jar. */
  static final class Marker {
  }
}
