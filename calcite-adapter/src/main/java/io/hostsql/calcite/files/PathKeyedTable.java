package io.hostsql.calcite.files;

import io.hostsql.calcite.plan.KeyLookup;
import io.hostsql.calcite.plan.QueryGuard;
import io.hostsql.calcite.table.DeclaredTableBase;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.files.FileTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.rex.RexNode;

/**
 * A file table (osquery's file and hash): it reads the files its path and directory
 * constraints name ({@link PathConstraints}), or the paths a join hands it as the lookup side
 * of an {@link io.hostsql.calcite.plan.OsLookupJoin} ({@code processes JOIN hash USING
 * (path)}), each then read as if named by {@code path =}. Without either it refuses to run,
 * and the planner never prefers such a scan.
 *
 * @param <S> the row's source value
 */
abstract class PathKeyedTable<S> extends DeclaredTableBase<S> implements KeyLookup {
  final FileTree tree;

  PathKeyedTable(TableDef<S> def, FileTree tree) {
    super(def);
    this.tree = tree;
  }

  /** The rows of {@code targets}, read as they are iterated, with the columns in projects. */
  abstract Enumerable<Object[]> read(DataContext root, Iterable<FileTree.Target> targets,
      int[] projects);

  @Override
  public final Enumerable<Object[]> scan(DataContext root, List<RexNode> filters,
      int[] projects) {
    PathConstraints c = PathConstraints.of(filters, def.indexOf("path"),
        def.indexOf("directory"), root, def.name());
    return read(root, tree.targets(c.paths(), c.pathPatterns(), c.directories(),
        c.directoryPatterns(), QueryGuard.checkpoint(root)), projects);
  }

  @Override
  public final int keyColumn() {
    return def.indexOf("path");
  }

  @Override
  public final double keyCount() {
    return Double.POSITIVE_INFINITY;
  }

  @Override
  public final boolean scannable(List<RexNode> filters) {
    return PathConstraints.present(filters, def.indexOf("path"), def.indexOf("directory"));
  }

  @Override
  public final Enumerable<Object[]> scanKeys(DataContext root, List<RexNode> filters,
      int[] projects, Set<Object> keys) {
    List<String> paths = new ArrayList<>();
    for (Object k : keys) {
      if (k instanceof String p) {
        paths.add(p);
      }
    }
    return read(root, tree.targets(paths, List.of(), List.of(), List.of(),
        QueryGuard.checkpoint(root)), projects);
  }
}
