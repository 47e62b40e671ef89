/**
 * Planner settings and rules: the scan (OsTableScan), pushdown rules, lookup joins, SQL dialect
 * and the query guard. May import io.hostsql.calcite.table, functions and Calcite; never
 * io.hostsql.os.
 */
package io.hostsql.calcite.plan;
