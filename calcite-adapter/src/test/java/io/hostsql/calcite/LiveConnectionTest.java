package io.hostsql.calcite;

import io.hostsql.os.linux.ProcFs;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests that query the live machine through one connection per test class. */
abstract class LiveConnectionTest {
  /** The class's connection over the live /proc. */
  static Connection c;

  @BeforeAll
  static void open() throws SQLException {
    c = OsConnections.open(ProcFs.system());
  }

  @AfterAll
  static void close() throws SQLException {
    c.close();
  }

  /** Every row of a query on the class's connection. */
  static List<List<Object>> rows(String sql, Object... params) throws SQLException {
    return OsConnections.rows(c, sql, params);
  }
}
