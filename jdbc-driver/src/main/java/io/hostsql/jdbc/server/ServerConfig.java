package io.hostsql.jdbc.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * How {@code hostsql serve} runs: where it listens, who may connect, and what it hides.
 *
 * @param host the address to bind (127.0.0.1 unless told otherwise)
 * @param port the TCP port; 0 picks a free one
 * @param usersFile a Jetty realm file ("name: password,hostsql") for HTTP BASIC, or null
 * @param tlsKeystore a keystore (PKCS12 or JKS) holding the server's key and certificate, or
 *     null for plain HTTP
 * @param tlsPassword the keystore's password
 * @param deniedTables os tables no client may read, directly or through a view
 * @param maxRequestBytes the largest request body accepted
 * @param queryTimeoutSeconds how long any one remote statement may take from the moment it
 *     reaches the server, planning and fetching included; 0 for no limit
 * @param limits what one user may hold at a time
 * @param allowLocalUsers whether a server run as root without a users file may start: every
 *     local user could then read what root reads
 */
public record ServerConfig(String host, int port, Path usersFile, Path tlsKeystore,
    String tlsPassword, Set<String> deniedTables, long maxRequestBytes,
    int queryTimeoutSeconds, ServerLimits limits, boolean allowLocalUsers) {
  /** The default address: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** Avatica's customary port. */
  public static final int DEFAULT_PORT = 8765;
  /** Avatica's requests are small; a megabyte leaves room for long SQL. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1 << 20;
  /** A remote statement's time limit unless told otherwise, in seconds. */
  public static final int DEFAULT_QUERY_TIMEOUT = 60;
  /** The realm role a user needs to connect. */
  public static final String ROLE = "hostsql";

  /**
   * Refuses a configuration that would expose the machine or cannot work.
   *
   * @throws IllegalArgumentException saying what is wrong and how to fix it
   */
  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be 0 to 65535, got " + port);
    }
    if (queryTimeoutSeconds < 0) {
      throw new IllegalArgumentException("--query-timeout must be 0 (none) or more seconds");
    }
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException("--max-request-bytes must be at least 1024");
    }
    boolean loopback;
    try {
      loopback = InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown --host " + host);
    }
    if (!loopback && usersFile == null) {
      throw new IllegalArgumentException("binding to " + host + " (not loopback) lets other "
          + "machines in: it needs --users FILE (HTTP BASIC), and should have --tls-keystore");
    }
    if (usersFile != null && !Files.isReadable(usersFile)) {
      throw new IllegalArgumentException("cannot read the users file " + usersFile);
    }
    if (tlsKeystore != null && !Files.isReadable(tlsKeystore)) {
      throw new IllegalArgumentException("cannot read the keystore " + tlsKeystore);
    }
    if ((tlsKeystore == null) != (tlsPassword == null)) {
      throw new IllegalArgumentException("--tls-keystore and --tls-password go together");
    }
    if (usersFile == null && !allowLocalUsers && runningAsRoot()) {
      throw new IllegalArgumentException("this server runs as root and has no --users: any "
          + "local user could connect and read what root reads (every process's environment, "
          + "command line and open files), where running hostsql themselves shows them only "
          + "their own. Give --users FILE, or --allow-local-users to accept that");
    }
    deniedTables = Set.copyOf(deniedTables);
    limits = limits == null ? ServerLimits.DEFAULT : limits;
  }

  /** The default limits; refuses to start as root without users. */
  public ServerConfig(String host, int port, Path usersFile, Path tlsKeystore,
      String tlsPassword, Set<String> deniedTables, long maxRequestBytes,
      int queryTimeoutSeconds) {
    this(host, port, usersFile, tlsKeystore, tlsPassword, deniedTables, maxRequestBytes,
        queryTimeoutSeconds, ServerLimits.DEFAULT, false);
  }

  /** Whether this process's effective user is root (the owner of /proc/self). */
  static boolean runningAsRoot() {
    try {
      return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    } catch (java.io.IOException | UnsupportedOperationException e) {
      return true; // cannot tell: assume the worst, the flag or a users file still starts it
    }
  }

  /** Whether clients must use https. */
  public boolean tls() {
    return tlsKeystore != null;
  }
}
