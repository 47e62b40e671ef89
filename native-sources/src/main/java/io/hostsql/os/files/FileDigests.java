package io.hostsql.os.files;

import io.hostsql.os.linux.FileCalls;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Digests of a file's content, computed in one streaming pass for only the digests asked for:
 * the file is read in 1 MiB pieces, never whole. The hex digests are lower case; ssdeep's is
 * its {@code blocksize:sig1:sig2} text.
 */
public final class FileDigests {
  private static volatile io.hostsql.os.linux.FileOpenListener listener;

  private FileDigests() {
  }

  /** Installs (or with null removes) the listener told of each file read for digests. */
  public static void setReadListener(io.hostsql.os.linux.FileOpenListener l) {
    listener = l;
  }

  /**
   * The digests of the file at {@code path} (links followed), or null when it
   * cannot be opened or read to its end.
   */
  public static Map<Digest, String> of(PathName path, Set<Digest> digests) {
    Map<Digest, MessageDigest> running = new EnumMap<>(Digest.class);
    Ssdeep fuzzy = digests.contains(Digest.SSDEEP) ? new Ssdeep() : null;
    for (Digest d : digests) {
      if (d == Digest.SSDEEP) {
        continue;
      }
      try {
        running.put(d, MessageDigest.getInstance(d.algorithm()));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("the JDK lacks " + d.algorithm(), e);
      }
    }
    var l = listener;
    if (l != null) {
      l.opened(path.text());
    }
    boolean complete = FileCalls.stream(path.cString(), chunk -> {
      for (MessageDigest m : running.values()) {
        chunk.mark();
        m.update(chunk);
        chunk.reset();
      }
      if (fuzzy != null) {
        fuzzy.update(chunk);
      }
    });
    if (!complete) {
      return null;
    }
    Map<Digest, String> out = new EnumMap<>(Digest.class);
    running.forEach((d, m) -> out.put(d, HexFormat.of().formatHex(m.digest())));
    if (fuzzy != null) {
      // Past ssdeep's limit (some 206 GB) ssdeep gives no hash either.
      out.put(Digest.SSDEEP, fuzzy.size() > Ssdeep.MAX_SIZE ? "" : fuzzy.result());
    }
    return out;
  }
}
