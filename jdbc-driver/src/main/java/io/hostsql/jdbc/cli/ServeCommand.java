package io.hostsql.jdbc.cli;

import io.hostsql.jdbc.server.HostsqlServer;
import io.hostsql.jdbc.server.ServerConfig;
import io.hostsql.jdbc.server.ServerLimits;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code hostsql serve}: runs the Avatica server until SIGTERM or Ctrl-C. */
final class ServeCommand {
  /** How long SIGTERM waits for the server to close before the JVM exits anyway. */
  private static final long SHUTDOWN_MILLIS = 1_000;
  private ServeCommand() {
  }

  static String usage() {
    return """
        Usage: hostsql serve [OPTIONS]

        Serves this machine's tables over HTTP to JDBC clients (Avatica, protobuf):
          jdbc:hostsql:remote:url=http://HOST:PORT[;user=U;password=P]
          jdbc:avatica:remote:url=http://HOST:PORT;serialization=PROTOBUF

          --host ADDRESS          address to listen on (default 127.0.0.1); any other than
                                  loopback requires --users
          --port N                port (default 8765; 0 picks a free one)
          --users FILE            HTTP BASIC users, one "name: password,hostsql" per line
                                  (Jetty realm format; OBF:, MD5: and CRYPT: passwords work);
                                  or HOSTSQL_USERS=FILE in the environment
          --allow-local-users     without --users, let a server run as root start anyway:
                                  every local user then reads what root reads
          --tls-keystore FILE     serve https with the key and certificate in FILE
          --tls-password-file F   the keystore's password, the first line of F (or
                                  HOSTSQL_TLS_PASSWORD); never on the command line, which
                                  every local user can read
          --deny-table TABLE      hide an os table (e.g. process_environ) from every client,
                                  views and joins included; repeatable or comma-separated
          --max-request-bytes N   refuse larger requests (default 1048576)
          --query-timeout S       stop any remote statement S seconds after it was sent,
                                  parsing, planning and compiling included (default 60;
                                  0: never), with SQLState 57014. Clients' own
                                  setQueryTimeout does not reach the server
          --max-connections-per-user N   (default 32)  open connections of one user; on a
                                  server without --users, of one HTTP session (a cookie)
          --max-statements-per-user N    (default 256) open statements of one user
          --max-requests-per-user N      (default 8)   requests of one user running at once
          --max-connections N     open connections of all users (default 512)
          --query-memory SIZE     stop a statement once its sorts, groups, joins and
                                  windows keep SIZE bytes (256m, 1g; 0: no limit; default a
                                  quarter of the Java heap, 16m to 1g) with SQLState 53200.
                                  Queries that stream keep nothing. All queries together
                                  may keep half the heap
          --query-allocation SIZE stop a statement once its threads have allocated SIZE
                                  bytes (default 0: no limit), with SQLState 53200. Counts
                                  every row a scan reads, kept or not
          --max-string-length N   longest text REPEAT, SPACE, LPAD, RPAD and || may make, in
                                  characters (default 10000000); longer is an SQL error
          -h, --help              print this help and exit

        The server is read-only: nothing a client sends can change or signal a process.
        """;
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    ServerConfig config;
    try {
      config = parse(args);
    } catch (HelpRequested e) {
      out.print(usage());
      return Main.OK;
    } catch (UsageException | IllegalArgumentException e) {
      err.println("hostsql serve: " + e.getMessage());
      return Main.USAGE;
    }
    HostsqlServer server;
    try {
      server = HostsqlServer.start(config);
    } catch (IllegalArgumentException e) {
      err.println("hostsql serve: " + e.getMessage());
      return Main.USAGE;
    } catch (Exception e) {
      err.println("hostsql serve: cannot start: " + rootMessage(e));
      return Main.SQL_ERROR;
    }
    err.println("hostsql: serving " + server.url() + " (Avatica protobuf"
        + (config.usersFile() != null ? ", HTTP BASIC" : "") + "); clients connect with "
        + "jdbc:hostsql:remote:url=" + server.url());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      // A query deep in work that checks no flag must not hold the exit: the close gets a
      // bounded time, then the JVM halts whatever still runs.
      Thread closer = new Thread(server::close, "hostsql-serve-close");
      closer.setDaemon(true);
      closer.start();
      try {
        closer.join(SHUTDOWN_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      err.println(closer.isAlive() ? "hostsql: stopped (work still running was abandoned)"
          : "hostsql: stopped");
      err.flush();
    }, "hostsql-serve-shutdown"));
    try {
      server.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Main.OK;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /** --help was given. */
  private static final class HelpRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static ServerConfig parse(String[] args) {
    return parse(args, System::getenv);
  }

  static ServerConfig parse(String[] args, java.util.function.UnaryOperator<String> env) {
    String host = ServerConfig.DEFAULT_HOST;
    int port = ServerConfig.DEFAULT_PORT;
    String usersEnv = env.apply("HOSTSQL_USERS");
    Path users = usersEnv == null || usersEnv.isEmpty() ? null : Path.of(usersEnv);
    Path keystore = null;
    String password = env.apply("HOSTSQL_TLS_PASSWORD");
    Path passwordFile = null;
    boolean allowLocalUsers = false;
    ServerLimits d = ServerLimits.DEFAULT;
    int connectionsPerUser = d.connectionsPerUser();
    int statementsPerUser = d.statementsPerUser();
    int requestsPerUser = d.requestsPerUser();
    int connections = d.connections();
    long queryMemory = d.queryMemoryBytes();
    long queryAllocation = d.queryAllocationBytes();
    Set<String> denied = new LinkedHashSet<>();
    long maxRequest = ServerConfig.DEFAULT_MAX_REQUEST_BYTES;
    int queryTimeout = ServerConfig.DEFAULT_QUERY_TIMEOUT;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> throw new HelpRequested();
        case "--host" -> host = value(args, ++i, a);
        case "--port" -> port = number(value(args, ++i, a), a);
        case "--users" -> users = Path.of(value(args, ++i, a));
        case "--tls-keystore" -> keystore = Path.of(value(args, ++i, a));
        case "--tls-password" -> throw new UsageException("--tls-password is refused: a "
            + "password on the command line is readable by every local user (ps, "
            + "/proc/PID/cmdline, hostsql's own processes table). Put it in a file only you "
            + "can read and give --tls-password-file FILE, or set HOSTSQL_TLS_PASSWORD");
        case "--tls-password-file" -> passwordFile = Path.of(value(args, ++i, a));
        case "--allow-local-users" -> allowLocalUsers = true;
        case "--max-connections-per-user" -> connectionsPerUser = number(value(args, ++i, a), a);
        case "--max-statements-per-user" -> statementsPerUser = number(value(args, ++i, a), a);
        case "--max-requests-per-user" -> requestsPerUser = number(value(args, ++i, a), a);
        case "--max-connections" -> connections = number(value(args, ++i, a), a);
        case "--query-memory" -> queryMemory = size(value(args, ++i, a), a);
        case "--query-allocation" -> queryAllocation = size(value(args, ++i, a), a);
        case "--max-string-length" -> System.setProperty(
            io.hostsql.calcite.functions.BoundedStrings.PROPERTY,
            Integer.toString(number(value(args, ++i, a), a)));
        case "--deny-table" -> {
          for (String t : value(args, ++i, a).split(",")) {
            if (!t.isBlank()) {
              denied.add(t.trim());
            }
          }
        }
        case "--max-request-bytes" -> maxRequest = number(value(args, ++i, a), a);
        case "--query-timeout" -> queryTimeout = number(value(args, ++i, a), a);
        default -> throw new UsageException("unknown option " + a + " (see hostsql serve "
            + "--help)");
      }
    }
    if (passwordFile != null) {
      password = firstLine(passwordFile);
    } else if (keystore == null) {
      password = null; // an environment variable alone does not ask for TLS
    }
    return new ServerConfig(host, port, users, keystore, password, denied, maxRequest,
        queryTimeout, new ServerLimits(connectionsPerUser, statementsPerUser, requestsPerUser,
        connections, queryMemory, queryAllocation), allowLocalUsers);
  }

  private static String firstLine(Path file) {
    try (var lines = java.nio.file.Files.lines(file)) {
      return lines.findFirst().orElseThrow(() -> new UsageException("the password file "
          + file + " is empty"));
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      throw new UsageException("cannot read the password file " + file);
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static long size(String v, String option) {
    try {
      return io.hostsql.jdbc.QueryLimits.bytes(v);
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + " needs a number of bytes, optionally with k, m or g "
          + "(256m), got '" + v + "'");
    }
  }

  private static int number(String v, String option) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new UsageException(option + " needs a number, got '" + v + "'");
    }
  }
}
