package io.hostsql.jdbc.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.Schema;
import schemacrawler.schema.Table;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;
import us.fatehi.utility.datasource.MultiUseUserCredentials;

/**
 * SchemaCrawler 16.26 (a schema crawler nobody here wrote, which BI and documentation tools
 * build on) crawls the os and osquery schemas at its maximum info level, embedded and through
 * both remote drivers: it logs no warning (it logs every driver call that fails: an
 * SQLFeatureNotSupportedException, a metadata method that throws) and finds the tables,
 * columns and primary keys that getTables, getColumns and getPrimaryKeys list.
 */
class SchemaCrawlerTest {

  /** Every record SchemaCrawler logs at WARNING or above while a crawl runs. */
  private static final class Warnings extends Handler implements AutoCloseable {
    private final List<String> seen = new ArrayList<>();
    private final List<Logger> loggers = new ArrayList<>();

    Warnings() {
      // Kept as fields: java.util.logging holds loggers weakly.
      for (String name : new String[] {"schemacrawler", "us.fatehi"}) {
        Logger logger = Logger.getLogger(name);
        logger.addHandler(this);
        loggers.add(logger);
      }
      setLevel(Level.WARNING);
    }

    @Override
    public synchronized void publish(LogRecord r) {
      if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
        String message = r.getMessage();
        if (r.getParameters() != null && message != null) {
          message = java.text.MessageFormat.format(message, r.getParameters());
        }
        seen.add(r.getLoggerName() + ": " + message
            + (r.getThrown() == null ? "" : " (" + r.getThrown() + ")"));
      }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
      loggers.forEach(l -> l.removeHandler(this));
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void maximumCrawlWarnsOfNothingAndFindsWhatMetadataLists(Target target) throws Exception {
    SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
        .withLimitOptions(LimitOptionsBuilder.builder()
            .includeSchemas(Pattern.compile("os|osquery")).toOptions())
        .withLoadOptions(LoadOptionsBuilder.builder()
            .withSchemaInfoLevel(SchemaInfoLevelBuilder.maximum()).toOptions());
    DatabaseConnectionSource source = DatabaseConnectionSources.newDatabaseConnectionSource(
        target.url(), new MultiUseUserCredentials());
    Catalog catalog;
    List<String> warnings;
    try (Warnings w = new Warnings()) {
      catalog = SchemaCrawlerUtility.getCatalog(source, options);
      warnings = List.copyOf(w.seen);
    } finally {
      source.close();
    }
    // Avatica's stock client throws on getTypeMap without asking the server (hostsql's
    // drivers answer an empty map): SchemaCrawler's one warning there is the client's.
    List<String> expected = target.hostsqlClient() ? List.of() : List.of(
        "schemacrawler.utility.TypeMap: Could not obtain data type map from connection"
            + " (java.sql.SQLFeatureNotSupportedException)");
    assertEquals(expected, warnings, "SchemaCrawler's warnings through " + target);

    Map<String, Integer> crawledColumns = new TreeMap<>();
    Map<String, List<String>> crawledKeys = new TreeMap<>();
    for (Schema schema : catalog.getSchemas()) {
      for (Table table : catalog.getTables(schema)) {
        String name = schema.getName() + "." + table.getName();
        crawledColumns.put(name, table.getColumns().size());
        if (table.hasPrimaryKey()) {
          List<String> key = new ArrayList<>();
          for (Column c : table.getPrimaryKey().getConstrainedColumns()) {
            key.add(c.getName());
          }
          crawledKeys.put(name, key);
        }
      }
    }
    Map<String, Integer> listedColumns = new TreeMap<>();
    Map<String, List<String>> listedKeys = new TreeMap<>();
    // What the metadata says, asked of the embedded driver: the remote ones must crawl the same.
    try (Connection c = Target.EMBEDDED.connect()) {
      DatabaseMetaData md = c.getMetaData();
      for (String schema : new String[] {"os", "osquery"}) {
        try (ResultSet rs = md.getTables(null, schema, null, null)) {
          while (rs.next()) {
            listedColumns.put(schema + "." + rs.getString("TABLE_NAME"), 0);
          }
        }
        try (ResultSet rs = md.getColumns(null, schema, null, null)) {
          while (rs.next()) {
            listedColumns.merge(schema + "." + rs.getString("TABLE_NAME"), 1, Integer::sum);
          }
        }
        try (ResultSet rs = md.getPrimaryKeys(null, schema, null)) {
          while (rs.next()) {
            listedKeys.computeIfAbsent(schema + "." + rs.getString("TABLE_NAME"),
                k -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
          }
        }
      }
    }
    assertTrue(listedColumns.size() > 80, listedColumns.size() + " tables");
    assertEquals(listedColumns, crawledColumns);
    if (target.hostsqlClient()) {
      assertEquals(listedKeys, crawledKeys);
      assertTrue(listedKeys.containsKey("os.processes"), listedKeys.toString());
    } else {
      // Avatica's stock client has no request for keys and answers none (README).
      assertEquals(Map.of(), crawledKeys);
    }
  }
}
