package io.hostsql.os.linux;

import io.hostsql.os.BlockDevice;
import io.hostsql.os.CpuFeature;
import io.hostsql.os.EncryptedDevice;
import io.hostsql.os.FirmwareTable;
import io.hostsql.os.Hardware;
import io.hostsql.os.Parsed;
import io.hostsql.os.PciDevice;
import io.hostsql.os.UsbDevice;
import java.nio.file.Path;

/**
 * Linux's devices and firmware: sysfs for the devices and tables, the device nodes under the
 * file-system root's /dev for what block devices hold, its pci.ids for PCI names, and the
 * CPUID instruction (or /proc/cpuinfo) for CPU features.
 */
final class LinuxHardware implements Hardware {
  private final ProcFs proc;
  private final ProcFs sys;
  private final Path root;

  LinuxHardware(ProcFs proc, ProcFs sys, Path root) {
    this.proc = proc;
    this.sys = sys;
    this.root = root;
  }

  @Override
  public Parsed<CpuFeature> cpuFeatures() {
    return CpuidFeatures.read(proc);
  }

  @Override
  public Parsed<PciDevice> pciDevices() {
    return SysPci.read(sys, root);
  }

  @Override
  public Parsed<UsbDevice> usbDevices() {
    return SysUsb.read(sys);
  }

  @Override
  public Parsed<BlockDevice> blockDevices(String name) {
    return SysBlock.read(sys, root.resolve("dev"), name);
  }

  @Override
  public Parsed<EncryptedDevice> encryption(String name) {
    return DmCrypt.read(sys, root.resolve("dev"), name);
  }

  @Override
  public Parsed<FirmwareTable> acpiTables() {
    return FirmwareTables.acpi(sys);
  }

  @Override
  public Parsed<FirmwareTable> smbiosTables() {
    return FirmwareTables.smbios(sys);
  }
}
