package io.hostsql.calcite.table;

/** A table that carries its one declaration: JDBC metadata and the docs read it from here. */
public interface DeclaredTable {
  /** The declaration. */
  TableDef<?> definition();
}
