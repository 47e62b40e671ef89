package io.hostsql.os.files;

import com.sun.jna.Native;
import io.hostsql.os.OsException;
import io.hostsql.os.linux.FileCalls;
import io.hostsql.os.linux.FileOpenListener;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files a query names, found as osquery finds them for its file and hash tables:
 * paths given outright, paths matched by LIKE patterns ({@code %} matches within one name,
 * a trailing {@code %%} everything below), and the entries of directories given outright or
 * by pattern. Each set is sorted and without duplicates (osquery keeps them in a
 * {@code std::set}). A directory that cannot be listed and a file that vanishes are skipped;
 * a recursive walk does not enter symbolic links and stops 64 levels down.
 *
 * <p>Patterns follow osquery's resolveFilePattern: {@code %} becomes glob's {@code *}, and the
 * pattern is a glob(3) pattern with braces ({@link GlobPattern}); a relative pattern is taken
 * from the working directory; a matched directory is written with a trailing '/' (glob's
 * GLOB_MARK). A pattern starting with '~' names nothing: glob would expand it to a home
 * directory, whose paths the LIKE that SQLite then applies (to '~...') never matches.
 */
public final class FileTree {
  /** osquery's kMaxRecursiveGlobs: how deep a trailing %% walks. */
  public static final int MAX_DEPTH = 64;
  /**
   * More than this many matches of a pattern's fixed-depth part, or directories to list, is
   * refused, to bound memory (a walk below a %% streams its paths and is not counted).
   */
  public static final int MAX_PATHS = 2_000_000;

  private static final int ENOENT = 2;
  private static final int ENOTDIR = 20;

  private volatile FileOpenListener listener;

  /** Installs (or with null removes) the listener told of each directory listed. */
  public void setListingListener(FileOpenListener listener) {
    this.listener = listener;
  }

  /**
   * A path to report, with its directory column and its lstat when the walk already made it.
   *
   * @param path the path
   * @param directory the directory column
   * @param lstat the path's lstat, or null when not yet read
   */
  public record Target(PathName path, String directory, FileStat lstat) {
  }

  /**
   * The paths the constraints name, in osquery's order: the path set (equalities and
   * patterns), then each directory's entries (directories sorted, entries in listing order).
   * Lazy: each iteration resolves the constraints anew, and a recursive walk reads a directory
   * when its first entry is wanted (a long one a bounded distance ahead, {@link ReadAhead}),
   * so rows flow while the walk goes on and memory holds the directories on the way down rather
   * than the tree. Its iterator is {@link AutoCloseable}: closing it stops a walk's helper.
   *
   * @param checkpoint run once per directory listed, so a cancelled query can stop a walk
   */
  public Iterable<Target> targets(Collection<String> paths, Collection<String> pathPatterns,
      Collection<String> directories, Collection<String> directoryPatterns,
      Runnable checkpoint) {
    List<String> pathList = List.copyOf(paths);
    List<String> patternList = List.copyOf(pathPatterns);
    List<String> directoryList = List.copyOf(directories);
    List<String> directoryPatternList = List.copyOf(directoryPatterns);
    return () -> new Targets(pathList, patternList, directoryList, directoryPatternList,
        checkpoint);
  }

  /**
   * The targets, read as they are asked for; closing stops the walks' helper threads
   * ({@link ReadAhead}) before their end.
   */
  private final class Targets extends Lookahead<Target> implements AutoCloseable {
    private final List<ReadAhead> walks = new ArrayList<>();
    private final SortedMerge pathSet;
    private final List<String> directories;
    private final List<String> directoryPatterns;
    private final Runnable checkpoint;
    private Iterator<Found> dirSet;
    private PathName dir;
    private Iterator<byte[]> names;

    Targets(List<String> paths, List<String> patterns, List<String> directories,
        List<String> directoryPatterns, Runnable checkpoint) {
      this.directories = directories;
      this.directoryPatterns = directoryPatterns;
      this.checkpoint = checkpoint;
      pathSet = pathSet(paths, patterns, false, checkpoint, walks);
    }

