package io.hostsql.os.linux;

import io.hostsql.os.Parsed;
import io.hostsql.os.PciDevice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The PCI functions of /sys/bus/pci/devices: the numbers from each one's attributes (class
 * "0x020000", vendor, device, subsystem_vendor, subsystem_device, revision) and its driver
 * link, named through pci.ids.
 */
final class SysPci {
  private static final String DIR = "bus/pci/devices";

  private SysPci() {
  }

  static Parsed<PciDevice> read(ProcFs sys, Path root) {
    List<String> problems = new ArrayList<>();
    String[] slots = sys.list(DIR);
    Arrays.sort(slots);
    record Numbers(String slot, String cls, String vendor, String device, String subVendor,
        String subDevice, String revision, String driver) {
    }
    List<Numbers> found = new ArrayList<>();
    Set<String> wanted = new HashSet<>();
    for (String slot : slots) {
      String d = DIR + "/" + slot + "/";
      String cls = SysAttrs.hex(sys, d + "class", 6);
      String vendor = SysAttrs.hex(sys, d + "vendor", 4);
      String device = SysAttrs.hex(sys, d + "device", 4);
      if (cls == null || vendor == null || device == null) {
        problems.add(sys.root().resolve(d) + ": no class, vendor or device attribute: left out");
        continue;
      }
      String subVendor = SysAttrs.hex(sys, d + "subsystem_vendor", 4);
      String subDevice = SysAttrs.hex(sys, d + "subsystem_device", 4);
      if ("0000".equals(subVendor)) {
        subVendor = null; // no subsystem: lspci prints no SVendor either
        subDevice = null;
      }
      found.add(new Numbers(slot, cls, vendor, device, subVendor, subDevice,
          SysAttrs.hex(sys, d + "revision", 2), SysAttrs.linkName(sys, d + "driver")));
      wanted.addAll(List.of(vendor, vendor + ":" + device, "C" + cls.substring(0, 2),
          "C" + cls.substring(0, 2) + ":" + cls.substring(2, 4)));
      if (subVendor != null) {
        wanted.addAll(List.of(subVendor, vendor + ":" + device + ":" + subVendor + ":"
            + subDevice));
      }
    }
    PciIds ids = found.isEmpty() ? null : PciIds.load(root, wanted, problems);
    List<PciDevice> out = new ArrayList<>();
    for (Numbers n : found) {
      String c = n.cls().substring(0, 2);
      String s = n.cls().substring(2, 4);
      out.add(new PciDevice(n.slot(), c, ids.className(c), s, ids.subclassName(c, s),
          n.cls().substring(4), n.vendor(), ids.vendor(n.vendor()), n.device(),
          ids.device(n.vendor(), n.device()), n.subVendor(),
          n.subVendor() == null ? null : ids.vendor(n.subVendor()), n.subDevice(),
          subsystemName(ids, n.vendor(), n.device(), n.subVendor(), n.subDevice()),
          n.revision(), n.driver()));
    }
    return new Parsed<>(out, problems);
  }

  /**
   * The subsystem's name; as lspci names it, a subsystem that is the device itself (the same
   * vendor and device ids) takes the device's name when pci.ids has no entry of its own.
   */
  private static String subsystemName(PciIds ids, String vendor, String device,
      String subVendor, String subDevice) {
    if (subVendor == null) {
      return null;
    }
    String own = ids.subsystem(vendor, device, subVendor, subDevice);
    return own == null && subVendor.equals(vendor) && subDevice.equals(device)
        ? ids.device(vendor, device) : own;
  }
}
