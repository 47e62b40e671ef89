/**
 * osquery's table names and columns as views over the os schema, and osquery's own tables
 * (osquery_info, osquery_schedule). May import io.hostsql.calcite.table, functions and
 * io.hostsql.os.
 */
package io.hostsql.calcite.osquery;