    @Override
    Target compute() {
      if (pathSet.hasNext()) {
        Found f = pathSet.next();
        // A path marked with '/' is lstat'ed again as written: through a link to a
        // directory, the directory (as osquery's lstat of "link/" does); a directory's own
        // lstat is the same.
        return new Target(f.path(), parentPath(f.path().text()), f.lstat() == null
            || f.path().text().endsWith("/") && f.lstat().type() != FileType.DIRECTORY
                ? null : f.lstat());
      }
      if (dirSet == null) {
        dirSet = directorySet(directories, directoryPatterns, checkpoint, walks).iterator();
      }
      while (names == null || !names.hasNext()) {
        if (!dirSet.hasNext()) {
          return null;
        }
        dir = dirSet.next().path();
        checkpoint.run();
        List<byte[]> listed = list(dir);
        names = listed == null ? null : listed.iterator();
      }
      return new Target(dir.child(names.next()), dir.text(), null);
    }

    @Override
    public void close() {
      for (ReadAhead w : walks) {
        w.close();
      }
    }
  }

  /** The path set: the paths given and those the patterns match, in byte order, merged. */
  private SortedMerge pathSet(List<String> paths, List<String> patterns, boolean foldersOnly,
      Runnable checkpoint, List<ReadAhead> walks) {
    List<Found> given = new ArrayList<>();
    for (String p : paths) {
      given.add(new Found(PathName.of(p), null));
    }
    given.sort((a, b) -> a.path().compareTo(b.path()));
    List<Iterator<Found>> sources = new ArrayList<>();
    sources.add(given.iterator());
    for (String pattern : patterns) {
      resolve(pattern, foldersOnly, sources, checkpoint, walks);
    }
    return new SortedMerge(sources);
  }

  /**
   * The directories to list, sorted and without duplicates; held whole (directories only), as
   * each is listed after all of them are known.
   */
  private List<Found> directorySet(List<String> directories, List<String> patterns,
      Runnable checkpoint, List<ReadAhead> walks) {
    List<Found> out = new ArrayList<>();
    SortedMerge merged = pathSet(directories, patterns, true, checkpoint, walks);
    while (merged.hasNext()) {
      out.add(merged.next());
      limit(out.size());
    }
    return out;
  }

  /** The row of osquery's file table for a target, or null if it cannot be lstat'ed. */
  public FileEntry entry(Target t) {
    byte[] c = t.lstat() != null && t.lstat().type() != FileType.SYMLINK ? null
        : t.path().cString();
    FileStat own = t.lstat() != null ? t.lstat() : FileCalls.lstat(c);
    if (own == null) {
      return null;
    }
    boolean link = own.type() == FileType.SYMLINK;
    FileStat followed = link ? FileCalls.stat(c) : own;
    FileType type = own.type();
    if (link) {
      type = followed != null ? followed.type()
          : Native.getLastError() == ENOENT || Native.getLastError() == ENOTDIR
              ? FileType.UNKNOWN : FileType.ERROR;
    }
    return new FileEntry(t.path(), t.directory(), fileName(t.path().text()),
        followed != null ? followed : own, link, link ? FileCalls.readLink(c) : null, type);
  }

  /** Whether the target is, links followed, a regular file (what osquery's hash reads). */
  public static boolean isRegularFile(PathName path) {
    FileStat s = FileCalls.stat(path.cString());
    return s != null && s.type() == FileType.REGULAR;
  }

  /** The followed stat of a path, or null. */
  public static FileStat stat(PathName path) {
    return FileCalls.stat(path.cString());
  }

  private List<byte[]> list(PathName dir) {
    FileOpenListener l = listener;
    if (l != null) {
      l.opened(dir.text());
    }
    return FileCalls.list(dir.cString());
  }

  /**
   * Adds to {@code sources} the paths a pattern names: per match, the match and (for a trailing
   * %%) everything below it, each in byte order; only directories when {@code foldersOnly}.
   */
  private void resolve(String pattern, boolean foldersOnly, List<Iterator<Found>> sources,
      Runnable checkpoint, List<ReadAhead> walks) {
    String glob = pattern.replace('%', '*');
    if (glob.startsWith("~")) {
      return;
    }
    if (!glob.startsWith("/")) {
      glob = System.getProperty("user.dir") + "/" + glob;
    }
    boolean recursive = glob.endsWith("**");
    if (recursive) {
      glob = glob.substring(0, glob.length() - 1);
    }
    boolean dirsOnly = glob.length() > 1 && glob.endsWith("/");
    Set<List<Long>> visited = java.util.concurrent.ConcurrentHashMap.newKeySet();
    List<Object[]> found = new ArrayList<>();
    for (String alternative : GlobPattern.expandBraces(glob)) {
      found.addAll(glob(alternative, checkpoint));
    }
    for (Object[] m : found) {
      PathName path = (PathName) m[0];
      FileStat lstat = (FileStat) m[1];
      if (dirsOnly && !isDirectory(path, lstat)) {
        continue;
      }
      Iterator<Found> walk = new SortedWalk(this, path, lstat, recursive, visited, checkpoint);
      if (recursive) {
        ReadAhead ahead = new ReadAhead(walk);
        walks.add(ahead);
        walk = ahead;
      }
      sources.add(foldersOnly ? foldersOf(walk) : walk);
    }
  }

