package io.hostsql.calcite.audit;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.ParsedTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.FirmwareTable;
import io.hostsql.os.Hardware;
import io.hostsql.os.Parsed;
import java.util.List;

/**
 * The firmware tables (Linux): acpi_tables and smbios_tables, with digests of their bytes; and
 * hardware_events, osquery's event table, which hostsql does not keep.
 */
public final class FirmwareTables {
  private static final FetchGroup G = FetchGroup.SYSTEM;

  private FirmwareTables() {
  }

  static final TableDef<FirmwareTable> ACPI = new TableDef<>("acpi_tables",
      "ACPI tables the firmware handed the kernel (every file below "
          + "/sys/firmware/acpi/tables, dynamic/ ones too), with digests of their bytes. Only "
          + "root may read them: md5 and sha256 are NULL otherwise, with a warning. Linux.",
      new Columns<FirmwareTable>()
          .key("name", VARCHAR, "Signature (DSDT, FACP, dynamic/SSDT1...).",
              FirmwareTable::name)
          .add("size", BIGINT, "bytes", G, "Size.", FirmwareTable::size)
          .add("md5", VARCHAR, "", G, "MD5 of the bytes, lowercase hex.", FirmwareTable::md5)
          .add("sha256", VARCHAR, "", G, "SHA-256 of the bytes, as sha256sum prints it.",
              FirmwareTable::sha256)
          .build(), List.of());

  /** acpi_tables over the hardware. */
  public static ParsedTable<FirmwareTable> acpi(Hardware hw) {
    return new ParsedTable<>(ACPI, keys -> hw.acpiTables());
  }

  static final TableDef<FirmwareTable> SMBIOS = new TableDef<>("smbios_tables",
      "SMBIOS (DMI) structures of the firmware's table (/sys/firmware/dmi/tables/DMI), in "
          + "table order, with digests of each structure's bytes (formatted area and strings). "
          + "Empty where the firmware has no SMBIOS; only root may read it: empty otherwise, "
          + "with a warning. Linux.", new Columns<FirmwareTable>()
          .key("number", INTEGER, "Position in the table, 0 first.", FirmwareTable::number)
          .add("type", INTEGER, "", G, "Structure type (0 BIOS, 1 System, 17 Memory Device...).",
              FirmwareTable::type)
          .add("description", VARCHAR, "", G, "The type's name in the SMBIOS specification.",
              FirmwareTable::name)
          .add("handle", INTEGER, "", G, "The structure's handle.", FirmwareTable::handle)
          .add("header_size", INTEGER, "bytes", G, "Length of its formatted area.",
              FirmwareTable::headerSize)
          .add("size", BIGINT, "bytes", G, "Formatted area and strings.", FirmwareTable::size)
          .add("md5", VARCHAR, "", G, "MD5 of the structure's bytes.", FirmwareTable::md5)
          .add("sha256", VARCHAR, "", G, "SHA-256 of the structure's bytes.",
              FirmwareTable::sha256)
          .build(), List.of());

  /** smbios_tables over the hardware. */
  public static ParsedTable<FirmwareTable> smbios(Hardware hw) {
    return new ParsedTable<>(SMBIOS, keys -> hw.smbiosTables());
  }

  /** Why hardware_events is empty, said on every statement that reads it. */
  static final String NO_EVENTS = "hostsql keeps no event buffer: it does not listen to the "
      + "kernel's uevents (netlink) or udev while no query runs, so it has no hardware events "
      + "to report; query usb_devices, pci_devices and block_devices for what is attached now";

  private static final String[] EVENT_COLUMNS = {"action", "path", "type", "driver", "vendor",
      "vendor_id", "model", "model_id", "serial", "revision"};

  static final TableDef<Object[]> EVENTS = eventsDef();

  private static TableDef<Object[]> eventsDef() {
    Columns<Object[]> c = new Columns<>();
    for (int i = 0; i < EVENT_COLUMNS.length; i++) {
      int at = i;
      c.add(EVENT_COLUMNS[i], VARCHAR, "", G, "osquery's " + EVENT_COLUMNS[i]
          + " (always empty: see the table).", r -> r[at]);
    }
    c.add("time", BIGINT, "seconds", G, "osquery's event time (always empty).",
        r -> r[EVENT_COLUMNS.length]);
    return new TableDef<>("hardware_events", "osquery's event table of devices added and "
        + "removed. Always empty, with a warning: osquery buffers udev events in its daemon "
        + "between queries, and hostsql, which reads the system only while a query runs, keeps "
        + "no such buffer. Linux.", c.build(), List.of());
  }

  /** hardware_events: no rows, and a warning saying why. */
  public static ParsedTable<Object[]> events() {
    return new ParsedTable<>(EVENTS, keys -> new Parsed<>(List.of(), List.of(NO_EVENTS)));
  }
}
