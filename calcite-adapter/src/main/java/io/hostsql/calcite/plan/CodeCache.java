package io.hostsql.calcite.plan;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Class files compiled at run time, kept in a directory between runs so that the next process
 * loads them instead of compiling them again. A one-shot query otherwise spends a tenth of its
 * time in Janino compiling the same metadata handlers every run.
 *
 * <p>An entry is named by the SHA-256 of the source it was compiled from and of the identity
 * (path, size, modification time) of every jar or directory that source's classes come from:
 * a rebuilt jar, a new Calcite or a changed generator gives a new name, so a class compiled
 * against other code is never loaded. Entries are only read from and written to a directory
 * that belongs to the current user (or root) and that no one else may write, and each entry
 * file must be the same, so no other user can plant code in the process. Anything unreadable,
 * corrupt or refused makes the caller compile, as it would without a cache.
 *
 * <p>Off unless the system property {@value #PROPERTY} names the directory: the
 * {@code hostsql} launcher sets it for one-shot queries; an application embedding the driver
 * writes nothing to disk.
 */
final class CodeCache {
  /** The system property naming the cache directory. */
  static final String PROPERTY = "hostsql.codeCache";

  /** Larger files are not read: an entry is a few class files. */
  private static final long MAX_ENTRY_BYTES = 16L << 20;

  private final Path dir;
  private final String suffix;

  private CodeCache(Path dir, String suffix) {
    this.dir = dir;
    this.suffix = suffix;
  }

  /** The cache the system property names, if it is set. */
  static Optional<CodeCache> configured() {
    String dir = System.getProperty(PROPERTY);
    return dir == null || dir.isBlank() ? Optional.empty()
        : Optional.of(new CodeCache(Path.of(dir), ".class"));
  }

  /** A cache in {@code dir} (created on first store). */
  static CodeCache in(Path dir) {
    return new CodeCache(dir, ".class");
  }

  /** A cache in {@code dir} whose entries' file names end in {@code suffix}. */
  static CodeCache in(Path dir, String suffix) {
    return new CodeCache(dir, suffix);
  }

  /**
   * The key of a class compiled from {@code source} that refers to the classes {@code uses}:
   * empty when one of them comes from somewhere that has no stable identity.
   */
  static Optional<String> key(String source, Class<?>... uses) {
    Set<String> origins = new TreeSet<>();
    for (Class<?> c : uses) {
      Optional<String> origin = origin(c);
      if (origin.isEmpty()) {
        return Optional.empty();
      }
      origins.add(origin.get());
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String o : origins) {
        sha.update(o.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      sha.update(source.getBytes(StandardCharsets.UTF_8));
      return Optional.of(HexFormat.of().formatHex(sha.digest()));
    } catch (NoSuchAlgorithmException e) {
      return Optional.empty();
    }
  }

  /** Where a class was loaded from, with the size and time of that file: "" for the JDK's. */
  private static Optional<String> origin(Class<?> c) {
    if (c.getClassLoader() == null) {
      return Optional.of(""); // the JDK's own: its version is part of the running process
    }
    CodeSource source = c.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      Path p = Path.of(source.getLocation().toURI());
      if (!Files.isRegularFile(p)) {
        // A directory of classes (a build tree) changes file by file: no single identity.
        return Optional.empty();
      }
      // A builder, not +: on Java 17 each new shape of string concatenation spins classes
      // (about 10 ms on a one-shot run's main thread).
      return Optional.of(new StringBuilder(p.toString()).append('\0').append(Files.size(p))
          .append('\0').append(Files.getLastModifiedTime(p).toMillis()).toString());
    } catch (URISyntaxException | IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The class file stored under {@code key}, if there is a trustworthy one. */
  Optional<byte[]> load(String key) {
    Path file = dir.resolve(key + suffix);
    try {
      if (!trusted(dir) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          || !trusted(file) || Files.size(file) > MAX_ENTRY_BYTES) {
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** Stores {@code bytes} under {@code key}; a cache that cannot be written is left as it is. */
  void store(String key, byte[] bytes) {
    Path tmp = null;
    try {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
            java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
      }
      if (!trusted(dir)) {
        return;
      }
      // Written aside and renamed: a reader sees a whole file or none.
      tmp = Files.createTempFile(dir, key, ".tmp");
      Files.write(tmp, bytes);
      Files.move(tmp, dir.resolve(key + suffix), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // A cache is an optimisation: a read-only or foreign directory only costs a compile.
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // Left behind in the cache directory, where it is never read.
        }
      }
    }
  }

  /** Removes the entry under {@code key} (a class file the JVM refused). */
  void forget(String key) {
    try {
      Files.deleteIfExists(dir.resolve(key + suffix));
    } catch (IOException | SecurityException e) {
      // Not removable: it is refused again next time, and compiled again.
    }
  }

  /**
   * Whether {@code path} belongs to this process's user or to root and no other user may
   * write it. /proc/self belongs to the process's effective user.
   */
  private static boolean trusted(Path path) throws IOException {
    int owner = (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    int self = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    return (owner == self || owner == 0) && (mode & 0022) == 0;
  }
}
