package io.hostsql.jdbc.schedule;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code hostsql schedule}: runs an osquery configuration's schedule until stopped. */
public final class ScheduleCommand {
  private static final int OK = 0;
  private static final int FAILED = 1;
  private static final int USAGE = 2;

  /** Command-line options and the osquery option each sets. */
  private static final Map<String, String> FLAGS = Map.ofEntries(
      Map.entry("--log-dir", "logger_path"), Map.entry("--store", "database_path"),
      Map.entry("--results", "hostsql_results"),
      Map.entry("--rotate-size", "logger_rotate_size"),
      Map.entry("--rotate-count", "logger_rotate_max_files"),
      Map.entry("--epoch", "schedule_epoch"), Map.entry("--splay-percent",
          "schedule_splay_percent"),
      Map.entry("--host-identifier", "host_identifier"),
      Map.entry("--query-timeout", "hostsql_query_timeout"),
      Map.entry("--max-rows", "hostsql_max_rows"),
      Map.entry("--memory-limit", "watchdog_memory_limit"),
      Map.entry("--workers", "hostsql_workers"), Map.entry("--run-for", "schedule_timeout"));

  private ScheduleCommand() {
  }

  /** The help text. */
  public static String usage() {
    return """
        Usage: hostsql schedule --config FILE [OPTIONS]

        Runs the schedule of an osquery configuration (schedule, packs inline or by path,
        decorators, options) and writes osquery's result log: one JSON line per row added
        or removed since the query's previous run, or one per snapshot. The previous results
        are kept in a store, so a restart logs only what changed meanwhile.

          --config FILE          the osquery configuration (JSON; # and // comment lines
                                 and \\ line continuations as osqueryd accepts them)
          --check                read the configuration, plan every query, report, exit
          --log-dir DIR          osqueryd.results.log and hostsql-schedule.status.log go
                                 here (logger_path; default /var/log/hostsql)
          --results WHERE        file, stdout or both (default file)
          --store DIR            previous results (database_path; default
                                 /var/lib/hostsql/schedule)
          --rotate-size BYTES    rotate the result log before it passes this size
                                 (logger_rotate_size; default 26214400)
          --rotate-count N       rotated files kept (logger_rotate_max_files; default 25)
          --epoch N              schedule_epoch: a new value starts every query afresh
          --splay-percent P      spread intervals by up to P% (schedule_splay_percent; 10)
          --host-identifier K    hostname, uuid, specified, instance or ephemeral
          --query-timeout S      stop a run after S seconds (default 60); unless the query
                                 says "denylist": false it is then suspended for a day
          --max-rows N           drop a run that returns more rows (default 100000)
          --memory-limit MB      stop when resident memory passes MB (watchdog_memory_limit;
                                 default 1024; 0: no limit)
          --workers N            queries run at once (default 2)
          --run-for S            stop after S seconds (schedule_timeout; default: never)
          -h, --help             print this help and exit

        Command-line options win over the configuration's "options". Status lines (started,
        a query that failed, overran or was stopped, a log or store that cannot be written)
        go to stderr and to hostsql-schedule.status.log. SIGTERM or Ctrl-C stops cleanly.
        Exit status: 0 stopped, 1 cannot start, 2 usage or configuration error, 3 memory
        limit reached.
        """;
  }

  /** Runs the command; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> overrides = new LinkedHashMap<>();
    Path config = null;
    boolean check = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        value = a.substring(eq + 1);
        a = a.substring(0, eq);
      }
      if (a.equals("-h") || a.equals("--help")) {
        out.print(usage());
        return OK;
      }
      if (a.equals("--check")) {
        check = true;
        continue;
      }
      if (!a.equals("--config") && !FLAGS.containsKey(a)) {
        err.println("hostsql schedule: unknown option " + a);
        err.print(usage());
        return USAGE;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          err.println("hostsql schedule: " + a + " needs a value");
          return USAGE;
        }
        value = args[++i];
      }
      if (a.equals("--config")) {
        config = Path.of(value);
      } else {
        overrides.put(FLAGS.get(a), value);
      }
    }
    if (config == null) {
      err.println("hostsql schedule: --config FILE is required");
      err.print(usage());
      return USAGE;
    }
    if (check) {
      // A check writes no file: its status lines go to stderr only.
      overrides.put("hostsql_results", "stdout");
    }
    Scheduler scheduler;
    try {
      scheduler = Scheduler.prepare(config, overrides, out, err);
    } catch (ConfigException e) {
      err.println("hostsql schedule: " + e.getMessage());
      return USAGE;
    }
    if (check) {
      out.println(scheduler.scheduled().size() + " queries can be scheduled, "
          + scheduler.planFailures().size() + " cannot be planned");
      scheduler.scheduled().forEach(n -> out.println("scheduled\t" + n));
      scheduler.planFailures().forEach((n, why) -> out.println("not planned\t" + n + "\t"
          + why));
      scheduler.close();
      return OK;
    }
    try {
      scheduler.start();
    } catch (StoreException e) {
      err.println("hostsql schedule: cannot start: " + e.getMessage());
      scheduler.close();
      return FAILED;
    }
    Thread hook = new Thread(scheduler::close, "hostsql-schedule-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return scheduler.awaitExit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OK;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // Already shutting down: the hook closes the scheduler.
      }
    }
  }
}
