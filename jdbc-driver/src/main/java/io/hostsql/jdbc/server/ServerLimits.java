package io.hostsql.jdbc.server;

/**
 * What one user may hold on the server at a time. Reaching a limit refuses the new request with
 * a message naming the limit; nothing already open is closed or evicted to make room.
 *
 * @param connectionsPerUser open connections per user (all anonymous clients count as one
 *     user when the server runs without {@code --users})
 * @param statementsPerUser open statements per user, over all of the user's connections
 * @param requestsPerUser requests of one user being answered at the same time
 * @param connections open connections over all users
 */
public record ServerLimits(int connectionsPerUser, int statementsPerUser, int requestsPerUser,
    int connections) {
  /** The defaults: room for a few BI tools per user, far below what the server can hold. */
  public static final ServerLimits DEFAULT = new ServerLimits(32, 256, 8, 512);

  /**
   * @throws IllegalArgumentException when a limit is below 1
   */
  public ServerLimits {
    if (connectionsPerUser < 1 || statementsPerUser < 1 || requestsPerUser < 1
        || connections < 1) {
      throw new IllegalArgumentException("every server limit must be at least 1");
    }
  }
}
