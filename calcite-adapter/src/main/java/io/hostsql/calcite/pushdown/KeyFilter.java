package io.hostsql.calcite.pushdown;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.util.Sarg;
import com.google.common.collect.Range;

/**
 * Finds, among the filters Calcite offers a scan, the conjuncts that pin an integer key column
 * to a finite set of values ({@code pid = 5}, {@code pid = ?}, {@code pid IN (...)},
 * {@code pid = 1 OR pid = 7}), removes them from the list, and returns the values. A filter it
 * cannot answer exactly stays in the list for Calcite to apply.
 */
public final class KeyFilter {
  private KeyFilter() {
  }

  /**
   * Returns the set of values that the conjuncts of {@code filters} allow for column
   * {@code keyIndex} (the intersection when several restrict it), or null when none does.
   * Filters answered in full are removed from the list.
   */
  public static Set<Long> extract(List<RexNode> filters, int keyIndex, DataContext context) {
    Set<Long> result = null;
    for (Iterator<RexNode> it = filters.iterator(); it.hasNext();) {
      RexNode filter = it.next();
      List<RexNode> conjuncts = filter.isA(SqlKind.AND)
          ? ((RexCall) filter).getOperands() : List.of(filter);
      boolean allHandled = true;
      for (RexNode c : conjuncts) {
        Set<Long> values = points(c, keyIndex, context);
        if (values == null) {
          allHandled = false;
        } else {
          result = result == null ? values : intersect(result, values);
        }
      }
      // Calcite's interpreter refuses filters it did not offer, so a partly answered AND stays
      // whole; re-checking its key conjuncts on the narrowed rows is cheap and still exact.
      if (allHandled) {
        it.remove();
      }
    }
    return result;
  }

  private static Set<Long> intersect(Set<Long> a, Set<Long> b) {
    Set<Long> out = new TreeSet<>(a);
    out.retainAll(b);
    return out;
  }

  private static Set<Long> points(RexNode node, int keyIndex, DataContext context) {
    if (!(node instanceof RexCall call)) {
      return null;
    }
    switch (call.getKind()) {
      case EQUALS: {
        RexNode a = call.getOperands().get(0);
        RexNode b = call.getOperands().get(1);
        Long v = isKey(a, keyIndex) ? value(b, context) : isKey(b, keyIndex) ? value(a, context)
            : null;
        if (v == null) {
          // A NULL parameter or a non-integer literal: Calcite keeps the filter and decides.
          return null;
        }
        Set<Long> s = new TreeSet<>();
        s.add(v);
        return s;
      }
      case SEARCH: {
        if (!isKey(call.getOperands().get(0), keyIndex)
            || !(call.getOperands().get(1) instanceof RexLiteral lit)) {
          return null;
        }
        Sarg<?> sarg = lit.getValueAs(Sarg.class);
        if (sarg == null || !sarg.isPoints() || sarg.nullAs != org.apache.calcite.rex.RexUnknownAs.UNKNOWN
            && sarg.nullAs != org.apache.calcite.rex.RexUnknownAs.FALSE) {
          return null;
        }
        Set<Long> s = new TreeSet<>();
        for (Object r : sarg.rangeSet.asRanges()) {
          Object p = ((Range<?>) r).lowerEndpoint();
          Long v = toLong(p);
          if (v == null) {
            return null;
          }
          s.add(v);
        }
        return s;
      }
      case OTHER_FUNCTION: {
        // A long IN list, as the planner hands it on (io.hostsql.calcite.plan.InListRewrite).
        if (!call.getOperator().getName().equals("HOSTSQL_IN_LONGS")
            || !isKey(call.getOperands().get(0), keyIndex)
            || !(call.getOperands().get(1) instanceof RexLiteral lit)) {
          return null;
        }
        return io.hostsql.calcite.functions.InSets.longs(lit.getValueAs(String.class));
      }
      case OR: {
        Set<Long> s = new TreeSet<>();
        for (RexNode op : call.getOperands()) {
          Set<Long> part = points(op, keyIndex, context);
          if (part == null) {
            return null;
          }
          s.addAll(part);
        }
        return s;
      }
      default:
        return null;
    }
  }

  private static boolean isKey(RexNode node, int keyIndex) {
    if (node instanceof RexCall cast && cast.getKind() == SqlKind.CAST) {
      // A cast that widens the key (INTEGER to BIGINT) keeps equality exact.
      node = cast.getOperands().get(0);
    }
    return node instanceof RexInputRef ref && ref.getIndex() == keyIndex;
  }

  private static Long value(RexNode node, DataContext context) {
    if (node instanceof RexCall cast && cast.getKind() == SqlKind.CAST) {
      node = cast.getOperands().get(0);
    }
    if (node instanceof RexLiteral lit) {
      return toLong(lit.getValue4());
    }
    if (node instanceof RexDynamicParam param) {
      return toLong(context.get(param.getName()));
    }
    return null;
  }

  private static Long toLong(Object o) {
    if (o instanceof BigDecimal bd) {
      try {
        return bd.longValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
    if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
      return ((Number) o).longValue();
    }
    return null;
  }
}
