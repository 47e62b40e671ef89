package io.hostsql.calcite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests that query the live machine through one connection per test class. */
public abstract class LiveConnectionTest {
  /** The class's connection over the running platform. */
  protected static Connection c;

  @BeforeAll
  public static void open() throws SQLException {
    c = OsConnections.open(io.hostsql.os.Platform.current());
  }

  @AfterAll
  public static void close() throws SQLException {
    c.close();
  }

  /** Every row of a query on the class's connection. */
  protected static List<List<Object>> rows(String sql, Object... params) throws SQLException {
    return OsConnections.rows(c, sql, params);
  }
}
