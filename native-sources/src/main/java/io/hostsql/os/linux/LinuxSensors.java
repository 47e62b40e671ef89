package io.hostsql.os.linux;

import io.hostsql.os.Battery;
import io.hostsql.os.Fan;
import io.hostsql.os.Sensors;
import io.hostsql.os.Temperature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Linux's sensors: hwmon, thermal zones and power supplies of one sysfs. */
final class LinuxSensors implements Sensors {
  private final ProcFs sys;

  /** @param sys the sysfs root (normally /sys) */
  LinuxSensors(ProcFs sys) {
    this.sys = sys;
  }

  private String text(String path) {
    try {
      return new String(sys.read(path), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return null;
    }
  }

  private Double milli(String path) {
    String t = text(path);
    if (t == null) {
      return null;
    }
    try {
      return Long.parseLong(t) / 1000.0;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private String[] sorted(String dir) {
    String[] names = sys.list(dir);
    Arrays.sort(names);
    return names;
  }

  @Override
  public List<Temperature> temperatures() {
    List<Temperature> out = new ArrayList<>();
    for (String hw : sorted("class/hwmon")) {
      String base = "class/hwmon/" + hw + "/";
      for (String dir : new String[] {base, base + "device/"}) {
        String chip = text(base + "name");
        if (chip == null) {
          chip = text(base + "device/name");
        }
        for (String f : sorted(dir)) {
          if (!f.matches("temp\\d+_input")) {
            continue;
          }
          String prefix = dir + f.substring(0, f.length() - "_input".length());
          Double current = milli(prefix + "_input");
          if (current == null) {
            continue; // psutil skips a sensor it cannot read
          }
          String label = text(prefix + "_label");
          out.add(withThresholds(chip == null ? hw : chip, label == null ? "" : label, current,
              milli(prefix + "_max"), milli(prefix + "_crit")));
        }
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    for (String zone : sorted("class/thermal")) {
      if (!zone.startsWith("thermal_zone")) {
        continue;
      }
      String base = "class/thermal/" + zone + "/";
      Double current = milli(base + "temp");
      String type = text(base + "type");
      if (current == null || type == null) {
        continue;
      }
      Double high = null;
      Double critical = null;
      for (String f : sorted(base)) {
        if (f.matches("trip_point_\\d+_type")) {
          String kind = text(base + f);
          Double t = milli(base + f.replace("_type", "_temp"));
          if ("high".equals(kind)) {
            high = t;
          } else if ("critical".equals(kind)) {
            critical = t;
          }
        }
      }
      out.add(withThresholds(type, "", current, high, critical));
    }
    return out;
  }

  private static Temperature withThresholds(String chip, String label, double current,
      Double high, Double critical) {
    return new Temperature(chip, label, current, high != null ? high : critical,
        critical != null ? critical : high);
  }

  @Override
  public List<Fan> fans() {
    List<Fan> out = new ArrayList<>();
    for (String hw : sorted("class/hwmon")) {
      String base = "class/hwmon/" + hw + "/";
      for (String dir : new String[] {base, base + "device/"}) {
        String chip = text(base + "name");
        for (String f : sorted(dir)) {
          if (!f.matches("fan\\d+_input")) {
            continue;
          }
          String prefix = dir + f.substring(0, f.length() - "_input".length());
          String rpm = text(prefix + "_input");
          if (rpm == null) {
            continue;
          }
          String label = text(prefix + "_label");
          out.add(new Fan(chip == null ? hw : chip, label == null ? "" : label,
              Integer.parseInt(rpm)));
        }
      }
    }
    return out;
  }

  @Override
  public Battery battery() {
    String root = null;
    for (String name : sorted("class/power_supply")) {
      if (name.startsWith("BAT") || name.toLowerCase(java.util.Locale.ROOT).contains("battery")) {
        root = "class/power_supply/" + name + "/";
        break;
      }
    }
    if (root == null) {
      return null;
    }
    Long energyNow = number(root + "energy_now");
    if (energyNow == null) {
      energyNow = number(root + "charge_now");
    }
    Long energyFull = number(root + "energy_full");
    if (energyFull == null) {
      energyFull = number(root + "charge_full");
    }
    Long powerNow = number(root + "power_now");
    if (powerNow == null) {
      powerNow = number(root + "current_now");
    }
    double percent;
    if (energyNow != null && energyFull != null && energyFull > 0) {
      percent = 100.0 * energyNow / energyFull;
    } else {
      Long capacity = number(root + "capacity");
      if (capacity == null) {
        return null; // psutil gives up: no way to tell the charge
      }
      percent = capacity;
    }
    Boolean plugged = null;
    String online = text("class/power_supply/AC0/online");
    if (online == null) {
      online = text("class/power_supply/AC/online");
    }
    if (online != null) {
      plugged = online.equals("1");
    } else {
      String status = text(root + "status");
      if (status != null) {
        String s = status.toLowerCase(java.util.Locale.ROOT);
        if (s.equals("discharging")) {
          plugged = false;
        } else if (s.equals("charging") || s.equals("full")) {
          plugged = true;
        }
      }
    }
    long secsLeft;
    if (Boolean.TRUE.equals(plugged)) {
      secsLeft = Battery.UNLIMITED;
    } else if (energyNow != null && powerNow != null && powerNow != 0) {
      secsLeft = (long) (energyNow / (double) Math.abs(powerNow) * 3600);
    } else {
      Long tte = number(root + "time_to_empty_now");
      secsLeft = tte != null ? tte * 60 : Battery.UNKNOWN;
    }
    return new Battery(percent, secsLeft, plugged);
  }

  private Long number(String path) {
    String t = text(path);
    if (t == null) {
      return null;
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
