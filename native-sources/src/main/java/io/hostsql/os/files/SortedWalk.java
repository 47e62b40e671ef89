package io.hostsql.os.files;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A match of a pattern ending in {@code %%} and everything below it, produced as directories
 * are read rather than collected first, in the byte order of the paths: each directory's
 * entries are sorted by their paths (a directory's with the '/' glob's GLOB_MARK gives it), and
 * the entries below a directory come right after it. That is byte order because they all begin
 * with the directory's marked path, and no other path falls between a path and its extensions.
 * The walk does not enter symbolic links, enters a directory (device and inode) once per
 * pattern, and stops {@link FileTree#MAX_DEPTH} levels below the match. Memory: the sorted
 * entries of the directories on the way down, not the tree.
 */
final class SortedWalk extends Lookahead<Found> {
  /** A directory being walked: its entries sorted, and how many have been given. */
  private static final class Frame {
    final Found[] entries;
    final int depth;
    int at;

    Frame(Found[] entries, int depth) {
      this.entries = entries;
      this.depth = depth;
    }
  }

  private final FileTree tree;
  private final Set<List<Long>> visited;
  private final Runnable checkpoint;
  private final ArrayDeque<Frame> frames = new ArrayDeque<>();
  private Found first;
  /** A directory just given, to be read before the next entry (null when none). */
  private Found enter;
  private int enterDepth;

  /**
   * @param match the path the pattern matched, with its lstat
   * @param recursive whether to walk below it (a directory; links are not entered)
   * @param visited the directories the pattern's walks have entered
   */
  SortedWalk(FileTree tree, PathName match, FileStat lstat, boolean recursive,
      Set<List<Long>> visited, Runnable checkpoint) {
    this.tree = tree;
    this.visited = visited;
    this.checkpoint = checkpoint;
    first = new Found(FileTree.isDirectory(match, lstat) ? match.marked() : match, lstat);
    if (recursive && lstat.type() == FileType.DIRECTORY) {
      enter = new Found(match, lstat);
    }
  }

  @Override
  Found compute() {
    if (first != null) {
      Found f = first;
      first = null;
      return f;
    }
    for (;;) {
      if (enter != null) {
        open(enter.path(), enter.lstat(), enterDepth);
        enter = null;
      }
      Frame top = frames.peek();
      if (top == null) {
        return null;
      }
      if (top.at == top.entries.length) {
        frames.pop();
        continue;
      }
      Found f = top.entries[top.at];
      top.entries[top.at++] = null;  // given: the frame no longer holds it
      if (f.lstat().type() == FileType.DIRECTORY) {
        enter = f;
        enterDepth = top.depth + 1;
      }
      return f;
    }
  }

  /** Reads a directory (its path marked or not) and stacks its sorted entries. */
  private void open(PathName dir, FileStat dirStat, int depth) {
    if (depth >= FileTree.MAX_DEPTH
        || !visited.add(List.of(dirStat.device(), dirStat.inode()))) {
      return;
    }
    checkpoint.run();
    List<Map.Entry<byte[], FileStat>> listed = tree.listWithStat(dir);
    if (listed == null) {
      return;
    }
    Found[] entries = new Found[listed.size()];
    int n = 0;
    for (Map.Entry<byte[], FileStat> e : listed) {
      FileStat lstat = e.getValue();
      if (lstat == null) {
        continue;  // vanished since the listing
      }
      PathName child = dir.child(e.getKey());
      entries[n++] = new Found(FileTree.isDirectory(child, lstat) ? child.marked() : child,
          lstat);
    }
    entries = n == entries.length ? entries : Arrays.copyOf(entries, n);
    Arrays.sort(entries, (a, b) -> a.path().compareTo(b.path()));
    frames.push(new Frame(entries, depth));
  }
}
