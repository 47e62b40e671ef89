package io.hostsql.os;

/**
 * psutil's {@code sbattery}.
 *
 * @param percent charge, 0 to 100
 * @param secondsLeft seconds until empty; {@link #UNKNOWN} or {@link #UNLIMITED} (plugged in)
 * @param powerPlugged whether on mains power, or null when unknown
 */
public record Battery(double percent, long secondsLeft, Boolean powerPlugged) {
  /** psutil's POWER_TIME_UNKNOWN. */
  public static final long UNKNOWN = -1;
  /** psutil's POWER_TIME_UNLIMITED. */
  public static final long UNLIMITED = -2;
}
