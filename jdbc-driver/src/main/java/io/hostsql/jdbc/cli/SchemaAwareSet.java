package io.hostsql.jdbc.cli;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.util.List;
import org.jline.reader.Completer;
import sqlline.CommandHandler;
import sqlline.DispatchCallback;
import sqlline.SqlLine;

/**
 * sqlline's {@code !set}, plus {@code !set schema NAME}: switches the connection's default
 * schema ({@code os} or {@code osquery}) without reconnecting, as osquery users expect to pick
 * their table names. Every other {@code !set} goes to sqlline's own handler.
 */
final class SchemaAwareSet implements CommandHandler {
  private final SqlLine sqlLine;
  private final CommandHandler delegate;

  SchemaAwareSet(SqlLine sqlLine, CommandHandler delegate) {
    this.sqlLine = sqlLine;
    this.delegate = delegate;
  }

  @Override
  public void execute(String line, DispatchCallback callback) {
    String[] words = line.trim().split("\\s+");
    if (words.length != 3 || !words[1].equalsIgnoreCase("schema")) {
      delegate.execute(line, callback);
      return;
    }
    try {
      Connection c = connection();
      String name = words[2];
      if (!c.getMetaData().getSchemas(null, name).next()) {
        sqlLine.error("no schema named " + name + " (os, osquery)");
        callback.setToFailure();
        return;
      }
      c.setSchema(name);
      callback.setToSuccess();
    } catch (Exception e) {
      sqlLine.error(e);
      callback.setToFailure();
    }
  }

  /** sqlline keeps its current connection package-private; there is no other way to reach it. */
  private Connection connection() throws Exception {
    Method m = SqlLine.class.getDeclaredMethod("getConnection");
    m.setAccessible(true);
    return (Connection) m.invoke(sqlLine);
  }

  @Override
  public String getName() {
    return delegate.getName();
  }

  @Override
  public List<String> getNames() {
    return delegate.getNames();
  }

  @Override
  public String getHelpText() {
    return delegate.getHelpText() + "; !set schema osquery switches to osquery's tables";
  }

  @Override
  public String matches(String line) {
    return delegate.matches(line);
  }

  @Override
  public List<Completer> getParameterCompleters() {
    return delegate.getParameterCompleters();
  }

  @Override
  public boolean echoToFile() {
    return delegate.echoToFile();
  }
}