  /** The directories (paths marked with '/') among {@code found}. */
  private static Iterator<Found> foldersOf(Iterator<Found> found) {
    return new Lookahead<>() {
      @Override
      Found compute() {
        while (found.hasNext()) {
          Found f = found.next();
          if (f.path().text().endsWith("/")) {
            return f;
          }
        }
        return null;
      }
    };
  }

  /**
   * A directory's entries with their lstat, the listener told first; the path may be marked
   * with '/', which the listener is told without.
   */
  List<Map.Entry<byte[], FileStat>> listWithStat(PathName dir) {
    FileOpenListener l = listener;
    if (l != null) {
      String text = dir.text();
      l.opened(text.length() > 1 && text.endsWith("/")
          ? text.substring(0, text.length() - 1) : text);
    }
    return FileCalls.listWithStat(dir.cString());
  }

  private static void limit(int size) {
    if (size > MAX_PATHS) {
      throw new OsException("the path and directory constraints name more than " + MAX_PATHS
          + " files; narrow them");
    }
  }

  /** Directory after following a link (glob's GLOB_MARK test). */
  static boolean isDirectory(PathName path, FileStat lstat) {
    if (lstat.type() == FileType.DIRECTORY) {
      return true;
    }
    if (lstat.type() != FileType.SYMLINK) {
      return false;
    }
    FileStat s = FileCalls.stat(path.cString());
    return s != null && s.type() == FileType.DIRECTORY;
  }

  /** Existing paths matching an absolute glob without braces, with each lstat. */
  private List<Object[]> glob(String glob, Runnable checkpoint) {
    List<PathName> current = List.of(PathName.of("/"));
    for (String segment : glob.substring(1).split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      List<PathName> next = new ArrayList<>();
      if (!GlobPattern.hasMagic(segment)) {
        byte[] seg = GlobPattern.literal(segment);
        for (PathName c : current) {
          next.add(c.child(seg));
        }
      } else {
        GlobPattern.Matcher matcher = GlobPattern.compile(segment);
        for (PathName c : current) {
          checkpoint.run();
          List<byte[]> names = list(c);
          if (names == null) {
            continue;
          }
          if (matcher.leadingDot()) {
            // readdir gives glob "." and ".." too, which a written leading '.' matches.
            names = new ArrayList<>(names);
            names.add(new byte[] {'.'});
            names.add(new byte[] {'.', '.'});
          }
          for (byte[] name : names) {
            if (matcher.matches(name)) {
              next.add(c.child(name));
              limit(next.size());
            }
          }
        }
      }
      current = next;
    }
    List<Object[]> found = new ArrayList<>();
    for (PathName c : current) {
      FileStat lstat = FileCalls.lstat(c.cString());
      if (lstat != null) {
        found.add(new Object[] {c, lstat});
      }
    }
    return found;
  }

  /** boost::filesystem (v3) parent_path: "/etc/ssh/" gives "/etc/ssh", "/etc" gives "/". */
  static String parentPath(String path) {
    if (path.length() > 1 && path.endsWith("/")) {
      return path.substring(0, path.length() - 1);
    }
    int slash = path.lastIndexOf('/');
    if (slash < 0 || path.equals("/")) {
      return "";
    }
    return slash == 0 ? "/" : path.substring(0, slash);
  }

  /** boost::filesystem (v3) filename: "." for a path ending in '/', "/" for the root. */
  static String fileName(String path) {
    if (path.equals("/")) {
      return "/";
    }
    if (path.endsWith("/")) {
      return ".";
    }
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
