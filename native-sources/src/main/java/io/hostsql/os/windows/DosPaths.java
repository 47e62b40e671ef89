package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the kernel's paths into the drive-letter ones psutil gives (its convert_dos_path):
 * "\Device\HarddiskVolume1\x" becomes "C:\x" when QueryDosDeviceW("C:") names that device,
 * and the NT form of a DOS path ("\??\C:\x", which Wine gives) loses its prefix. A path on no
 * known device is left as it is, as psutil leaves it.
 */
final class DosPaths {
  private final Map<String, String> driveByDevice = new LinkedHashMap<>();

  /** @param devices drive ("C:") to what QueryDosDeviceW filled for it */
  static DosPaths of(Map<String, ByteBuffer> devices, List<String> problems) {
    DosPaths out = new DosPaths();
    for (Map.Entry<String, ByteBuffer> e : devices.entrySet()) {
      List<String> targets = MultiStrings.split(e.getValue(), "device of " + e.getKey(),
          problems);
      if (!targets.isEmpty() && !targets.get(0).isEmpty()) {
        out.driveByDevice.putIfAbsent(targets.get(0).toLowerCase(Locale.ROOT), e.getKey());
      }
    }
    return out;
  }

  String convert(String path) {
    if (path.startsWith("\\??\\") || path.startsWith("\\\\?\\")) {
      String rest = path.substring(4);
      if (rest.length() >= 2 && rest.charAt(1) == ':') {
        return rest;
      }
    }
    String lower = path.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : driveByDevice.entrySet()) {
      String device = e.getKey();
      if (lower.startsWith(device)
          && (lower.length() == device.length() || lower.charAt(device.length()) == '\\')) {
        return e.getValue() + path.substring(device.length());
      }
    }
    return path;
  }
}
