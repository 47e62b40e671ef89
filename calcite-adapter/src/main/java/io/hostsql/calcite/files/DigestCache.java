package io.hostsql.calcite.files;

import io.hostsql.os.files.Digest;
import io.hostsql.os.files.FileDigests;
import io.hostsql.os.files.FileStat;
import io.hostsql.os.files.PathName;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A connection's digests, kept per (path, inode, size, mtime): a file whose content has not
 * changed by those is not read again, and a digest not yet computed for it is computed alone.
 * Holds at most {@link #CAPACITY} files, dropping the least recently used.
 */
final class DigestCache {
  static final int CAPACITY = 4096;

  private record Key(PathName path, long inode, long size, long mtime, int mtimeNanos) {
  }

  private final Map<Key, Map<Digest, String>> cache = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Map<Digest, String>> eldest) {
      return size() > CAPACITY;
    }
  };

  /**
   * The wanted digests of the file, or null if it cannot be read.
   *
   * @param stat the file's followed stat, taken just before
   */
  Map<Digest, String> digests(PathName path, FileStat stat, Set<Digest> wanted) {
    Key key = new Key(path, stat.inode(), stat.size(), stat.mtime(), stat.mtimeNanos());
    Map<Digest, String> known;
    synchronized (cache) {
      known = cache.get(key);
    }
    Set<Digest> missing = EnumSet.noneOf(Digest.class);
    missing.addAll(wanted);
    if (known != null) {
      missing.removeAll(known.keySet());
    }
    if (missing.isEmpty()) {
      return known;
    }
    Map<Digest, String> computed = FileDigests.of(path, missing);
    if (computed == null) {
      return null;
    }
    Map<Digest, String> merged = new EnumMap<>(Digest.class);
    if (known != null) {
      merged.putAll(known);
    }
    merged.putAll(computed);
    synchronized (cache) {
      cache.put(key, merged);
    }
    return merged;
  }
}
