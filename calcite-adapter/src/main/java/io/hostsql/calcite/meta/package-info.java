/**
 * JDBC metadata from the table declarations: REMARKS, primary keys, information_schema. May
 * import io.hostsql.calcite.table and Calcite.
 */
package io.hostsql.calcite.meta;
