package io.hostsql.trino;

import io.airlift.slice.Slice;
import io.airlift.slice.Slices;
import io.trino.spi.TrinoException;
import io.trino.spi.connector.RecordCursor;
import io.trino.spi.type.Type;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Reads one host's answer row by row. A host that cannot be reached, refuses the credentials,
 * does not answer in time or answers with an error fails the query with its name and the
 * cause, or, when the session skips unreachable hosts, ends this host's rows there and is
 * recorded as skipped in {@code fleet.status}. Rows a host sent before it failed mid-answer
 * are kept.
 */
final class HostCursor implements RecordCursor {
  /** What a cursor needs besides its host and query. */
  record Context(HostConnector connector, FleetStatus status, String queryId,
      boolean skipUnreachable) {
  }

  private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

  private final Host host;
  private final String sql;
  private final List<HostsqlColumn> columns;
  private final Context context;
  private final long start = System.nanoTime();
  private final Object[] row;
  private Connection connection;
  private Statement statement;
  private ResultSet results;
  private long rows;
  private long readNanos;
  private boolean finished;

  HostCursor(Host host, String sql, List<HostsqlColumn> columns, Context context) {
    this.host = host;
    this.sql = sql;
    this.columns = columns;
    this.context = context;
    this.row = new Object[columns.size()];
    try {
      connection = context.connector().connect(host);
      statement = connection.createStatement();
      results = statement.executeQuery(sql);
    } catch (SQLException | RuntimeException e) {
      fail(e);
    } finally {
      readNanos += System.nanoTime() - start;
    }
  }

  /** Skips the host, or throws naming it. */
  private void fail(Exception e) {
    String why = Errors.describe(e);
    closeQuietly();
    finished = true;
    if (context.skipUnreachable()) {
      context.status().record(host, context.queryId(), FleetStatus.State.SKIPPED, rows, why,
          start);
      return;
    }
    context.status().record(host, context.queryId(), FleetStatus.State.FAILED, rows, why, start);
    boolean away = Errors.unreachable(e);
    throw new TrinoException(away ? FleetErrorCode.HOST_UNREACHABLE
        : FleetErrorCode.HOST_QUERY_FAILED, "host " + host.name() + " (" + host.url() + ") "
        + (away ? "unreachable" : "failed") + ": " + why, e);
  }

  @Override
  public long getCompletedBytes() {
    return 0;
  }

  @Override
  public long getReadTimeNanos() {
    return readNanos;
  }

  @Override
  public Type getType(int field) {
    return columns.get(field).type().trinoType();
  }

  @Override
  public boolean advanceNextPosition() {
    if (finished) {
      return false;
    }
    long t = System.nanoTime();
    try {
      if (!results.next()) {
        finished = true;
        context.status().record(host, context.queryId(), FleetStatus.State.OK, rows, null,
            start);
        closeQuietly();
        return false;
      }
      int remote = 1;
      for (int i = 0; i < columns.size(); i++) {
        HostsqlColumn c = columns.get(i);
        row[i] = c.isHost() ? Slices.utf8Slice(host.name()) : read(c.type(), remote++);
      }
      rows++;
      return true;
    } catch (SQLException | RuntimeException e) {
      fail(e);
      return false;
    } finally {
      readNanos += System.nanoTime() - t;
    }
  }

  private Object read(ColumnType type, int index) throws SQLException {
    Object v = switch (type) {
      case BIGINT, INTEGER -> results.getLong(index);
      case DOUBLE -> results.getDouble(index);
      case BOOLEAN -> results.getBoolean(index);
      case VARCHAR -> {
        String s = results.getString(index);
        yield s == null ? null : Slices.utf8Slice(s);
      }
      case TIMESTAMP -> {
        Timestamp ts = results.getTimestamp(index, (Calendar) UTC.clone());
        // Trino's TIMESTAMP(3) is microseconds since the epoch, read as UTC wall time.
        yield ts == null ? null : ts.getTime() * 1_000;
      }
    };
    return results.wasNull() ? null : v;
  }

  @Override
  public boolean getBoolean(int field) {
    return (Boolean) row[field];
  }

  @Override
  public long getLong(int field) {
    return (Long) row[field];
  }

  @Override
  public double getDouble(int field) {
    return (Double) row[field];
  }

  @Override
  public Slice getSlice(int field) {
    return (Slice) row[field];
  }

  @Override
  public Object getObject(int field) {
    throw new UnsupportedOperationException("hostsql columns are all of primitive types");
  }

  @Override
  public boolean isNull(int field) {
    return row[field] == null;
  }

  @Override
  public void close() {
    if (!finished) {
      // Trino had enough (a LIMIT): what was read is this host's answer.
      finished = true;
      context.status().record(host, context.queryId(), FleetStatus.State.OK, rows, null, start);
    }
    closeQuietly();
  }

  private void closeQuietly() {
    for (AutoCloseable c : new AutoCloseable[] {results, statement, connection}) {
      if (c != null) {
        try {
          c.close();
        } catch (Exception ignored) {
          // The host is gone or the answer is complete: nothing is left to release here.
        }
      }
    }
    results = null;
    statement = null;
    connection = null;
  }
}
