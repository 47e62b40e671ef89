package io.hostsql.calcite.system;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.DOUBLE;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.SystemTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.OsFamily;
import io.hostsql.os.Battery;
import io.hostsql.os.Fan;
import io.hostsql.os.Sensors;
import io.hostsql.os.Temperature;
import java.util.List;

/** The sensor tables: sensors_temperatures, sensors_fans and sensors_battery. */
public final class SensorTables {
  private SensorTables() {
  }

  static final TableDef<Temperature> TEMPERATURES = new TableDef<>("sensors_temperatures",
      "Temperature sensors (hwmon, else thermal zones). Empty on machines without sensors, "
          + "such as most virtual machines.", new Columns<Temperature>()
          .add("chip", VARCHAR, "", FetchGroup.SYSTEM, "The chip or thermal zone type.",
              Temperature::chip)
          .add("label", VARCHAR, "", FetchGroup.SYSTEM, "The sensor's label ('' when none).",
              Temperature::label)
          .add("current_temp", DOUBLE, "celsius", FetchGroup.SYSTEM, "The reading (psutil's "
              + "current; CURRENT is a reserved word).",
              Temperature::current)
          .add("high", DOUBLE, "celsius", FetchGroup.SYSTEM, "High threshold, or NULL.",
              Temperature::high)
          .add("critical", DOUBLE, "celsius", FetchGroup.SYSTEM, "Critical threshold, or NULL.",
              Temperature::critical)
          .build(), List.of());

  public static SystemTable<Temperature> temperatures(Sensors sensors) {
    return new SystemTable<>(TEMPERATURES, sensors::temperatures);
  }

  static final TableDef<Fan> FANS = new TableDef<>("sensors_fans",
      "Fans and their speed. Empty on machines without fan sensors.", new Columns<Fan>()
          .add("chip", VARCHAR, "", FetchGroup.SYSTEM, "The hwmon chip.", Fan::chip)
          .add("label", VARCHAR, "", FetchGroup.SYSTEM, "The fan's label ('' when none).",
              Fan::label)
          .add("rpm", INTEGER, "rpm", FetchGroup.SYSTEM, "Revolutions per minute.", Fan::rpm)
          .build(), List.of());

  public static SystemTable<Fan> fans(Sensors sensors) {
    return new SystemTable<>(FANS, sensors::fans);
  }

  static final TableDef<Battery> BATTERY = new TableDef<>("sensors_battery",
      "The battery: one row, or none on machines without one.", new Columns<Battery>()
          .add("percent", DOUBLE, "percent", FetchGroup.SYSTEM, "Charge left.",
              Battery::percent)
          .add("secsleft", BIGINT, "seconds", FetchGroup.SYSTEM, "Seconds until empty; -1 "
              + "unknown, -2 unlimited (on mains power).", Battery::secondsLeft)
          .add("power_plugged", BOOLEAN, "", FetchGroup.SYSTEM, "On mains power; NULL when "
              + "unknown.", Battery::powerPlugged)
          .build(), List.of(), TableDef.LINUX_AND_WINDOWS);

  public static SystemTable<Battery> battery(Sensors sensors) {
    return new SystemTable<>(BATTERY, () -> {
      Battery b = sensors.battery();
      return b == null ? List.of() : List.of(b);
    });
  }
}
