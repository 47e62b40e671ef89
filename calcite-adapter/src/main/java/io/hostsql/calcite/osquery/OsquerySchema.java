package io.hostsql.calcite.osquery;

import io.hostsql.calcite.table.DerivedSchema;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * The {@code osquery} schema's tables, made the first time anything lists or looks one up: a
 * view is offered only when the os tables it reads are there with the columns it names, and
 * telling that builds those tables, which a statement that never reads osquery (a cached
 * plan's run) does not need. Made once, whichever thread asks first.
 */
final class OsquerySchema extends AbstractSchema implements DerivedSchema {
  private final Function<SchemaPlus, Map<String, Table>> maker;
  private volatile SchemaPlus self;
  private volatile Map<String, Table> tables;

  /** @param maker the tables, given the schema as registered (which the views are over) */
  OsquerySchema(Function<SchemaPlus, Map<String, Table>> maker) {
    this.maker = maker;
  }

  /** Registers the schema under {@code root} as {@code name}. */
  SchemaPlus addTo(SchemaPlus root, String name) {
    SchemaPlus plus = root.add(name, this);
    self = plus;
    return plus;
  }

  @Override
  protected Map<String, Table> getTableMap() {
    Map<String, Table> t = tables;
    if (t == null) {
      synchronized (this) {
        t = tables;
        if (t == null) {
          t = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
              maker.apply(Objects.requireNonNull(self, "not registered"))));
          tables = t;
        }
      }
    }
    return t;
  }
}
