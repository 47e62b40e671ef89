package io.hostsql.trino;

import io.airlift.slice.Slice;
import io.trino.spi.connector.ColumnHandle;
import io.trino.spi.predicate.Domain;
import io.trino.spi.predicate.Range;
import io.trino.spi.predicate.SortedRangeSet;
import io.trino.spi.predicate.ValueSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SQL each host runs for a split: only the columns Trino reads, the pushed filter as a
 * WHERE clause hostsql's own pushdown understands ({@code pid = 1} reads one process), and the
 * LIMIT. Every literal it writes is checked to mean the same to hostsql as to Trino; a filter
 * that cannot be written so stays with Trino.
 */
final class RemoteSql {
  /** More ranges than this on one column are left to Trino rather than sent as a long IN. */
  static final int MAX_RANGES = 1000;

  private RemoteSql() {
  }

  /** The query for one host. */
  static String select(HostsqlTable table, List<HostsqlColumn> columns) {
    StringBuilder sql = new StringBuilder("SELECT ");
    List<String> names = columns.stream().filter(c -> !c.isHost())
        .map(c -> quote(c.remoteName())).toList();
    // count(*) needs rows, not values: a constant column costs the host nothing to produce.
    sql.append(names.isEmpty() ? "1" : String.join(", ", names));
    sql.append(" FROM ").append(quote(table.schema())).append('.').append(quote(table.table()));
    String where = where(table);
    if (!where.isEmpty()) {
      sql.append(" WHERE ").append(where);
    }
    table.limit().ifPresent(n -> sql.append(" LIMIT ").append(n));
    return sql.toString();
  }

  /** The pushed filter as SQL, the host column's part left out; empty when there is none. */
  static String where(HostsqlTable table) {
    if (table.constraint().isNone()) {
      return "FALSE";
    }
    List<String> terms = new ArrayList<>();
    for (Map.Entry<ColumnHandle, Domain> e
        : table.constraint().getDomains().orElseThrow().entrySet()) {
      HostsqlColumn column = (HostsqlColumn) e.getKey();
      if (!column.isHost()) {
        terms.add(domain(column, e.getValue()));
      }
    }
    for (HostsqlTable.Like like : table.likes()) {
      terms.add(quote(like.column().remoteName()) + " LIKE " + string(like.pattern())
          + like.escape().map(x -> " ESCAPE " + string(x)).orElse(""));
    }
    return String.join(" AND ", terms);
  }

  /** Whether a column's domain can be written for the host with the same meaning. */
  static boolean pushable(HostsqlColumn column, Domain domain) {
    if (column.isHost()) {
      return true;
    }
    if (column.type() == ColumnType.TIMESTAMP) {
      return false;
    }
    if (domain.isNone() || domain.isAll() || domain.isOnlyNull()) {
      return true;
    }
    if (!(domain.getValues() instanceof SortedRangeSet ranges)
        || ranges.getRangeCount() > MAX_RANGES) {
      return false;
    }
    for (Range r : ranges.getOrderedRanges()) {
      if (r.getLowValue().filter(v -> literal(column.type(), v).isEmpty()).isPresent()
          || r.getHighValue().filter(v -> literal(column.type(), v).isEmpty()).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether hostsql compares the column's values exactly as Trino does, so Trino need not check
   * the pushed domain again: equality everywhere, order for numbers and booleans. Strings are
   * ordered by Trino in UTF-8 bytes and by hostsql in UTF-16 units, so their ranges are checked
   * again.
   */
  static boolean exact(HostsqlColumn column, Domain domain) {
    if (column.isHost() || column.type() != ColumnType.VARCHAR || domain.isNone()
        || domain.isAll() || domain.isOnlyNull()) {
      return true;
    }
    return domain.getValues() instanceof SortedRangeSet ranges
        && ranges.getOrderedRanges().stream().allMatch(Range::isSingleValue);
  }

  private static String domain(HostsqlColumn column, Domain domain) {
    String col = quote(column.remoteName());
    if (domain.isNone()) {
      return "FALSE";
    }
    if (domain.isOnlyNull()) {
      return col + " IS NULL";
    }
    ValueSet values = domain.getValues();
    String valueTerm;
    if (values.isAll()) {
      valueTerm = col + " IS NOT NULL";
    } else {
      List<String> singles = new ArrayList<>();
      List<String> spans = new ArrayList<>();
      for (Range r : ((SortedRangeSet) values).getOrderedRanges()) {
        if (r.isSingleValue()) {
          singles.add(literal(column.type(), r.getSingleValue()).orElseThrow());
        } else {
          List<String> bounds = new ArrayList<>();
          r.getLowValue().ifPresent(v -> bounds.add(col + (r.isLowInclusive() ? " >= " : " > ")
              + literal(column.type(), v).orElseThrow()));
          r.getHighValue().ifPresent(v -> bounds.add(col + (r.isHighInclusive() ? " <= " : " < ")
              + literal(column.type(), v).orElseThrow()));
          spans.add(bounds.isEmpty() ? col + " IS NOT NULL" : String.join(" AND ", bounds));
        }
      }
      List<String> alternatives = new ArrayList<>();
      if (singles.size() == 1) {
        alternatives.add(col + " = " + singles.get(0));
      } else if (!singles.isEmpty()) {
        alternatives.add(col + " IN (" + String.join(", ", singles) + ")");
      }
      alternatives.addAll(spans);
      valueTerm = alternatives.size() == 1 ? alternatives.get(0)
          : alternatives.stream().map(a -> "(" + a + ")").collect(Collectors.joining(" OR "));
    }
    if (domain.isNullAllowed()) {
      return "(" + valueTerm + " OR " + col + " IS NULL)";
    }
    return alternatives(valueTerm);
  }

  private static String alternatives(String term) {
    return term.contains(" OR ") ? "(" + term + ")" : term;
  }

  /** A value as a hostsql literal, or empty when none means exactly the same. */
  static Optional<String> literal(ColumnType type, Object value) {
    return switch (type) {
      case BIGINT, INTEGER -> Optional.of(Long.toString((Long) value));
      case BOOLEAN -> Optional.of(((Boolean) value) ? "TRUE" : "FALSE");
      case DOUBLE -> {
        double d = (Double) value;
        if (!Double.isFinite(d)) {
          yield Optional.empty();
        }
        String s = Double.toString(d);
        yield Optional.of(s.contains("E") ? s : s + "E0");
      }
      case VARCHAR -> stringLiteral(((Slice) value).toStringUtf8());
      case TIMESTAMP -> Optional.empty();
    };
  }

  /**
   * Printable ASCII only: hostsql's parser reads a plain literal as ISO-8859-1 and pads CHAR
   * literals, so other text, and a trailing space, is left for Trino to compare.
   */
  static Optional<String> stringLiteral(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return Optional.empty();
      }
    }
    if (s.endsWith(" ")) {
      return Optional.empty();
    }
    return Optional.of(string(s));
  }

  private static String string(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** The hosts a host-column domain admits, for EXPLAIN. */
  static String describeHosts(Domain hosts) {
    if (hosts.isNone()) {
      return "[]";
    }
    if (hosts.getValues() instanceof SortedRangeSet ranges
        && ranges.getOrderedRanges().stream().allMatch(Range::isSingleValue)) {
      return ranges.getOrderedRanges().stream()
          .map(r -> ((Slice) r.getSingleValue()).toStringUtf8())
          .collect(Collectors.joining(",", "[", "]"));
    }
    return hosts.toString();
  }
}
