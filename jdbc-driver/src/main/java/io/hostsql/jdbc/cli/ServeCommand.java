package io.hostsql.jdbc.cli;

import io.hostsql.jdbc.server.HostsqlServer;
import io.hostsql.jdbc.server.ServerConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code hostsql serve}: runs the Avatica server until SIGTERM or Ctrl-C. */
final class ServeCommand {
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
                                  (Jetty realm format; OBF:, MD5: and CRYPT: passwords work)
          --tls-keystore FILE     serve https with the key and certificate in FILE
          --tls-password PW       the keystore's password (or HOSTSQL_TLS_PASSWORD)
          --deny-table TABLE      hide an os table (e.g. process_environ) from every client,
                                  views and joins included; repeatable or comma-separated
          --max-request-bytes N   refuse larger requests (default 1048576)
          --query-timeout S       stop any remote statement after S seconds (default 60;
                                  0: never). Clients' own setQueryTimeout does not reach
                                  the server
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
      server.close();
      err.println("hostsql: stopped");
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
    String host = ServerConfig.DEFAULT_HOST;
    int port = ServerConfig.DEFAULT_PORT;
    Path users = null;
    Path keystore = null;
    String password = System.getenv("HOSTSQL_TLS_PASSWORD");
    boolean passwordGiven = false;
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
        case "--tls-password" -> {
          password = value(args, ++i, a);
          passwordGiven = true;
        }
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
    if (keystore == null && !passwordGiven) {
      password = null; // an environment variable alone does not ask for TLS
    }
    return new ServerConfig(host, port, users, keystore, password, denied, maxRequest,
        queryTimeout);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static int number(String v, String option) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new UsageException(option + " needs a number, got '" + v + "'");
    }
  }
}
