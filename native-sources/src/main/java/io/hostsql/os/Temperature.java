package io.hostsql.os;

/**
 * One temperature sensor, psutil's {@code shwtemp}, in degrees Celsius.
 *
 * @param chip the chip (hwmon name or thermal zone type)
 * @param label the sensor label ("" when none)
 * @param current the reading
 * @param high the high threshold, or null
 * @param critical the critical threshold, or null
 */
public record Temperature(String chip, String label, double current, Double high,
    Double critical) {
}
