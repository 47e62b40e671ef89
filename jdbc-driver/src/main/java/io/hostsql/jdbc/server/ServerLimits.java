package io.hostsql.jdbc.server;

/**
 * What one user may hold on the server at a time. Reaching a limit refuses the new request with
 * a message naming the limit; nothing already open is closed or evicted to make room.
 *
 * @param connectionsPerUser open connections per user (per HTTP session when the server runs
 *     without {@code --users}: {@link SessionOwner})
 * @param statementsPerUser open statements per user, over all of the user's connections
 * @param requestsPerUser requests of one user being answered at the same time
 * @param connections open connections over all users
 * @param queryMemoryBytes the bytes one statement's execution may allocate (planning and rows
 *     included) before it is stopped with SQLState 53200; 0 for no limit
 */
public record ServerLimits(int connectionsPerUser, int statementsPerUser, int requestsPerUser,
    int connections, long queryMemoryBytes) {
  /** The defaults: room for a few BI tools per user, far below what the server can hold. */
  public static final ServerLimits DEFAULT = new ServerLimits(32, 256, 8, 512);

  /**
   * These limits without a memory limit, the default: the limit counts allocation, which bounds
   * what a query holds from above but grows with every row a scan reads and drops too, so any
   * fixed default would refuse ordinary listings of large machines ({@code SELECT * FROM
   * process_memory_maps} with 1,570 processes allocated past 256 MiB while holding a few MB).
   * {@code --query-memory} sets one.
   */
  public ServerLimits(int connectionsPerUser, int statementsPerUser, int requestsPerUser,
      int connections) {
    this(connectionsPerUser, statementsPerUser, requestsPerUser, connections, 0);
  }

  /**
   * @throws IllegalArgumentException when a limit is below 1
   */
  public ServerLimits {
    if (connectionsPerUser < 1 || statementsPerUser < 1 || requestsPerUser < 1
        || connections < 1) {
      throw new IllegalArgumentException("every server limit must be at least 1");
    }
    if (queryMemoryBytes < 0) {
      throw new IllegalArgumentException("--query-memory must be 0 (none) or more bytes");
    }
  }
}
