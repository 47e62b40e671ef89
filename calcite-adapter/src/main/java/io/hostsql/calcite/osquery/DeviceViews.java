package io.hostsql.calcite.osquery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The osquery views of the device, firmware, packet-filter and pipe tables: osquery's Linux
 * column names and types over the {@code os} tables of io.hostsql.calcite.audit. What osquery
 * leaves '' because it does not apply (no parent, no subsystem) is '' here too; what could not
 * be read stays NULL.
 */
final class DeviceViews {
  private static final Map<String, String> VIEWS = new LinkedHashMap<>();

  static {
    VIEWS.put("cpuid", """
        SELECT "feature", "value", "output_register", "output_bit", "input_eax"
        FROM "os"."cpuid"
        """);
    VIEWS.put("hardware_events", """
        SELECT "action", "path", "type", "driver", "vendor", "vendor_id", "model",
          "model_id", "serial", "revision", "time"
        FROM "os"."hardware_events"
        """);
    VIEWS.put("pci_devices", """
        SELECT "pci_slot", COALESCE("pci_class", '') AS "pci_class",
          COALESCE("driver", '') AS "driver", COALESCE("vendor", '') AS "vendor",
          "vendor_id", COALESCE("model", '') AS "model", "model_id", "pci_class_id",
          "pci_subclass_id", COALESCE("pci_subclass", '') AS "pci_subclass",
          COALESCE("subsystem_vendor_id", '') AS "subsystem_vendor_id",
          COALESCE("subsystem_vendor", '') AS "subsystem_vendor",
          COALESCE("subsystem_model_id", '') AS "subsystem_model_id",
          COALESCE("subsystem_model", '') AS "subsystem_model"
        FROM "os"."pci_devices"
        """);
    VIEWS.put("usb_devices", """
        SELECT "usb_address", "usb_port", COALESCE("vendor", '') AS "vendor", "vendor_id",
          "version", COALESCE("model", '') AS "model", "model_id",
          COALESCE("serial", '') AS "serial", "class", "subclass", "protocol",
          CASE "removable" WHEN 'removable' THEN 1 WHEN 'fixed' THEN 0 ELSE -1 END
            AS "removable"
        FROM "os"."usb_devices"
        """);
    VIEWS.put("block_devices", """
        -- osquery's size is sysfs's: 512-byte sectors, whatever the block size.
        SELECT "name", COALESCE("parent", '') AS "parent", COALESCE("vendor", '') AS "vendor",
          COALESCE("model", '') AS "model", COALESCE("serial", '') AS "serial",
          "size" / 512 AS "size", "block_size", "uuid", "fs_type" AS "type", "label"
        FROM "os"."block_devices"
        """);
    VIEWS.put("disk_encryption", """
        SELECT "name", "uuid", CASE WHEN "encrypted" THEN 1 ELSE 0 END AS "encrypted",
          "type", CAST("encryption_status" AS VARCHAR) AS "encryption_status"
        FROM "os"."disk_encryption"
        """);
    VIEWS.put("acpi_tables", """
        SELECT "name", CAST("size" AS INTEGER) AS "size", "md5" FROM "os"."acpi_tables"
        """);
    VIEWS.put("smbios_tables", """
        SELECT "number", "type", "description", "handle", "header_size",
          CAST("size" AS INTEGER) AS "size", "md5"
        FROM "os"."smbios_tables"
        """);
    VIEWS.put("iptables", """
        -- osquery's ports are start:end ranges; its interfaces 'all' when any matches.
        SELECT "filter_name", "chain", "policy", COALESCE("target", '') AS "target",
          "protocol",
          CASE WHEN "src_port" IS NULL THEN '' WHEN POSITION(':' IN "src_port") > 0
            THEN "src_port" ELSE "src_port" || ':' || "src_port" END AS "src_port",
          CASE WHEN "dst_port" IS NULL THEN '' WHEN POSITION(':' IN "dst_port") > 0
            THEN "dst_port" ELSE "dst_port" || ':' || "dst_port" END AS "dst_port",
          "src_ip", "src_mask", COALESCE("iniface", 'all') AS "iniface", "iniface_mask",
          "dst_ip", "dst_mask", COALESCE("outiface", 'all') AS "outiface", "outiface_mask",
          CASE WHEN "matches" = '' THEN CAST('no' AS VARCHAR) ELSE CAST('yes' AS VARCHAR) END
            AS "match",
          -- counters stay BIGINT: a busy rule passes 2^31 packets
          "packets", "bytes"
        FROM "os"."iptables"
        """);
    VIEWS.put("process_open_pipes", """
        SELECT CAST("pid" AS BIGINT) AS "pid", CAST("fd" AS BIGINT) AS "fd", "mode", "inode",
          "type", CAST("partner_pid" AS BIGINT) AS "partner_pid",
          CAST("partner_fd" AS BIGINT) AS "partner_fd", "partner_mode"
        FROM "os"."process_open_pipes"
        """);
  }

  private DeviceViews() {
  }

  /** Each view's name and SQL, in declaration order; OsqueryViews registers them. */
  static Map<String, String> views() {
    return Collections.unmodifiableMap(VIEWS);
  }
}
