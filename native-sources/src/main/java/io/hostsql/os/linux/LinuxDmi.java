package io.hostsql.os.linux;

import io.hostsql.os.Dmi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;

/** Linux's DMI: the files of /sys/class/dmi/id. */
final class LinuxDmi implements Dmi {
  private final ProcFs sys;

  /** @param sys the sysfs root (normally /sys) */
  LinuxDmi(ProcFs sys) {
    this.sys = sys;
  }

  @Override
  public Map<String, String> fields() {
    Map<String, String> out = new TreeMap<>();
    for (String name : sys.list("class/dmi/id")) {
      if (name.equals("uevent") || name.equals("modalias")) {
        continue; // the same facts again, encoded for udev
      }
      try {
        out.put(name, new String(sys.read("class/dmi/id/" + name), StandardCharsets.UTF_8)
            .trim());
      } catch (IOException e) {
        // root-only (serials, uuid), or a directory (power, subsystem): not a field
      }
    }
    return out;
  }
}
