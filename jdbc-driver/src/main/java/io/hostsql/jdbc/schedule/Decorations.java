package io.hostsql.jdbc.schedule;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values osquery's decorator queries add to every result line: each column of each row a
 * decorator returns becomes a decoration of that name (a later row or query overwrites an
 * earlier one). They run on a connection of their own, one at a time; a failing decorator is
 * reported once per message and leaves the previous values in place.
 */
final class Decorations implements AutoCloseable {
  private final ScheduleConfig.Decorators decorators;
  private final Connection connection;
  private final StatusLog status;
  private final int timeoutSeconds;
  private final Map<String, String> values = new ConcurrentHashMap<>();
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  Decorations(ScheduleConfig.Decorators decorators, Connection connection, StatusLog status,
      int timeoutSeconds) {
    this.decorators = decorators;
    this.connection = connection;
    this.status = status;
    this.timeoutSeconds = timeoutSeconds;
  }

  void runLoad() {
    run(decorators.load());
  }

  void runAlways() {
    run(decorators.always());
  }

  /** The interval decorators due at this second (osquery checks them once a minute). */
  void runInterval(long unixSecond) {
    if (unixSecond % 60 != 0) {
      return;
    }
    for (Map.Entry<Long, List<String>> e : decorators.interval().entrySet()) {
      if (unixSecond % e.getKey() == 0) {
        run(e.getValue());
      }
    }
  }

  /** The current decorations, in name order so that lines compare equal when nothing moved. */
  Map<String, String> current() {
    return values.isEmpty() ? Map.of() : new java.util.TreeMap<>(values);
  }

  private synchronized void run(List<String> queries) {
    for (String sql : queries) {
      try (Statement s = connection.createStatement()) {
        s.setQueryTimeout(timeoutSeconds);
        s.setMaxRows(1000);
        Map<String, String> found = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery(Sql.withoutTerminator(sql))) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            for (int i = 1; i <= md.getColumnCount(); i++) {
              String v = rs.getString(i);
              found.put(md.getColumnLabel(i), v == null ? "" : v);
            }
          }
        }
        values.putAll(found);
      } catch (SQLException | RuntimeException e) {
        String message = "decorator query failed: " + sql + ": " + Errors.message(e);
        if (reported.add(message)) {
          status.error(message + " (reported once)");
        }
      }
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing an embedded connection releases memory only.
    }
  }
}
