/**
 * Table declarations (TableDef, ColumnDef, FetchGroup) and the base classes of the tables; the
 * row type, REMARKS and docs all come from a declaration. PlatformTables registers, for one OS
 * family, the tables it has over the columns it has. May import io.hostsql.calcite.plan and
 * pushdown, io.hostsql.os and Calcite.
 */
package io.hostsql.calcite.table;
