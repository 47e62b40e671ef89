package io.hostsql.os.linux;

import io.hostsql.os.FirmwareTable;
import io.hostsql.os.Parsed;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The firmware's tables as sysfs exports them: every file below /sys/firmware/acpi/tables (the
 * ones loaded at boot, and dynamic/ ones loaded later), and the SMBIOS structure table
 * /sys/firmware/dmi/tables/DMI split into its structures (SMBIOS 3.x spec, 6.1: a type byte,
 * the formatted area's length, a 16-bit handle, the formatted area, then strings each ending
 * in NUL and the set ending in a second NUL). Both are readable by root only.
 */
final class FirmwareTables {
  private static final String ACPI = "firmware/acpi/tables";
  private static final String DMI = "firmware/dmi/tables/DMI";
  /** The SMBIOS structure types' names, by type number (SMBIOS 3.x spec, 7). */
  private static final String[] TYPES = {"BIOS Information", "System Information",
      "Base Board or Module Information", "System Enclosure or Chassis",
      "Processor Information", "Memory Controller Information", "Memory Module Information",
      "Cache Information", "Port Connector Information", "System Slots",
      "On Board Devices Information", "OEM Strings", "System Configuration Options",
      "BIOS Language Information", "Group Associations", "System Event Log",
      "Physical Memory Array", "Memory Device", "32-bit Memory Error Information",
      "Memory Array Mapped Address", "Memory Device Mapped Address",
      "Built-in Pointing Device", "Portable Battery", "System Reset", "Hardware Security",
      "System Power Controls", "Voltage Probe", "Cooling Device", "Temperature Probe",
      "Electrical Current Probe", "Out-of-Band Remote Access", "Boot Integrity Services",
      "System Boot Information", "64-bit Memory Error Information", "Management Device",
      "Management Device Component", "Management Device Threshold Data", "Memory Channel",
      "IPMI Device Information", "System Power Supply", "Additional Information",
      "Onboard Devices Extended Information", "Management Controller Host Interface",
      "TPM Device", "Processor Additional Information", "Firmware Inventory Information",
      "String Property"};

  private FirmwareTables() {
  }

  static Parsed<FirmwareTable> acpi(ProcFs sys) {
    List<FirmwareTable> out = new ArrayList<>();
    int refused = 0;
    List<String> names = new ArrayList<>();
    for (String name : sys.list(ACPI)) {
      String[] inner = sys.list(ACPI + "/" + name);
      if (inner.length > 0 || sys.root().resolve(ACPI + "/" + name).toFile().isDirectory()) {
        for (String n : inner) {
          names.add(name + "/" + n);
        }
      } else {
        names.add(name);
      }
    }
    names.sort(null);
    for (String name : names) {
      String file = ACPI + "/" + name;
      try {
        byte[] bytes = sys.read(file);
        out.add(new FirmwareTable(name, -1, -1, -1, -1, bytes.length, hex("MD5", bytes),
            hex("SHA-256", bytes)));
      } catch (AccessDeniedException e) {
        refused++;
        out.add(new FirmwareTable(name, -1, -1, -1, -1,
            sys.root().resolve(file).toFile().length(), null, null));
      } catch (IOException e) {
        // removed meanwhile (a dynamic table unloaded)
      }
    }
    List<String> problems = new ArrayList<>();
    if (refused > 0) {
      problems.add(sys.root().resolve(ACPI) + ": " + refused + " tables are readable by root "
          + "only: their md5 and sha256 are NULL");
    }
    return new Parsed<>(out, problems);
  }

  static Parsed<FirmwareTable> smbios(ProcFs sys) {
    List<String> problems = new ArrayList<>();
    byte[] table;
    try {
      table = sys.read(DMI);
    } catch (AccessDeniedException e) {
      problems.add(sys.root().resolve(DMI) + ": readable by root only: no structures listed");
      return new Parsed<>(List.of(), problems);
    } catch (IOException e) {
      // No SMBIOS (a VM without it, a non-x86 machine): no structures, nothing wrong.
      return new Parsed<>(List.of(), List.of());
    }
    List<FirmwareTable> out = new ArrayList<>();
    int at = 0;
    for (int number = 0; at + 4 <= table.length; number++) {
      int type = table[at] & 0xff;
      int length = table[at + 1] & 0xff;
      int handle = (table[at + 2] & 0xff) | (table[at + 3] & 0xff) << 8;
      if (length < 4 || at + length > table.length) {
        problems.add(sys.root().resolve(DMI) + ": structure " + number + " at byte " + at
            + " has a formatted length of " + length + " past the table's end: the rest is "
            + "left out");
        break;
      }
      int end = at + length;
      // The strings end at the first double NUL at or after the formatted area.
      while (end + 1 < table.length && (table[end] != 0 || table[end + 1] != 0)) {
        end++;
      }
      if (end + 1 >= table.length) {
        problems.add(sys.root().resolve(DMI) + ": structure " + number + " at byte " + at
            + " has no end to its strings: the rest is left out");
        break;
      }
      end += 2;
      byte[] bytes = Arrays.copyOfRange(table, at, end);
      out.add(new FirmwareTable(type < TYPES.length ? TYPES[type] : type == 126 ? "Inactive"
          : type == 127 ? "End-of-Table" : type >= 128 ? "OEM-specific" : "Unknown", number,
          type, handle, length, bytes.length, hex("MD5", bytes),
          hex("SHA-256", bytes)));
      at = end;
      if (type == 127) {
        break;
      }
    }
    return new Parsed<>(out, problems);
  }

  static String hex(String algorithm, byte[] bytes) {
    try {
      MessageDigest m = MessageDigest.getInstance(algorithm);
      return HexFormat.of().formatHex(m.digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is a JDK's required algorithm", e);
    }
  }
}
