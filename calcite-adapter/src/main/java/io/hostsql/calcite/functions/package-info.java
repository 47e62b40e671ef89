/**
 * SQL functions of SQLite and osquery (LIKE, GLOB, REGEXP, bounded string functions) registered
 * on the root schema. May import io.hostsql.calcite.plan and Calcite.
 */
package io.hostsql.calcite.functions;
