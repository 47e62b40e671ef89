package io.hostsql.calcite.files;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.ColumnDef;
import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.calcite.table.Values;
import io.hostsql.os.files.FileEntry;
import io.hostsql.os.files.FileTree;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * The {@code files} table: osquery's {@code file} table on Linux, one row per path its
 * constraints name. A query must constrain {@code path} or {@code directory}
 * ({@link PathConstraints}); only the files so named are stat'ed, and only the directories
 * the constraints need are listed: {@code path LIKE '/etc/%'} lists /etc and nothing below.
 * Rows are stat'ed as they are read, so a file that vanishes meanwhile drops out.
 */
public final class FilesTable extends PathKeyedTable<FileEntry> {
  static final TableDef<FileEntry> DEF = new TableDef<>("files", "Files named by a path or "
      + "directory constraint (path = '/etc/passwd', path LIKE '/etc/%' for one level, "
      + "'/usr/%%' for everything below, directory = '/tmp'), with their stat; osquery's file "
      + "table. A query without such a constraint is refused.", new Columns<FileEntry>()
          .key("path", VARCHAR, "The path, as given or found (a directory found by a pattern "
              + "ends in '/').", e -> e.path().text())
          .key("directory", VARCHAR, "The directory constraint's text for a listed "
              + "directory, else the path's parent.", FileEntry::directory)
          .key("filename", VARCHAR, "The last component of the path.", FileEntry::filename)
          .add("inode", BIGINT, "", FetchGroup.SYSTEM, "Inode number.", s(st -> st.inode()))
          .add("uid", BIGINT, "", FetchGroup.SYSTEM, "Owning user id.", s(st -> st.uid()))
          .add("gid", BIGINT, "", FetchGroup.SYSTEM, "Owning group id.", s(st -> st.gid()))
          .add("mode", VARCHAR, "", FetchGroup.SYSTEM, "Permission bits, four octal digits "
              + "(0755).", FileEntry::permissions)
          .add("device", BIGINT, "", FetchGroup.SYSTEM, "The device a special file stands "
              + "for (st_rdev, as osquery reports), else 0.", s(st -> st.rdev()))
          .add("size", BIGINT, "bytes", FetchGroup.SYSTEM, "Size.", s(st -> st.size()))
          .add("block_size", INTEGER, "bytes", FetchGroup.SYSTEM, "Preferred I/O block size.",
              s(st -> st.blockSize()))
          .add("atime", BIGINT, "seconds since the epoch", FetchGroup.SYSTEM, "Last access.",
              s(st -> st.atime()))
          .add("mtime", BIGINT, "seconds since the epoch", FetchGroup.SYSTEM,
              "Last modification.", s(st -> st.mtime()))
          .add("ctime", BIGINT, "seconds since the epoch", FetchGroup.SYSTEM,
              "Last status change.", s(st -> st.ctime()))
          .add("btime", BIGINT, "seconds since the epoch", FetchGroup.SYSTEM, "Birth, where "
              + "the filesystem records it (statx), else 0. osquery.file gives 0, as osquery "
              + "on Linux does.", s(st -> st.btime()))
          .add("hard_links", INTEGER, "", FetchGroup.SYSTEM, "Number of hard links.",
              s(st -> (int) Math.min(Integer.MAX_VALUE, st.hardLinks())))
          .add("symlink", INTEGER, "", FetchGroup.SYSTEM, "1 if the path is a symbolic link "
              + "(the other columns then describe its target when it resolves), else 0.",
              e -> e.symlink() ? 1 : 0)
          .add("type", VARCHAR, "", FetchGroup.SYSTEM, "regular, directory, symlink, block, "
              + "character, fifo, socket; links followed (unknown for a dangling link, error "
              + "for a loop).", e -> e.type().osqueryName())
          .add("symlink_target_path", VARCHAR, "", FetchGroup.SYSTEM, "A link's text, else "
              + "NULL.", FileEntry::symlinkTarget)
          .build(), List.of("path", "directory"));


  public FilesTable(FileTree tree) {
    this(DEF, tree);
  }

  private FilesTable(TableDef<FileEntry> def, FileTree tree) {
    super(def, tree);
  }

  @Override
  protected FilesTable withDefinition(TableDef<FileEntry> narrowed) {
    return new FilesTable(narrowed, tree);
  }

  private static Function<FileEntry, Object> s(Function<io.hostsql.os.files.FileStat, Object> f) {
    return e -> f.apply(e.stat());
  }

  @Override
  Enumerable<Object[]> read(DataContext root, Iterable<FileTree.Target> targets,
      int[] projects) {
    List<ColumnDef<FileEntry>> columns = Values.projected(def, projects);
    return rows(targets, t -> {
      FileEntry e = tree.entry(t);
      return e == null ? null : Values.row(e, columns);
    });
  }

  /**
   * The non-null results of {@code row} over {@code targets}, computed as they are read;
   * closing the enumerator closes the targets' iterator (which stops a walk's helper thread).
   */
  static Enumerable<Object[]> rows(Iterable<FileTree.Target> targets,
      Function<FileTree.Target, Object[]> row) {
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object[]> enumerator() {
        Iterator<FileTree.Target> it = targets.iterator();
        return new Enumerator<>() {
          private Object[] current;

          @Override
          public Object[] current() {
            return current;
          }

          @Override
          public boolean moveNext() {
            while (it.hasNext()) {
              current = row.apply(it.next());
              if (current != null) {
                return true;
              }
            }
            return false;
          }

          @Override
          public void reset() {
            throw new UnsupportedOperationException();
          }

          @Override
          public void close() {
            if (it instanceof AutoCloseable c) {
              try {
                c.close();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            }
          }
        };
      }
    };
  }
}
