package io.hostsql.os;

/**
 * The machine's devices and firmware as the kernel exposes them: CPU features, PCI and USB
 * devices, block devices and their encryption, ACPI tables and SMBIOS structures. Each read
 * answers what it can; what it could not (a file only root may read, a malformed entry) is in
 * the problems.
 */
public interface Hardware {
  /** The CPU's feature bits, from the CPUID instruction where it can be run, else the flags. */
  Parsed<CpuFeature> cpuFeatures();

  /** The PCI functions, by slot. */
  Parsed<PciDevice> pciDevices();

  /** The USB devices, by bus and address; none on a machine without USB. */
  Parsed<UsbDevice> usbDevices();

  /**
   * The block devices: whole disks first, each followed by its partitions.
   *
   * @param name one device node (/dev/vda1) to read alone, or null for all
   */
  Parsed<BlockDevice> blockDevices(String name);

  /**
   * Each block device and whether dm-crypt decrypts it.
   *
   * @param name one device node to read alone, or null for all
   */
  Parsed<EncryptedDevice> encryption(String name);

  /** The ACPI tables, by name. */
  Parsed<FirmwareTable> acpiTables();

  /** The SMBIOS structures, in table order; none where the firmware has no SMBIOS. */
  Parsed<FirmwareTable> smbiosTables();
}
