package io.hostsql.calcite.osquery;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the osquery schema's own tables ({@code osquery_info}, {@code osquery_schedule}) report
 * about the program running the queries. By default that is hostsql itself, answering
 * interactively: its version and process, and an empty schedule. A scheduler running hostsql
 * queries on an interval registers its identity and its queries here, and the tables answer
 * from them from then on.
 */
public final class OsqueryRuntime {
  /**
   * The identity osquery_info reports.
   *
   * @param version the program's version
   * @param instanceId an id for this run of the program
   * @param configHash a hash of the loaded configuration, or ""
   * @param configValid whether a configuration is loaded and valid
   * @param extensions osquery's extensions state ("inactive" when there are none)
   */
  public record Identity(String version, String instanceId, String configHash,
      boolean configValid, String extensions) {
  }

  /**
   * One scheduled query and its counters, in osquery_schedule's columns.
   *
   * @param name the query's name
   * @param query its SQL
   * @param interval seconds between runs
   * @param executions runs so far
   * @param lastExecuted when it last ran, seconds since the epoch
   * @param denylisted whether it is kept from running
   * @param outputSize bytes of results produced
   * @param wallTime seconds spent, in total
   * @param wallTimeMs milliseconds spent, in total
   * @param lastWallTimeMs milliseconds of the last run
   * @param userTime milliseconds of user CPU, in total
   * @param lastUserTime of the last run
   * @param systemTime milliseconds of system CPU, in total
   * @param lastSystemTime of the last run
   * @param averageMemory average memory of a run, bytes
   * @param lastMemory memory of the last run, bytes
   */
  public record ScheduledQuery(String name, String query, int interval, long executions,
      long lastExecuted, boolean denylisted, long outputSize, long wallTime, long wallTimeMs,
      long lastWallTimeMs, long userTime, long lastUserTime, long systemTime,
      long lastSystemTime, long averageMemory, long lastMemory) {
  }

  /** The identity set, or null while hostsql's own is reported. */
  private static volatile Identity identity;
  private static volatile String version = "0.0.0";
  private static volatile Supplier<List<ScheduledQuery>> schedule = List::of;

  /** hostsql's instance id, made when first reported: a random UUID costs a seeded RNG. */
  private static final class Instance {
    static final String ID = UUID.randomUUID().toString();
  }

  private OsqueryRuntime() {
  }

  /** The identity osquery_info reports now. */
  public static Identity identity() {
    Identity i = identity;
    return i != null ? i : new Identity(version, Instance.ID, "", false, "inactive");
  }

  /** Replaces the identity (a scheduler's, or the driver's version at load). */
  public static void setIdentity(Identity id) {
    identity = java.util.Objects.requireNonNull(id);
  }

  /** The version in the default identity, kept with the rest of it. */
  public static synchronized void setVersion(String version) {
    Identity i = identity;
    if (i == null) {
      OsqueryRuntime.version = version;
    } else {
      identity = new Identity(version, i.instanceId(), i.configHash(), i.configValid(),
          i.extensions());
    }
  }

  /** The scheduled queries osquery_schedule lists now. */
  public static List<ScheduledQuery> schedule() {
    return schedule.get();
  }

  /** Makes osquery_schedule list what {@code source} gives at each scan; null: empty again. */
  public static void setSchedule(Supplier<List<ScheduledQuery>> source) {
    schedule = source == null ? List::of : source;
  }
}
