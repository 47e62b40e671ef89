package io.hostsql.calcite.table;

/**
 * A schema whose tables follow from the other schemas' table names, the platform and
 * hostsql's own code alone (the osquery views over the os tables): a plan cache key that holds
 * those need not list its tables, and so need not make them.
 */
public interface DerivedSchema {
}
