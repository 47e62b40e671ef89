package io.hostsql.jdbc.schedule;

import java.nio.file.Path;
import java.util.Map;

/**
 * How the scheduler runs, from the configuration's {@code options} and the command line (which
 * wins), by osquery's flag names where osquery has the setting and {@code hostsql_*} names for
 * the rest.
 *
 * @param logDir where {@code osqueryd.results.log} and the status log go ({@code logger_path})
 * @param resultsToFile whether results go to the file
 * @param resultsToStdout whether results go to stdout
 * @param storeDir the result store ({@code database_path})
 * @param rotateSize the result log's size limit in bytes ({@code logger_rotate_size})
 * @param rotateCount how many rotated files are kept ({@code logger_rotate_max_files})
 * @param epoch {@code schedule_epoch}: a new value starts every query afresh
 * @param hostIdentifier the {@code hostIdentifier} of every line
 * @param decorationsTopLevel {@code decorations_top_level}
 * @param queryTimeoutSeconds a run that takes longer is stopped ({@code hostsql_query_timeout})
 * @param maxRows a run that returns more rows is stopped ({@code hostsql_max_rows})
 * @param memoryLimitMb resident memory at which the scheduler stops
 *     ({@code watchdog_memory_limit}, 0: none)
 * @param workers how many queries run at once ({@code hostsql_workers})
 * @param runForSeconds stop after so many seconds ({@code schedule_timeout}, 0: never)
 */
public record ScheduleSettings(Path logDir, boolean resultsToFile, boolean resultsToStdout,
    Path storeDir, long rotateSize, int rotateCount, long epoch, String hostIdentifier,
    boolean decorationsTopLevel, int queryTimeoutSeconds, int maxRows, long memoryLimitMb,
    int workers, long runForSeconds) {

  static final String DEFAULT_LOG_DIR = "/var/log/hostsql";
  static final String DEFAULT_STORE_DIR = "/var/lib/hostsql/schedule";

  /** The settings the merged options give; a value out of range is a ConfigException. */
  static ScheduleSettings from(Map<String, String> options) {
    String results = options.getOrDefault("hostsql_results", "file");
    if (!results.equals("file") && !results.equals("stdout") && !results.equals("both")) {
      throw new ConfigException("results must go to file, stdout or both, not '" + results
          + "'");
    }
    return new ScheduleSettings(
        Path.of(options.getOrDefault("logger_path", DEFAULT_LOG_DIR)),
        !results.equals("stdout"), !results.equals("file"),
        Path.of(options.getOrDefault("database_path", DEFAULT_STORE_DIR)),
        number(options, "logger_rotate_size", 25L << 20, 1024, Long.MAX_VALUE),
        (int) number(options, "logger_rotate_max_files", 25, 0, 1000),
        number(options, "schedule_epoch", 0, 0, Long.MAX_VALUE),
        HostIdentity.identifier(options.get("host_identifier"),
            options.get("specified_identifier")),
        Boolean.parseBoolean(options.getOrDefault("decorations_top_level", "false")),
        (int) number(options, "hostsql_query_timeout", 60, 1, 86_400),
        (int) number(options, "hostsql_max_rows", 100_000, 1, 10_000_000),
        number(options, "watchdog_memory_limit", 1024, 0, 1 << 20),
        (int) number(options, "hostsql_workers", 2, 1, 64),
        number(options, "schedule_timeout", 0, 0, Long.MAX_VALUE));
  }

  private static long number(Map<String, String> options, String name, long otherwise,
      long min, long max) {
    String v = options.get(name);
    if (v == null) {
      return otherwise;
    }
    long n;
    try {
      n = Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new ConfigException(name + " must be a whole number, not '" + v + "'");
    }
    if (n < min || n > max) {
      throw new ConfigException(name + " must be between " + min + " and " + max + ", not "
          + n);
    }
    return n;
  }
}
