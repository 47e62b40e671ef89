package io.hostsql.os;

import io.hostsql.os.linux.ProcFs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;

/**
 * The firmware's description of the machine (SMBIOS/DMI) as the kernel exports it under
 * /sys/class/dmi/id: vendor, product, board, serials. Serial numbers and the product UUID are
 * readable by root only; virtual machines and containers may have no DMI at all.
 */
public final class Dmi {
  private final ProcFs sys;

  /** @param sys the sysfs root (normally /sys) */
  public Dmi(ProcFs sys) {
    this.sys = sys;
  }

  /** The live machine. */
  public static Dmi live() {
    return new Dmi(new ProcFs(Paths.get("/sys")));
  }

  /**
   * Every readable field (sys_vendor, product_name, product_uuid, board_serial...), by file
   * name, trimmed. A field the caller may not read is absent, as is the whole table on a
   * machine without DMI.
   */
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
