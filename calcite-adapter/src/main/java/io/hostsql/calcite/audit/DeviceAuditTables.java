package io.hostsql.calcite.audit;

import io.hostsql.calcite.table.OsTable;
import io.hostsql.os.Hardware;
import io.hostsql.os.Platform;
import java.util.List;

/**
 * The audit tables of devices, firmware, the packet filter and pipes, built over one platform
 * (the kernel, account and persistence ones are {@link AuditTables}').
 */
public final class DeviceAuditTables {
  private DeviceAuditTables() {
  }

  /** Every one of them, in the order they are documented. */
  public static List<OsTable> all(Platform platform) {
    Hardware hw = platform.system().hardware();
    return List.of(DeviceTables.cpuid(hw), FirmwareTables.events(), DeviceTables.pci(hw),
        DeviceTables.usb(hw), DeviceTables.block(hw), DeviceTables.encryption(hw),
        FirmwareTables.acpi(hw), FirmwareTables.smbios(hw),
        FirewallTables.rules(platform.system().firewall()),
        ProcessPipes.table(platform.system().pipes()));
  }
}
