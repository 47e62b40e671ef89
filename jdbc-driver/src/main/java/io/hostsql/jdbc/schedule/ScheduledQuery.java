package io.hostsql.jdbc.schedule;

/**
 * One query of the schedule as osqueryd would run it.
 *
 * @param name the name it is logged and stored under: the bare name for the configuration's
 *     {@code schedule}, {@code pack<delimiter>PACK<delimiter>QUERY} for a pack's query
 * @param pack the pack it came from, {@code main} for the {@code schedule} section
 * @param sql the query text
 * @param interval seconds between runs as configured
 * @param splayedInterval seconds between runs after osquery's splay
 * @param snapshot log every run's full result instead of the differences
 * @param removed log rows that disappeared (osquery's default: true)
 * @param denylist whether a run that exceeds the time limit suspends the query for a day
 */
public record ScheduledQuery(String name, String pack, String sql, long interval,
    long splayedInterval, boolean snapshot, boolean removed, boolean denylist) {
}
