package io.hostsql.os.linux;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names the PCI ID database (pci.ids, from pciutils or hwdata) gives vendor, device,
 * subsystem and class numbers. Its format: a vendor line "vvvv  Name", its devices indented
 * once "dddd  Name", their subsystems twice "ssss tttt  Name"; a class "C cc  Name", its
 * subclasses once "ss  Name", their programming interfaces twice. Only the names asked for
 * are kept, so a lookup costs one pass over the file.
 */
final class PciIds {
  /** Where Debian's pciutils and hwdata install it, in the order lspci looks. */
  static final List<String> PLACES = List.of("usr/share/misc/pci.ids",
      "usr/share/hwdata/pci.ids");

  private final Map<String, String> names = new HashMap<>();

  private PciIds() {
  }

  /** The vendor's name, or null. */
  String vendor(String vendor) {
    return names.get(vendor);
  }

  /** The device's name, or null. */
  String device(String vendor, String device) {
    return names.get(vendor + ":" + device);
  }

  /** The subsystem's name, or null. */
  String subsystem(String vendor, String device, String subVendor, String subDevice) {
    return names.get(vendor + ":" + device + ":" + subVendor + ":" + subDevice);
  }

  /** The class's name, or null. */
  String className(String cls) {
    return names.get("C" + cls);
  }

  /** The subclass's name, or null. */
  String subclassName(String cls, String subclass) {
    return names.get("C" + cls + ":" + subclass);
  }

  /**
   * The names of these keys ("vendor", "vendor:device", "vendor:device:subvendor:subdevice",
   * "Ccc", "Ccc:ss", all lowercase hex) from the first database under {@code root}; none when
   * no database is installed.
   */
  static PciIds load(Path root, Set<String> wanted, List<String> problems) {
    PciIds ids = new PciIds();
    for (String place : PLACES) {
      Path file = root.resolve(place);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
        ids.parse(in, wanted);
      } catch (IOException e) {
        problems.add(file + ": not readable (" + e.getMessage() + "): names are NULL");
      }
      return ids;
    }
    problems.add("no PCI ID database (" + String.join(", ", PLACES.stream()
        .map(p -> root.resolve(p).toString()).toList()) + "; apt-get install pciutils): "
        + "vendor, model and class names are NULL");
    return ids;
  }

  private void parse(BufferedReader in, Set<String> wanted) throws IOException {
    String top = null;
    String second = null;
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tabs = line.startsWith("\t\t") ? 2 : line.startsWith("\t") ? 1 : 0;
      String body = line.substring(tabs);
      int gap = body.indexOf("  ");
      if (gap < 0) {
        continue; // not an entry
      }
      String id = body.substring(0, gap).toLowerCase(java.util.Locale.ROOT);
      String name = body.substring(gap + 2).strip();
      String key;
      if (tabs == 0) {
        top = id.startsWith("c ") ? "C" + id.substring(2) : id;
        second = null;
        key = top;
      } else if (tabs == 1 && top != null) {
        second = top + ":" + id;
        key = second;
      } else if (tabs == 2 && second != null) {
        key = second + ":" + id.replace(' ', ':');
      } else {
        continue;
      }
      if (wanted.contains(key)) {
        names.put(key, name);
      }
    }
  }
}
