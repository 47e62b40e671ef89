package io.hostsql.calcite.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;

/**
 * The objects a plan's generated code reads from its DataContext (Calcite's "stashed"
 * internal parameters: the tables its scans read, their pushed filters, lookup slots), told as
 * how to make them again in another process. A plan is cached only when every one of them is
 * of a kind known here; any other object (a filter expression, a set of IN-list values, a
 * value Calcite stashes for a function) makes it uncacheable, as a rebuilt object could differ.
 */
final class StashedValues {
  /** What a stashed value is. */
  enum Kind {
    /** The connection's SQL conformance, which Calcite always puts there. */
    CONFORMANCE,
    /** A table of the connection's schema, by schema and table name. */
    TABLE,
    /** An empty filter list: a scan with nothing pushed into it. */
    EMPTY_LIST,
    /** A fresh lookup slot, shared by a lookup join and the scan it feeds. */
    LOOKUP_SLOT
  }

  /**
   * One stashed value.
   *
   * @param name its name in the DataContext
   * @param kind what it is
   * @param path for a table, its schema's and its own name; otherwise empty
   * @param rowType for a table, its row type when the plan was made (the code reads its
   *     columns by position); otherwise empty
   */
  record Stashed(String name, Kind kind, List<String> path, String rowType) {
  }

  private static final String CONFORMANCE = "_conformance";

  private StashedValues() {
  }

  /** How to rebuild each of {@code values}: empty when one of them cannot be. */
  static Optional<List<Stashed>> describe(Map<String, Object> values,
      CalcitePrepare.Context context) {
    Map<Table, List<String>> tables = null;
    List<Stashed> out = new ArrayList<>();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      Object v = e.getValue();
      if (e.getKey().equals(CONFORMANCE)) {
        if (v != context.config().conformance()) {
          return Optional.empty();
        }
        out.add(new Stashed(e.getKey(), Kind.CONFORMANCE, List.of(), ""));
      } else if (v instanceof List<?> list && list.isEmpty()) {
        out.add(new Stashed(e.getKey(), Kind.EMPTY_LIST, List.of(), ""));
      } else if (v instanceof LookupKeys.Slot) {
        out.add(new Stashed(e.getKey(), Kind.LOOKUP_SLOT, List.of(), ""));
      } else if (v instanceof Table table) {
        if (tables == null) {
          tables = tablesOf(context.getRootSchema().plus());
        }
        List<String> path = tables.get(table);
        if (path == null) {
          return Optional.empty();
        }
        out.add(new Stashed(e.getKey(), Kind.TABLE, path, rowType(table, context)));
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(List.copyOf(out));
  }

  /** The values {@code stashed} describes, made for this connection: empty if one is gone. */
  static Optional<Map<String, Object>> rebuild(List<Stashed> stashed,
      CalcitePrepare.Context context) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Stashed s : stashed) {
      Object v = switch (s.kind()) {
        case CONFORMANCE -> context.config().conformance();
        case EMPTY_LIST -> List.of();
        case LOOKUP_SLOT -> new LookupKeys.Slot();
        case TABLE -> {
          Table t = table(context.getRootSchema().plus(), s.path());
          // A table whose columns changed since (another platform, a probe that now answers
          // otherwise) would be read by position wrongly: planned again instead.
          yield t != null && rowType(t, context).equals(s.rowType()) ? t : null;
        }
      };
      if (v == null) {
        return Optional.empty();
      }
      out.put(s.name(), v);
    }
    return Optional.of(out);
  }

  /**
   * A declared table's row type follows from its columns' names, types and nullability alone
   * (the type system is the connection's, which the key holds): told from the declaration,
   * without making Calcite's types, which a cached plan's run otherwise never needs.
   */
  private static String rowType(Table table, CalcitePrepare.Context context) {
    if (table instanceof io.hostsql.calcite.table.DeclaredTable d) {
      StringBuilder b = new StringBuilder("declared(");
      for (io.hostsql.calcite.table.ColumnDef<?> c : d.definition().columns()) {
        b.append(c.name()).append(' ').append(c.type()).append(c.nullable() ? "" : " NOT NULL")
            .append(", ");
      }
      return b.append(')').toString();
    }
    return table.getRowType(context.getTypeFactory()).getFullTypeString();
  }

  private static Table table(SchemaPlus root, List<String> path) {
    if (path.size() != 2) {
      return null;
    }
    SchemaPlus schema = root.getSubSchema(path.get(0));
    return schema == null ? null : schema.getTable(path.get(1));
  }

  /** Every table of the root's schemas, by identity, with its path (the first one found). */
  private static Map<Table, List<String>> tablesOf(SchemaPlus root) {
    Map<Table, List<String>> out = new java.util.IdentityHashMap<>();
    for (String s : new java.util.TreeSet<>(root.getSubSchemaNames())) {
      SchemaPlus schema = root.getSubSchema(s);
      if (schema == null) {
        continue;
      }
      for (String t : new java.util.TreeSet<>(schema.getTableNames())) {
        Table table = schema.getTable(t);
        if (table != null) {
          out.putIfAbsent(table, List.of(s, t));
        }
      }
    }
    return out;
  }
}
