package io.hostsql.calcite;

import io.hostsql.calcite.process.ProcessesTable;
import io.hostsql.os.linux.ProcFs;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * The {@code os} schema: every hostsql table over one procfs (the live /proc, or a fixture tree
 * in tests).
 */
public final class OsSchema extends AbstractSchema {
  /** The schema's name in a connection. */
  public static final String NAME = "os";

  private final Map<String, Table> tables;

  public OsSchema(ProcFs fs) {
    this.tables = Map.of("processes", new ProcessesTable(fs));
  }

  /** The schema over the live system. */
  public static OsSchema live() {
    return new OsSchema(ProcFs.system());
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return tables;
  }
}
