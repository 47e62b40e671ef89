package io.hostsql.os.linux;

import io.hostsql.os.files.FileStat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The set-user-id and set-group-id regular files below some start directories, as
 * {@code find -H START... -type f -perm /6000} lists them: a start that is a link is followed,
 * nothing below it is. Starts that resolve to the same directory (merged /usr: /bin is a link
 * to usr/bin) are walked once and the files reported under each start's name, as find reports
 * them. Each directory is listed and its entries stat'ed in one call ({@link FileCalls}), one
 * statx a regular file (a directory or link is known from the listing), where the JDK's tree
 * walk made a Path and two lstats of each; only directories and set-id files come back to
 * Java, so a /tmp of 50,000 build files costs their statx and little else.
 */
public final class SetIdFiles {
  private static final int S_IFMT = 0170000;
  private static final int S_IFDIR = 0040000;
  private static final int S_IFREG = 0100000;
  private static final int SET_ID = 06000;

  /**
   * One set-id file.
   *
   * @param path its path below the start it was found under
   * @param uid the owner
   * @param gid the group
   * @param mode st_mode
   */
  public record Found(String path, long uid, long gid, int mode) {
  }

  /**
   * What the walks found.
   *
   * @param files the set-id files, start by start in the order given, each start's in walk
   *     order (a directory's entries in listing order, a subdirectory's before its next sibling)
   * @param unreadable the entries or directories (counted per start) that could not be read
   */
  public record Result(List<Found> files, int unreadable) {
  }

  private SetIdFiles() {
  }

  /**
   * Walks each existing start directory.
   *
   * @param problems receives a line for a start whose real path cannot be resolved
   */
  public static Result below(List<Path> starts, List<String> problems) {
    Map<Path, Walk> walks = new HashMap<>();
    List<Found> files = new ArrayList<>();
    int unreadable = 0;
    for (Path start : starts) {
      if (!Files.isDirectory(start)) {
        continue;
      }
      Walk w;
      try {
        w = walks.computeIfAbsent(start.toRealPath(), SetIdFiles::walk);
      } catch (IOException e) {
        problems.add(start + ": cannot be walked (" + e.getMessage() + ")");
        continue;
      }
      String prefix = start.toString();
      for (Found f : w.found) {
        files.add(new Found(prefix + f.path(), f.uid(), f.gid(), f.mode()));
      }
      unreadable += w.unreadable;
    }
    return new Result(files, unreadable);
  }

  /** The set-id files below one real directory, their paths relative ("/sub/name"). */
  private static Walk walk(Path real) {
    Walk w = new Walk();
    Deque<Frame> stack = new ArrayDeque<>();
    byte[] top = real.toString().getBytes(StandardCharsets.UTF_8);
    if (!enter(stack, top, "")) {
      w.unreadable++;
    }
    while (!stack.isEmpty()) {
      Frame dir = stack.peek();
      if (!dir.entries.hasNext()) {
        stack.pop();
        continue;
      }
      Map.Entry<byte[], FileStat> e = dir.entries.next();
      FileStat st = e.getValue();
      if (st == null) {
        // Vanished between the listing and its statx, or refused: the JDK's walk counted it.
        w.unreadable++;
        continue;
      }
      byte[] name = e.getKey();
      int type = st.mode() & S_IFMT;
      if (type == S_IFDIR) {
        byte[] child = Arrays.copyOf(dir.path, dir.path.length + 1 + name.length);
        child[dir.path.length] = '/';
        System.arraycopy(name, 0, child, dir.path.length + 1, name.length);
        if (!enter(stack, child, dir.shown + "/" + text(name))) {
          w.unreadable++;
        }
      } else if (type == S_IFREG && (st.mode() & SET_ID) != 0) {
        w.found.add(new Found(dir.shown + "/" + text(name), st.uid(), st.gid(), st.mode()));
      }
    }
    return w;
  }

  /** Lists a directory onto the stack; false if it cannot be listed. */
  private static boolean enter(Deque<Frame> stack, byte[] path, String shown) {
    byte[] cpath = Arrays.copyOf(path, path.length + 1);
    List<Map.Entry<byte[], FileStat>> entries = FileCalls.listSetIdCandidates(cpath);
    if (entries == null) {
      return false;
    }
    stack.push(new Frame(path, shown, entries.iterator()));
    return true;
  }

  private static String text(byte[] name) {
    return new String(name, StandardCharsets.UTF_8);
  }

  /** A directory being walked: its path bytes, its shown relative path, what is left of it. */
  private record Frame(byte[] path, String shown, Iterator<Map.Entry<byte[], FileStat>> entries) {
  }

  private static final class Walk {
    final List<Found> found = new ArrayList<>();
    int unreadable;
  }
}
