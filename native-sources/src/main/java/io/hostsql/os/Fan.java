package io.hostsql.os;

/**
 * One fan, psutil's {@code sfan}.
 *
 * @param chip the hwmon chip name
 * @param label the fan label ("" when none)
 * @param rpm the speed in revolutions per minute
 */
public record Fan(String chip, String label, int rpm) {
}
