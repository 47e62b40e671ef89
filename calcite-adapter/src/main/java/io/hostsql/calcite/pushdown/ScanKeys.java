package io.hostsql.calcite.pushdown;

import io.hostsql.calcite.table.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;

/**
 * The values a query's filters pin a table's pushdown keys to ({@code uid = 1000},
 * {@code username = 'alice'}, {@code uid IN (0, 1000)}), for readers that can then open
 * fewer files. The filters are left in place: Calcite applies them again to the rows.
 */
public final class ScanKeys {
  private static final ScanKeys NONE = new ScanKeys(Map.of(), Map.of(), Map.of());

  private final Map<String, Set<Long>> numbers;
  private final Map<String, String> strings;
  private final Map<String, Set<String>> texts;

  private ScanKeys(Map<String, Set<Long>> numbers, Map<String, String> strings,
      Map<String, Set<String>> texts) {
    this.numbers = numbers;
    this.strings = strings;
    this.texts = texts;
  }

  /** No key pinned: read everything. */
  public static ScanKeys none() {
    return NONE;
  }

  /** The keys of {@code def} that the conjuncts of {@code filters} pin. */
  public static ScanKeys of(TableDef<?> def, List<RexNode> filters, DataContext root) {
    if (filters == null || filters.isEmpty() || def.pushdownKeys().isEmpty()) {
      return NONE;
    }
    Map<String, Set<Long>> numbers = new HashMap<>();
    Map<String, String> strings = new HashMap<>();
    Map<String, Set<String>> texts = new HashMap<>();
    for (String key : def.pushdownKeys()) {
      int index = def.indexOf(key);
      SqlTypeFamily family = def.columns().get(index).type().getFamily();
      if (family == SqlTypeFamily.NUMERIC) {
        // KeyFilter removes what it answers; it works on a copy so every filter stays.
        Set<Long> values = KeyFilter.extract(new ArrayList<>(filters), index, root);
        if (values != null) {
          numbers.put(key, values);
        }
      } else {
        String value = stringEquality(filters, index, root);
        if (value != null) {
          strings.put(key, value);
        }
        Set<String> values = TextKeys.values(filters, index, root);
        if (values != null) {
          texts.put(key, values);
        }
      }
    }
    return new ScanKeys(numbers, strings, texts);
  }

  /** The values an integer key is pinned to, or null when it is not. */
  public Set<Long> numbers(String key) {
    return numbers.get(key);
  }

  /**
   * The values a text key is pinned to by {@code =}, {@code IN} or an OR of equalities (the
   * intersection when several conjuncts pin it), or null when it is not.
   */
  public Set<String> strings(String key) {
    return texts.get(key);
  }

  /** The value a text key is pinned to, or null when it is not. */
  public String string(String key) {
    return strings.get(key);
  }

  private static String stringEquality(List<RexNode> filters, int index, DataContext root) {
    for (RexNode filter : filters) {
      List<RexNode> conjuncts = filter.isA(SqlKind.AND)
          ? ((RexCall) filter).getOperands() : List.of(filter);
      for (RexNode c : conjuncts) {
        if (!(c instanceof RexCall call) || call.getKind() != SqlKind.EQUALS) {
          continue;
        }
        RexNode a = TextKeys.strip(call.getOperands().get(0));
        RexNode b = TextKeys.strip(call.getOperands().get(1));
        String v = TextKeys.isColumn(a, index) ? TextKeys.text(b, root)
            : TextKeys.isColumn(b, index) ? TextKeys.text(a, root)
            : null;
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }
}
