package io.hostsql.jdbc.schedule;

import java.util.List;

/**
 * What the store keeps of a query's last run: enough to tell the next run's differences, and
 * whether the query must start afresh (its text or the epoch changed).
 *
 * @param sql the query text that produced the rows
 * @param epoch the schedule epoch of that run
 * @param counter osquery's counter: 0 for a fresh start, then one more per run that changed
 * @param rows the rows, each serialized as a JSON object of strings
 */
record StoredResult(String sql, long epoch, long counter, List<String> rows) {
}
