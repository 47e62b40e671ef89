package io.hostsql.jdbc.cli;

import io.hostsql.jdbc.HostsqlDriver;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * The {@code hostsql} command: one-shot queries printed as a table, CSV, TSV or JSON, the
 * interactive shell when no SQL is given, {@code hostsql serve} or {@code hostsql schedule}.
 */
public final class Main {
  /** Exit status: success. */
  static final int OK = 0;
  /** Exit status: a SQL statement failed. */
  static final int SQL_ERROR = 1;
  /** Exit status: the command line was wrong. */
  static final int USAGE = 2;

  private Main() {
  }

  public static void main(String[] args) {
    StartupTrace.start();
    int code = run(args, System.out, System.err);
    System.out.flush();
    StartupTrace.mark("flushed");
    StartupTrace.report(System.err);
    System.exit(code);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("serve")) {
      return ServeCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    if (args.length > 0 && args[0].equals("schedule")) {
      return io.hostsql.jdbc.schedule.ScheduleCommand.run(
          java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    CliOptions options;
    try {
      options = CliOptions.parse(args);
    } catch (UsageException e) {
      err.println("hostsql: " + e.getMessage());
      err.print(CliOptions.usage());
      return USAGE;
    }
    if (options.help()) {
      out.print(CliOptions.usage());
      return OK;
    }
    if (options.docs()) {
      out.print(io.hostsql.calcite.OsSchema.live(io.hostsql.calcite.OsSchema
          .DEFAULT_SAMPLING_WINDOW).docs());
      return OK;
    }
    if (options.version()) {
      out.println("hostsql " + HostsqlDriver.version());
      return OK;
    }
    // A connection is opened below, whichever way: its query-independent set-up starts now.
    StartupWarmUp.start();
    try {
      if (options.interactive()) {
        return InteractiveShell.start(options.url());
      }
      String script = options.sql() != null ? options.sql() : readScript(options.file());
      NativeSearchPath.set();
      return runScript(options, script, out, err);
    } catch (UsageException e) {
      err.println("hostsql: " + e.getMessage());
      return USAGE;
    } catch (IOException e) {
      err.println("hostsql: " + e.getMessage());
      return SQL_ERROR;
    }
  }

  private static String readScript(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file: " + file);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static int runScript(CliOptions options, String script, PrintStream out,
      PrintStream err) {
    List<String> statements = SqlScript.split(script);
    if (statements.isEmpty()) {
      throw new UsageException("no SQL statement given");
    }
    if (statements.size() == 1) {
      // Alone in its script, the statement runs in a fresh connection: a plan made for the
      // same text by an earlier run (same jar, same settings) answers it.
      io.hostsql.calcite.plan.PlanCache.enableBesideCodeCache();
    }
    ResultPrinter printer = options.format().printer();
    String current = null;
    try (Connection connection = connect(options.url())) {
      // One connection for every refresh: cpu_percent measures between them.
      for (int round = 1; ; round++) {
        if (options.watchSeconds() > 0) {
          // Home the cursor and clear the screen, then say what is shown and when.
          out.print("\033[H\033[2J");
          out.println("Every " + options.watchSeconds() + " s: " + String.join("; ", statements)
              + "    " + java.time.LocalTime.now().withNano(0));
          out.println();
        }
        for (String sql : statements) {
          current = sql;
          try (Statement statement = connection.createStatement()) {
            if (statement.execute(sql)) {
              StartupTrace.mark("executed");
              printer.print(statement.getResultSet(), out);
              StartupTrace.mark("printed");
            } else if (options.format() == OutputFormat.TABLE) {
              out.println("(" + statement.getUpdateCount() + " rows affected)");
            }
            // Asked after the rows are printed: they are read, and refused, as they print.
            for (var w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
              err.println("hostsql: warning: " + w.getMessage());
            }
          }
        }
        out.flush();
        if (round == 1 && statements.size() == 1) {
          ArchiveHint.record();
        }
        if (options.watchSeconds() <= 0
            || options.watchCount() > 0 && round >= options.watchCount()) {
          return OK;
        }
        try {
          Thread.sleep((long) (options.watchSeconds() * 1000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return OK;
        }
      }
    } catch (SQLException e) {
      err.println("hostsql: " + ErrorMessages.describe(e, current));
      return SQL_ERROR;
    } catch (RuntimeException e) {
      // Calcite lets an exception thrown while rows are produced escape ResultSet.next as it
      // is; it is still the query's error, not the shell's.
      err.println("hostsql: " + e + (current == null ? "" : " (in: " + current + ")"));
      return SQL_ERROR;
    }
  }

  private static Connection connect(String url) throws SQLException {
    if (url.startsWith(HostsqlDriver.PREFIX)) {
      // Direct: no DriverManager scan of every driver on the class path at start-up.
      HostsqlDriver driver = new HostsqlDriver();
      StartupTrace.mark("driver loaded");
      Connection connection = driver.connect(url, new Properties());
      StartupTrace.mark("connected");
      return connection;
    }
    return DriverManager.getConnection(url);
  }
}
