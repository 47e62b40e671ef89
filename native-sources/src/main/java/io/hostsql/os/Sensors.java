package io.hostsql.os;

import java.util.List;

/**
 * psutil's sensors on Linux: temperatures (hwmon, else thermal zones), fans and battery, from
 * /sys. A machine without sensors answers empty lists and a null battery, never an error.
 */
public interface Sensors {
  /** The running machine's, through {@link Platform#current()}. */
  static Sensors live() {
    return Platform.current().system().sensors();
  }

  /**
   * Every temperature sensor. hwmon chips first (their temp*_input files, in the chip folder or
   * its device/ folder); only when hwmon has none, the thermal zones with their "high" and
   * "critical" trip points. A missing high takes the critical value and the reverse, as psutil
   * does.
   */
  List<Temperature> temperatures();

  /** Every fan of every hwmon chip, in RPM. */
  List<Fan> fans();

  /**
   * The first battery (BAT* or *battery* in /sys/class/power_supply), or null. percent from
   * energy_now/energy_full (or charge_*), else capacity; plugged from AC0/AC online, else the
   * status; seconds left from energy and power, else time_to_empty_now.
   */
  Battery battery();
}
