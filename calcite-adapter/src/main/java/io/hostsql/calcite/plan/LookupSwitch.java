package io.hostsql.calcite.plan;

/**
 * Whether the planner may turn joins on pid into lookups ({@link OsLookupJoin}): on unless a
 * connection sets {@code pidLookups=false}, which tests and benchmarks use to compare the two
 * plans of one query.
 *
 * @param on whether lookups are offered
 */
public record LookupSwitch(boolean on) {
}
