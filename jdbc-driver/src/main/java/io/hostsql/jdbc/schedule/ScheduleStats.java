package io.hostsql.jdbc.schedule;

/**
 * What osquery's {@code osquery_schedule} table tells of a scheduled query, for the running
 * schedule. Times are milliseconds; CPU times are the worker thread's.
 *
 * @param name the query's name
 * @param query its text
 * @param interval its configured interval in seconds
 * @param executions runs so far
 * @param lastExecuted unix time of the last run's end, 0 before any
 * @param denylisted whether it is suspended after a timeout
 * @param outputSize bytes of result log lines written for it
 * @param wallTime total wall time
 * @param lastWallTime the last run's wall time
 * @param userTime total user CPU time
 * @param lastUserTime the last run's user CPU time
 * @param systemTime total system CPU time
 * @param lastSystemTime the last run's system CPU time
 */
public record ScheduleStats(String name, String query, long interval, long executions,
    long lastExecuted, boolean denylisted, long outputSize, long wallTime, long lastWallTime,
    long userTime, long lastUserTime, long systemTime, long lastSystemTime) {
}
