package io.hostsql.calcite.plan;

import java.util.Properties;

/**
 * The SQL settings every hostsql connection starts from (a user's own connection properties
 * override them).
 */
public final class SqlDialect {
  private SqlDialect() {
  }

  /** The defaults, as Calcite connection properties. */
  public static Properties defaults() {
    Properties p = new Properties();
    // Identifiers: unquoted ones match whatever case they are typed in; quoted ones are exact.
    p.setProperty("caseSensitive", "false");
    p.setProperty("unquotedCasing", "UNCHANGED");
    p.setProperty("quotedCasing", "UNCHANGED");
    // hostsql's own parser reserves only the words that separate clauses: psutil's column
    // names (percent, free, system, position, min, max, value) and osquery's (time,
    // interval, offset, uuid...) work unquoted, and so do SQLite habits like !=.
    p.setProperty("parserFactory", "io.hostsql.calcite.parser.HostsqlParser#FACTORY");
    p.setProperty("conformance", "LENIENT");
    // Functions osquery-style queries use beyond the standard: GROUP_CONCAT (MySQL's
    // library), IFNULL (BigQuery's).
    p.setProperty("fun", "standard,mysql,bigquery");
    // pid = 'abc' is an error at validation, not a silent cast.
    p.setProperty("typeCoercion", "false");
    return p;
  }
}
