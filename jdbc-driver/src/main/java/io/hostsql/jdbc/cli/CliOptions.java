package io.hostsql.jdbc.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed command line of {@code hostsql}.
 *
 * @param help whether --help was asked
 * @param version whether --version was asked
 * @param docs whether --docs was asked
 * @param url the JDBC URL to connect to
 * @param format the output format of one-shot queries
 * @param file a SQL script to run (-f), or null
 * @param sql SQL given as arguments, or null
 * @param watchSeconds with --watch, the seconds between refreshes; 0 runs once
 * @param watchCount with --count, how many refreshes before stopping; 0 runs until interrupted
 */
record CliOptions(boolean help, boolean version, boolean docs, String url, OutputFormat format,
    String file, String sql, double watchSeconds, int watchCount) {

  static final String DEFAULT_URL = "jdbc:hostsql:";

  /** Whether this is an interactive session (nothing to run given). */
  boolean interactive() {
    return file == null && sql == null;
  }

  static CliOptions parse(String[] args) {
    boolean help = false;
    boolean version = false;
    boolean docs = false;
    double watch = 0;
    int count = 0;
    String url = DEFAULT_URL;
    OutputFormat format = OutputFormat.TABLE;
    String file = null;
    String procfs = null;
    String sysfs = null;
    List<String> sql = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> help = true;
        case "-V", "--version" -> version = true;
        case "--docs" -> docs = true;
        case "-f", "--file" -> file = value(args, ++i, a);
        case "--url", "-u" -> url = value(args, ++i, a);
        case "--format" -> format = OutputFormat.parse(value(args, ++i, a));
        case "--watch" -> watch = positive(value(args, ++i, a), a);
        case "--count" -> count = (int) positive(value(args, ++i, a), a);
        case "--procfs" -> procfs = value(args, ++i, a);
        case "--sysfs" -> sysfs = value(args, ++i, a);
        case "--" -> {
          while (++i < args.length) {
            sql.add(args[i]);
          }
        }
        default -> {
          if (a.startsWith("--format=")) {
            format = OutputFormat.parse(a.substring("--format=".length()));
          } else if (a.startsWith("--url=")) {
            url = a.substring("--url=".length());
          } else if (a.startsWith("--procfs=")) {
            procfs = a.substring("--procfs=".length());
          } else if (a.startsWith("--sysfs=")) {
            sysfs = a.substring("--sysfs=".length());
          } else if (a.startsWith("-") && a.length() > 1) {
            throw new UsageException("unknown option " + a);
          } else {
            sql.add(a);
          }
        }
      }
    }
    if (file != null && !sql.isEmpty()) {
      throw new UsageException("give either -f FILE or SQL, not both");
    }
    if (count > 0 && watch == 0) {
      throw new UsageException("--count goes with --watch");
    }
    url = withRoot(withRoot(url, "procfs", procfs), "sysfs", sysfs);
    return new CliOptions(help, version, docs, url, format, file,
        sql.isEmpty() ? null : String.join(" ", sql), watch, count);
  }

  /**
   * The URL with connection property {@code name} (the procfs or sysfs root) added, quoted as
   * Calcite's connect string quotes a value, so a path with ';' or '=' stays one value.
   */
  private static String withRoot(String url, String name, String path) {
    if (path == null) {
      return url;
    }
    if (!url.startsWith(DEFAULT_URL) || url.startsWith(DEFAULT_URL + "remote:")) {
      throw new UsageException("--" + name + " is for the embedded driver (jdbc:hostsql:); a"
          + " server reads its own host");
    }
    String value = "'" + path.replace("'", "''") + "'";
    return url + (url.equals(DEFAULT_URL) || url.endsWith(";") ? "" : ";") + name + "="
        + value;
  }

  private static double positive(String text, String option) {
    try {
      double v = Double.parseDouble(text);
      if (v > 0 && v < 86_400) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(option + " needs a positive number, got '" + text + "'");
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  static String usage() {
    return """
        Usage: hostsql [OPTIONS] ["SQL"]
               hostsql [OPTIONS] -f FILE.sql
               hostsql serve [--host H] [--port N] [--users FILE] ...   (serve --help)
               hostsql schedule --config FILE [--log-dir DIR] ...      (schedule --help)

        SQL over the live operating system. With SQL or -f, runs it and prints the
        results; with neither, opens an interactive SQL shell (sqlline).

          SQL                 one or more statements separated by ';'
          -f, --file FILE     run the statements in FILE
          --format FORMAT     table (default), csv, tsv or json
          --watch SECONDS     run again every SECONDS and redraw, like watch and top
                              (cpu_percent is then measured between refreshes)
          --count N           with --watch, stop after N refreshes
          -u, --url URL       JDBC URL to connect to (default jdbc:hostsql:; a server:
                              jdbc:hostsql:remote:url=http://HOST:8765;user=U;password=P)
          --procfs DIR        read /proc from DIR (a host's /proc mounted in a container,
                              another pid namespace's procfs); refused if not a procfs
          --sysfs DIR         read /sys from DIR; refused if not a sysfs
          --docs              print the reference of every table (Markdown) and exit
          -V, --version       print the version and exit
          -h, --help          print this help and exit

        Examples:
          hostsql "SELECT name, rss FROM processes ORDER BY rss DESC LIMIT 10"
          hostsql --format csv "SELECT pid, username, cmdline FROM processes"
          hostsql --watch 2 "SELECT pid, name, cpu_percent FROM processes
                             ORDER BY cpu_percent DESC LIMIT 15"

        Exit status: 0 on success, 1 on a SQL error (message on stderr), 2 on a usage error.
        Tables: see docs/tables.md or --docs; in the shell, !tables and !describe.
        """;
  }
}
