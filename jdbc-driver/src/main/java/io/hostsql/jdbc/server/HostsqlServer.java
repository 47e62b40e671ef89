package io.hostsql.jdbc.server;

import io.hostsql.calcite.OsSchema;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.calcite.avatica.remote.LocalService;
import org.apache.calcite.avatica.server.AvaticaProtobufHandler;
import org.apache.calcite.avatica.server.HttpServer;
import org.apache.calcite.avatica.server.ServerCustomizer;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code hostsql serve}: an Avatica HTTP server (protobuf) over the embedded engine, so that
 * {@code jdbc:hostsql:remote:url=...} and the stock {@code jdbc:avatica:remote:} driver can
 * query this machine. Read-only by construction: hostsql's SQL has no statement or function
 * that changes or signals a process.
 */
public final class HostsqlServer implements AutoCloseable {
  /** How long a connection a client abandoned stays open, in seconds. */
  private static final int IDLE_CONNECTION_SECONDS = 300;
  /** How long an idle request thread is kept. */
  static final int POOL_IDLE_MILLIS = 1_000;
  /** TCP connections open at once, slow or not. */
  static final int MAX_HTTP_CONNECTIONS = 2_000;

  private final HttpServer http;
  private final ServerMeta meta;
  private final ServerConfig config;

  private final ScheduledExecutorService timer;

  private HostsqlServer(HttpServer http, ServerMeta meta, ServerConfig config,
      ScheduledExecutorService timer) {
    this.http = http;
    this.meta = meta;
    this.config = config;
    this.timer = timer;
  }

  /** Starts listening; returns once the port is bound. */
  public static HostsqlServer start(ServerConfig config) throws SQLException {
    Properties cache = new Properties();
    cache.setProperty("avatica.connectioncache.expiryduration",
        Integer.toString(IDLE_CONNECTION_SECONDS));
    cache.setProperty("avatica.connectioncache.expiryunit", "SECONDS");
    // Avatica's caches evict past their capacity, closing someone's connection; the owners'
    // limits (OwnedService) refuse well before these are reached.
    ServerLimits limits = config.limits();
    cache.setProperty("avatica.connectioncache.maxcapacity",
        Integer.toString(limits.connections() + 1));
    cache.setProperty("avatica.statementcache.maxcapacity",
        Long.toString(Math.min(Integer.MAX_VALUE,
            (long) limits.connections() * limits.statementsPerUser() + 1)));
    // Validates the denied names against the schema before anything listens (a schema, not a
    // whole connection: nothing is read).
    OsSchema.live(OsSchema.DEFAULT_SAMPLING_WINDOW).without(config.deniedTables());
    ServerMeta meta = new ServerMeta(config.deniedTables(), new io.hostsql.jdbc.QueryLimits(
        config.queryTimeoutSeconds(), limits.queryMemoryBytes(),
        limits.queryAllocationBytes()), cache);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "hostsql-serve-deadlines");
      t.setDaemon(true);
      return t;
    });
    RequestLimitHandler handler = new RequestLimitHandler(new AvaticaProtobufHandler(
        new OwnedService(new LocalService(meta), meta, limits)), config.maxRequestBytes(),
        timer);
    ServerCustomizer<Server> bind = server -> {
      for (Connector c : server.getConnectors()) {
        if (c instanceof ServerConnector sc) {
          sc.setHost(config.host());
        }
      }
      // A monitoring endpoint is idle most of the time: threads a burst of clients needed are
      // returned soon. Jetty 9 retires one idle thread per timeout, hence a short one.
      if (server.getThreadPool() instanceof QueuedThreadPool pool) {
        pool.setIdleTimeout(POOL_IDLE_MILLIS);
      }
      server.setErrorHandler(new PlainErrorHandler());
      // Slow clients hold a connection each, no thread (RequestLimitHandler); past this many
      // the server stops accepting until some finish or time out.
      server.addBean(new ConnectionLimit(MAX_HTTP_CONNECTIONS, server));
    };
    HttpServer.Builder<Server> builder = HttpServer.Builder.<Server>newBuilder()
        .withPort(config.port())
        .withHandler(handler)
        .withServerCustomizers(List.of(bind), Server.class);
    if (config.usersFile() != null) {
      builder.withBasicAuthentication(config.usersFile().toString(),
          new String[] {ServerConfig.ROLE});
    }
    if (config.tls()) {
      builder.withTLS(config.tlsKeystore().toFile(), config.tlsPassword(),
          config.tlsKeystore().toFile(), config.tlsPassword());
    }
    HttpServer http = builder.build();
    try {
      http.start();
    } catch (RuntimeException e) {
      timer.shutdownNow();
      throw e;
    }
    return new HostsqlServer(http, meta, config, timer);
  }

  /** The port it listens on (the chosen one when started with port 0). */
  public int port() {
    return http.getPort();
  }

  /** The URL clients connect to. */
  public String url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return (config.tls() ? "https" : "http") + "://" + host + ":" + port();
  }

  /** Server-side connections open now. */
  public long openConnections() {
    return meta.openConnections();
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    http.join();
  }

  /** Stops accepting, finishes, and closes every connection. */
  @Override
  public void close() {
    http.stop();
    meta.closeAll();
    timer.shutdownNow();
  }
}
