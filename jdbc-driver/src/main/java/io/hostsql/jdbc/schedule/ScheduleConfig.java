package io.hostsql.jdbc.schedule;

import java.util.List;
import java.util.Map;

/**
 * An osquery configuration as hostsql will run it.
 *
 * @param queries the queries that apply to this machine, in osquery's order (by name)
 * @param discovery per pack name, its discovery queries: the pack runs only while each returns
 *     a row
 * @param decorators the decorator queries
 * @param options the {@code options} hostsql gives a meaning to, by osquery's flag name
 * @param notices what was skipped or ignored and why, one line each, for the status log
 */
public record ScheduleConfig(List<ScheduledQuery> queries, Map<String, List<String>> discovery,
    Decorators decorators, Map<String, String> options, List<String> notices) {

  /**
   * osquery's decorator queries: their columns are added to every result line.
   *
   * @param load run once when the schedule starts
   * @param always run before every scheduled query
   * @param interval run every so many seconds (osquery checks them on minute boundaries)
   */
  public record Decorators(List<String> load, List<String> always,
      Map<Long, List<String>> interval) {
    static final Decorators NONE = new Decorators(List.of(), List.of(), Map.of());

    boolean isEmpty() {
      return load.isEmpty() && always.isEmpty() && interval.isEmpty();
    }
  }
}
