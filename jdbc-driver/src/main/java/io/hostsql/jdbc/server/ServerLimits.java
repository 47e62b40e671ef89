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
 * @param queryMemoryBytes the bytes one statement's sorts, groups, joins and windows may keep
 *     before it is stopped with SQLState 53200 (io.hostsql.calcite.plan.RetainedMemory); 0 for
 *     no limit
 * @param queryAllocationBytes the bytes the threads working for one statement may allocate
 *     (planning and rows included) before it is stopped with SQLState 53200; 0 for no limit
 */
public record ServerLimits(int connectionsPerUser, int statementsPerUser, int requestsPerUser,
    int connections, long queryMemoryBytes, long queryAllocationBytes) {
  /** The defaults: room for a few BI tools per user, far below what the server can hold. */
  public static final ServerLimits DEFAULT = new ServerLimits(32, 256, 8, 512);

  /**
   * These limits with the default memory limit ({@link #defaultQueryMemory()}) and no
   * allocation limit: allocation grows with every row a scan reads and drops too, so any fixed
   * default would refuse ordinary listings of large machines ({@code SELECT * FROM
   * process_memory_maps} with 1,570 processes allocated past 256 MiB while keeping a few MB).
   */
  public ServerLimits(int connectionsPerUser, int statementsPerUser, int requestsPerUser,
      int connections) {
    this(connectionsPerUser, statementsPerUser, requestsPerUser, connections,
        defaultQueryMemory(), 0);
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
    if (queryAllocationBytes < 0) {
      throw new IllegalArgumentException("--query-allocation must be 0 (none) or more bytes");
    }
  }

  /**
   * A quarter of the Java heap, within 16 MiB and 1 GiB: four queries at their limit fill the
   * half of the heap all queries may keep together, and the other half is the server's and
   * the streaming queries'.
   */
  public static long defaultQueryMemory() {
    long quarter = Runtime.getRuntime().maxMemory() / 4;
    return Math.max(16L << 20, Math.min(1L << 30, quarter));
  }
}
