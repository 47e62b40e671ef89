package io.hostsql.calcite.files;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.Sarg;

/**
 * The path and directory constraints of a query on a file table, as osquery's virtual table
 * receives them: {@code path = x}, {@code path IN (...)}, {@code path LIKE p} and the same on
 * {@code directory}, each a conjunct of the WHERE clause (an OR whose every branch is one of
 * these counts too). They name the files to read; the filter stays above the scan and decides
 * which rows are returned, so taking the union of all of them is never wrong.
 *
 * @param paths paths given outright
 * @param pathPatterns LIKE patterns on path
 * @param directories directories given outright
 * @param directoryPatterns LIKE patterns on directory
 */
record PathConstraints(Set<String> paths, Set<String> pathPatterns, Set<String> directories,
    Set<String> directoryPatterns) {

  /** A query that names no file, refused before anything is read. */
  static final class MissingConstraintException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingConstraintException(String message) {
      super(message);
    }
  }

  /**
   * The constraints among {@code filters} on the columns at {@code pathIndex} and
   * {@code directoryIndex}.
   *
   * @throws MissingConstraintException when there is none
   */
  static PathConstraints of(List<RexNode> filters, int pathIndex, int directoryIndex,
      DataContext context, String table) {
    PathConstraints c = new PathConstraints(new LinkedHashSet<>(), new LinkedHashSet<>(),
        new LinkedHashSet<>(), new LinkedHashSet<>());
    for (RexNode f : filters) {
      PathConstraints part = of(f, pathIndex, directoryIndex, context);
      if (part != null) {
        c.addAll(part);
      }
    }
    if (c.isEmpty()) {
      throw new MissingConstraintException(table + " needs a constraint naming the files to "
          + "read: path = '...', path IN (...), path LIKE '/dir/%' (one level) or "
          + "'/dir/%%' (recursive), or directory = '...' / directory LIKE '...' in the WHERE "
          + "clause (as osquery requires), or a join on path (JOIN hash h ON h.path = "
          + "p.path); without one it would walk the whole file system");
    }
    return c;
  }

  /**
   * Whether {@code filters} hold a constraint that names files, before a query's parameters are
   * known (as a planner asks).
   */
  static boolean present(List<RexNode> filters, int pathIndex, int directoryIndex) {
    for (RexNode f : filters) {
      PathConstraints part = of(f, pathIndex, directoryIndex, null);
      if (part != null && !part.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private boolean isEmpty() {
    return paths.isEmpty() && pathPatterns.isEmpty() && directories.isEmpty()
        && directoryPatterns.isEmpty();
  }

  private void addAll(PathConstraints o) {
    paths.addAll(o.paths);
    pathPatterns.addAll(o.pathPatterns);
    directories.addAll(o.directories);
    directoryPatterns.addAll(o.directoryPatterns);
  }

  /** The constraints one filter expresses, or null if it is not (wholly) one. */
  private static PathConstraints of(RexNode node, int pathIndex, int dirIndex,
      DataContext context) {
    if (!(node instanceof RexCall call)) {
      return null;
    }
    PathConstraints out = new PathConstraints(new LinkedHashSet<>(), new LinkedHashSet<>(),
        new LinkedHashSet<>(), new LinkedHashSet<>());
    switch (call.getKind()) {
      case AND -> {
        for (RexNode op : call.getOperands()) {
          PathConstraints part = of(op, pathIndex, dirIndex, context);
          if (part != null) {
            out.addAll(part);
          }
        }
      }
      case OR -> {
        for (RexNode op : call.getOperands()) {
          PathConstraints part = of(op, pathIndex, dirIndex, context);
          if (part == null || part.isEmpty()) {
            return null;
          }
          out.addAll(part);
        }
      }
      case EQUALS, LIKE, SEARCH -> {
        if (call.getKind() == SqlKind.LIKE && call.getOperands().size() != 2) {
          return null;  // LIKE ... ESCAPE: not a pattern osquery would take
        }
        RexNode a = call.getOperands().get(0);
        RexNode b = call.getOperands().get(1);
        int column = column(a);
        Set<String> values = texts(b, context);
        if (column < 0 && call.getKind() == SqlKind.EQUALS) {
          column = column(b);
          values = texts(a, context);
        }
        if (values == null || column != pathIndex && column != dirIndex) {
          return null;
        }
        boolean like = call.getKind() == SqlKind.LIKE;
        (column == pathIndex ? like ? out.pathPatterns : out.paths
            : like ? out.directoryPatterns : out.directories).addAll(values);
      }
      case OTHER_FUNCTION -> {
        // kept_like(path, '...%%'): a LIKE whose %% the planner kept from Calcite's simplifier
        // or hostsql_like(path, pattern, NULL, true): a LIKE as the linear-time engine carries it
        // (case-sensitive, no ESCAPE)
        String fn = call.getOperator().getName();
        boolean kept = fn.equalsIgnoreCase(io.hostsql.calcite.functions.KeptLike.NAME)
            && call.getOperands().size() == 2;
        boolean like = fn.equalsIgnoreCase("hostsql_like") && call.getOperands().size() == 4
            && call.getOperands().get(2) instanceof RexLiteral escape && escape.isNull()
            && call.getOperands().get(3).isAlwaysTrue();
        if (!kept && !like) {
          return null;
        }
        int column = column(call.getOperands().get(0));
        Set<String> values = texts(call.getOperands().get(1), context);
        if (values == null || column != pathIndex && column != dirIndex) {
          return null;
        }
        (column == pathIndex ? out.pathPatterns : out.directoryPatterns).addAll(values);
      }
      default -> {
        return null;
      }
    }
    return out;
  }

  private static int column(RexNode node) {
    if (node instanceof RexCall cast && cast.getKind() == SqlKind.CAST) {
      node = cast.getOperands().get(0);
    }
    return node instanceof RexInputRef ref ? ref.getIndex() : -1;
  }

  /** The text value(s) of a literal, a parameter or a SEARCH's points; null otherwise. */
  private static Set<String> texts(RexNode node, DataContext context) {
    if (node instanceof RexCall cast && cast.getKind() == SqlKind.CAST) {
      node = cast.getOperands().get(0);
    }
    Set<String> out = new LinkedHashSet<>();
    if (node instanceof RexDynamicParam p) {
      if (context == null) {
        out.add("");  // a value, not yet known
        return out;
      }
      Object v = context.get(p.getName());
      if (!(v instanceof String s)) {
        return null;
      }
      out.add(s);
      return out;
    }
    if (!(node instanceof RexLiteral lit)) {
      return null;
    }
    if (lit.getValue() instanceof Sarg<?> sarg) {
      if (!sarg.isPoints()) {
        return null;
      }
      for (var range : sarg.rangeSet.asRanges()) {
        Object v = range.lowerEndpoint();
        if (!(v instanceof NlsString s)) {
          return null;
        }
        out.add(s.getValue());
      }
      return out;
    }
    String s = lit.getValueAs(String.class);
    if (s == null) {
      return null;
    }
    out.add(s);
    return out;
  }
}
