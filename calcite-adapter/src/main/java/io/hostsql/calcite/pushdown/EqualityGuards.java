package io.hostsql.calcite.pushdown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.util.NlsString;

/**
 * {@code column = constant} conjuncts on cheap columns (ppid, name, username) that let a scan
 * reject a row before reading its expensive columns. The filters stay in Calcite's list, which
 * re-applies them, so a guard only ever saves work; it never decides a row on its own.
 */
public final class EqualityGuards {
  /**
   * One guard.
   *
   * @param column the column index in the table's row type
   * @param value the constant: a Long for integer columns, a String for text
   */
  public record Guard(int column, Object value) {
    /** Whether a row's value for the column can satisfy the guard. */
    public boolean admits(Object actual) {
      if (actual instanceof Number n && value instanceof Long l) {
        return n.longValue() == l;
      }
      return Objects.equals(actual, value);
    }
  }

  private EqualityGuards() {
  }

  /** The guards among the top-level conjuncts of {@code filters} on the given columns. */
  public static List<Guard> find(List<RexNode> filters, Set<Integer> columns,
      DataContext context) {
    List<Guard> out = new ArrayList<>();
    for (RexNode f : filters) {
      List<RexNode> conjuncts = f.isA(SqlKind.AND) ? ((RexCall) f).getOperands() : List.of(f);
      for (RexNode c : conjuncts) {
        Guard g = of(c, columns, context);
        if (g != null) {
          out.add(g);
        }
      }
    }
    return out;
  }

  /** The guard that {@code node} is ({@code column = constant} on one of columns), or null. */
  public static Guard of(RexNode node, Set<Integer> columns, DataContext context) {
    if (!(node instanceof RexCall call) || call.getKind() != SqlKind.EQUALS) {
      return null;
    }
    RexNode a = call.getOperands().get(0);
    RexNode b = call.getOperands().get(1);
    Object value = null;
    int column = -1;
    if (a instanceof RexInputRef ref && columns.contains(ref.getIndex())) {
      column = ref.getIndex();
      value = constant(b, context);
    } else if (b instanceof RexInputRef ref && columns.contains(ref.getIndex())) {
      column = ref.getIndex();
      value = constant(a, context);
    }
    return value == null ? null : new Guard(column, value);
  }

  private static Object constant(RexNode node, DataContext context) {
    Object v = null;
    if (node instanceof RexLiteral lit) {
      v = lit.getValue();
    } else if (node instanceof RexDynamicParam p) {
      v = context.get(p.getName());
    }
    if (v instanceof NlsString s) {
      return s.getValue();
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof BigDecimal bd) {
      try {
        return bd.longValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
    if (v instanceof Integer || v instanceof Long) {
      return ((Number) v).longValue();
    }
    return null;
  }
}
