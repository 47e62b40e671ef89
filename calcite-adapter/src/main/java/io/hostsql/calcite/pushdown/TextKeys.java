package io.hostsql.calcite.pushdown;

import io.hostsql.calcite.functions.InSets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUnknownAs;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.Sarg;
import com.google.common.collect.Range;

/**
 * The finite set of texts a query's conjuncts allow a text key column ({@code name = 'x'},
 * {@code name IN ('x', 'y')}, {@code name = 'x' OR name = ?}, a long IN list), for readers
 * that open entries by name (Windows services). The text counterpart of {@link KeyFilter}; the
 * filters stay in place for Calcite to apply again.
 */
final class TextKeys {
  private TextKeys() {
  }

  /** The allowed values (the intersection over conjuncts), or null when none pins the key. */
  static Set<String> values(List<RexNode> filters, int index, DataContext root) {
    Set<String> result = null;
    for (RexNode filter : filters) {
      List<RexNode> conjuncts = filter.isA(SqlKind.AND)
          ? ((RexCall) filter).getOperands() : List.of(filter);
      for (RexNode c : conjuncts) {
        Set<String> points = points(c, index, root);
        if (points != null) {
          if (result == null) {
            result = new LinkedHashSet<>(points);
          } else {
            result.retainAll(points);
          }
        }
      }
    }
    return result;
  }

  private static Set<String> points(RexNode node, int index, DataContext root) {
    if (!(node instanceof RexCall call)) {
      return null;
    }
    switch (call.getKind()) {
      case EQUALS: {
        RexNode a = strip(call.getOperands().get(0));
        RexNode b = strip(call.getOperands().get(1));
        String v = isColumn(a, index) ? text(b, root) : isColumn(b, index) ? text(a, root)
            : null;
        return v == null ? null : Set.of(v);
      }
      case SEARCH: {
        if (!isColumn(strip(call.getOperands().get(0)), index)
            || !(call.getOperands().get(1) instanceof RexLiteral lit)) {
          return null;
        }
        Sarg<?> sarg = lit.getValueAs(Sarg.class);
        if (sarg == null || !sarg.isPoints()
            || sarg.nullAs != RexUnknownAs.UNKNOWN && sarg.nullAs != RexUnknownAs.FALSE) {
          return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (Object r : sarg.rangeSet.asRanges()) {
          Object p = ((Range<?>) r).lowerEndpoint();
          if (p instanceof NlsString s) {
            out.add(s.getValue());
          } else if (p instanceof String s) {
            out.add(s);
          } else {
            return null;
          }
        }
        return out;
      }
      case OR: {
        Set<String> out = new LinkedHashSet<>();
        for (RexNode op : call.getOperands()) {
          Set<String> part = points(op, index, root);
          if (part == null) {
            return null;
          }
          out.addAll(part);
        }
        return out;
      }
      case OTHER_FUNCTION: {
        if (!call.getOperator().getName().equals("HOSTSQL_IN_STRINGS")
            || !isColumn(strip(call.getOperands().get(0)), index)
            || !(call.getOperands().get(1) instanceof RexLiteral lit)) {
          return null;
        }
        return InSets.strings(lit.getValueAs(String.class));
      }
      default:
        return null;
    }
  }

  static RexNode strip(RexNode node) {
    return node instanceof RexCall cast && cast.getKind() == SqlKind.CAST
        ? cast.getOperands().get(0) : node;
  }

  static boolean isColumn(RexNode node, int index) {
    return node instanceof RexInputRef ref && ref.getIndex() == index;
  }

  static String text(RexNode node, DataContext root) {
    if (node instanceof RexLiteral lit) {
      return lit.getValue2() instanceof String s ? s : null;
    }
    if (node instanceof RexDynamicParam param) {
      return root.get(param.getName()) instanceof String s ? s : null;
    }
    return null;
  }
}
