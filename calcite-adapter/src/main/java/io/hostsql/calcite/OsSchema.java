package io.hostsql.calcite;

import io.hostsql.os.Platform;
import java.time.Duration;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * The {@code os} schema: every hostsql table over one {@link Platform} (the running machine,
 * procfs and sysfs mounted elsewhere, or fixture trees in tests). One instance per connection:
 * the state between scans (cpu_percent, counter wrap correction) belongs to the connection that
 * scans. A table is built when a statement or a metadata call first reads it ({@link
 * TableCatalog}): the names are known without building any.
 */
public final class OsSchema extends AbstractSchema {
  /** The schema's name in a connection. */
  public static final String NAME = "os";
  /** The default sampling window of cpu_percent and cpu_times_percent on a first scan. */
  public static final Duration DEFAULT_SAMPLING_WINDOW = Duration.ofMillis(100);

  /** The platform family's tables: a table (or column) it lacks is left out. */
  private final LazyTables tables;
  private final io.hostsql.os.files.FileTree files = new io.hostsql.os.files.FileTree();
  private volatile boolean pidLookups = true;

  /** The walker of the files tables, whose listener tests set to count directories read. */
  public io.hostsql.os.files.FileTree fileTree() {
    return files;
  }

  /** Whether joins on pid may become lookups (connection property pidLookups). */
  public boolean pidLookups() {
    return pidLookups;
  }

  /** Turns pid lookups on or off for this connection's later statements. */
  public OsSchema withPidLookups(boolean on) {
    this.pidLookups = on;
    return this;
  }

  /**
   * @param platform the OS it reads (the running one, or one over fixture trees)
   * @param samplingWindow the first scan's window for CPU percentages
   */
  public OsSchema(Platform platform, Duration samplingWindow) {
    this.tables = new LazyTables(platform.family(), new Readers(platform, samplingWindow, files));
  }

  /**
   * Makes the os schema under {@code root} (a connection's schema, or a statement's snapshot
   * of it) look each table up when asked. Calcite's caching schema would otherwise, on the
   * first lookup of any table, look up, and so build, every table to keep them all; the names
   * this schema gives cannot change under it but by {@link #without}, before any lookup.
   */
  public static void lookUpLazily(org.apache.calcite.jdbc.CalciteSchema root) {
    org.apache.calcite.jdbc.CalciteSchema os = root.getSubSchema(NAME, true);
    if (os != null && os.schema instanceof OsSchema) {
      os.tables(); // made first: the caches turned off are the ones made so far
      os.setCache(false);
    }
  }

  /** The schema over the running machine. */
  public static OsSchema live(Duration samplingWindow) {
    return new OsSchema(Platform.current(), samplingWindow);
  }

  /**
   * Removes the named tables from this schema, so that neither a query, a view over them nor
   * the metadata can reach them (a server's --deny-table).
   *
   * @throws IllegalArgumentException naming a table the schema does not have
   */
  public OsSchema without(java.util.Set<String> names) {
    for (String name : names) {
      if (!tables.containsKey(name)) {
        throw new IllegalArgumentException("no table named " + name + " in schema " + NAME);
      }
    }
    tables.hide(names);
    return this;
  }

  /**
   * The columns of {@code table} this schema's platform lacks: naming one is "Column not
   * found" here, so a view that does is not offered (see OsqueryViews).
   */
  public java.util.Set<String> absentColumns(String table) {
    return tables.absentColumns(table);
  }

  /**
   * Whether the named table has been built: read by a statement or a metadata call (or built
   * with the group it is declared in). What a statement builds is what it reads.
   */
  public boolean isBuilt(String table) {
    return tables.isBuilt(table);
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return tables;
  }

  /**
   * The reference documentation of every declared table (docs/tables.md), each with all its
   * columns and the platforms that have them, whichever platform this schema is over.
   */
  public String docs() {
    return io.hostsql.calcite.docs.TableDocs.markdown(NAME, tables.declared());
  }
}
