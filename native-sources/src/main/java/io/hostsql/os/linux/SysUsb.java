package io.hostsql.os.linux;

import io.hostsql.os.Parsed;
import io.hostsql.os.UsbDevice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The USB devices of /sys/bus/usb/devices: entries "usbN" (a root hub) and "B-P.P..." (a
 * device by bus and port path); "B-P:C.I" entries are a device's interfaces and left out. The
 * attributes are the device descriptor's fields (idVendor, bcdDevice...) and its strings.
 */
final class SysUsb {
  private static final String DIR = "bus/usb/devices";

  private SysUsb() {
  }

  static Parsed<UsbDevice> read(ProcFs sys) {
    List<String> problems = new ArrayList<>();
    List<UsbDevice> out = new ArrayList<>();
    for (String name : sys.list(DIR)) {
      if (name.contains(":")) {
        continue;
      }
      String d = DIR + "/" + name + "/";
      Integer bus = number(SysAttrs.get(sys, d + "busnum"));
      Integer address = number(SysAttrs.get(sys, d + "devnum"));
      String vendorId = SysAttrs.hex(sys, d + "idVendor", 4);
      String modelId = SysAttrs.hex(sys, d + "idProduct", 4);
      if (bus == null || address == null || vendorId == null || modelId == null) {
        problems.add(sys.root().resolve(d) + ": no busnum, devnum, idVendor or idProduct: "
            + "left out");
        continue;
      }
      String devpath = SysAttrs.get(sys, d + "devpath");
      int port = 0;
      if (devpath != null) {
        Integer last = number(devpath.substring(devpath.lastIndexOf('.') + 1));
        port = last == null ? 0 : last;
      }
      out.add(new UsbDevice(bus, address, port, name, vendorId,
          SysAttrs.get(sys, d + "manufacturer"), modelId, SysAttrs.get(sys, d + "product"),
          SysAttrs.hex(sys, d + "bcdDevice", 4), SysAttrs.get(sys, d + "serial"),
          SysAttrs.hex(sys, d + "bDeviceClass", 2), SysAttrs.hex(sys, d + "bDeviceSubClass", 2),
          SysAttrs.hex(sys, d + "bDeviceProtocol", 2), SysAttrs.get(sys, d + "removable")));
    }
    out.sort(Comparator.comparingInt(UsbDevice::bus).thenComparingInt(UsbDevice::address));
    return new Parsed<>(out, problems);
  }

  private static Integer number(String s) {
    try {
      return s == null ? null : Integer.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
