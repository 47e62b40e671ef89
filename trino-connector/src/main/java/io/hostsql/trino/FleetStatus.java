package io.hostsql.trino;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each host's last answer as this Trino node saw it: every split and metadata read records
 * whether the host answered, how many rows, how long it took and the error, so that
 * {@code fleet.status} can say which hosts a query skipped and why.
 */
final class FleetStatus {
  /** How a host's last request ended. */
  enum State {
    OK,
    /** The host failed and the query failed with it. */
    FAILED,
    /** The host failed and the query went on without its rows (skip_unreachable_hosts). */
    SKIPPED
  }

  /**
   * One host's last request.
   *
   * @param host the host
   * @param queryId the Trino query, or {@code metadata} for a read of the table list
   * @param state how it ended
   * @param rows rows read from the host
   * @param error why it failed, or null
   * @param at when it ended
   * @param millis how long it took
   */
  record Entry(Host host, String queryId, State state, long rows, String error, Instant at,
      long millis) {
  }

  private final Map<String, Entry> last = new ConcurrentHashMap<>();

  void record(Host host, String queryId, State state, long rows, String error, long startNanos) {
    last.put(host.name(), new Entry(host, queryId, state, rows, error, Instant.now(),
        (System.nanoTime() - startNanos) / 1_000_000));
  }

  List<Entry> entries() {
    return List.copyOf(last.values());
  }
}
