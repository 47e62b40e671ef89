package io.hostsql.calcite.files;

import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.plan.QueryGuard;
import io.hostsql.calcite.table.ColumnDef;
import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.calcite.table.Values;
import io.hostsql.os.files.Digest;
import io.hostsql.os.files.FileStat;
import io.hostsql.os.files.FileTree;
import io.hostsql.os.files.FileType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;

/**
 * The {@code file_hashes} table: osquery's {@code hash} table, MD5, SHA-1, SHA-256 and ssdeep
 * of the regular files (links followed) that a path or directory constraint names, found as
 * {@link FilesTable} finds them. Only the digests a query selects are computed, streaming,
 * and a connection computes each at most once per (path, inode, size, mtime).
 */
public final class FileHashesTable extends PathKeyedTable<FileHashesTable.Hashed> {
  /**
   * One hashed file.
   *
   * @param path the path
   * @param directory the directory column
   * @param digests the digests computed, or null when the file could not be read
   */
  record Hashed(String path, String directory, Map<Digest, String> digests) {
    /** A digest's text; '' when the file could not be read, as osquery gives. */
    String hex(Digest d) {
      return digests == null ? "" : digests.get(d);
    }
  }

  static final TableDef<Hashed> DEF = new TableDef<>("file_hashes", "Digests of the regular "
      + "files named by a path or directory constraint, as files finds them; osquery's hash "
      + "table. Only selected digests are computed, each once per file version within a "
      + "connection. A query without such a constraint is refused.", new Columns<Hashed>()
          .key("path", VARCHAR, "The path.", Hashed::path)
          .key("directory", VARCHAR, "The directory constraint's text for a listed "
              + "directory, else the path's parent.", Hashed::directory)
          .add("md5", VARCHAR, "", FetchGroup.SYSTEM, "MD5, lower-case hex ('' if the file "
              + "cannot be read).", h -> h.hex(Digest.MD5))
          .add("sha1", VARCHAR, "", FetchGroup.SYSTEM, "SHA-1, lower-case hex.",
              h -> h.hex(Digest.SHA1))
          .add("sha256", VARCHAR, "", FetchGroup.SYSTEM, "SHA-256, lower-case hex.",
              h -> h.hex(Digest.SHA256))
          .add("ssdeep", VARCHAR, "", FetchGroup.SYSTEM, "ssdeep's fuzzy hash "
              + "(blocksize:sig1:sig2, as the ssdeep tool prints it).",
              h -> h.hex(Digest.SSDEEP))
          .build(), List.of("path", "directory"));

  private final DigestCache cache = new DigestCache();

  public FileHashesTable(FileTree tree) {
    this(DEF, tree);
  }

  private FileHashesTable(TableDef<Hashed> def, FileTree tree) {
    super(def, tree);
  }

  @Override
  protected FileHashesTable withDefinition(TableDef<Hashed> narrowed) {
    return new FileHashesTable(narrowed, tree);
  }

  @Override
  Enumerable<Object[]> read(DataContext root, Iterable<FileTree.Target> targets,
      int[] projects) {
    List<ColumnDef<Hashed>> columns = Values.projected(def, projects);
    Set<Digest> wanted = EnumSet.noneOf(Digest.class);
    for (ColumnDef<Hashed> col : columns) {
      switch (col.name()) {
        case "md5" -> wanted.add(Digest.MD5);
        case "sha1" -> wanted.add(Digest.SHA1);
        case "sha256" -> wanted.add(Digest.SHA256);
        case "ssdeep" -> wanted.add(Digest.SSDEEP);
        default -> { }
      }
    }
    Runnable checkpoint = QueryGuard.checkpoint(root);
    return FilesTable.rows(targets, t -> {
      FileStat stat = FileTree.stat(t.path());
      if (stat == null || stat.type() != FileType.REGULAR) {
        return null;
      }
      checkpoint.run();
      String path = t.path().text();
      String dir = t.directory();
      Map<Digest, String> digests = wanted.isEmpty() ? Map.of()
          : cache.digests(t.path(), stat, wanted);
      return Values.row(new Hashed(path, dir, digests), columns);
    });
  }
}
