package io.hostsql.calcite.audit;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.ParsedTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.BlockDevice;
import io.hostsql.os.CpuFeature;
import io.hostsql.os.EncryptedDevice;
import io.hostsql.os.Hardware;
import io.hostsql.os.PciDevice;
import io.hostsql.os.UsbDevice;
import java.util.List;

/**
 * The device tables (Linux): cpuid, pci_devices, usb_devices, block_devices and
 * disk_encryption. The firmware tables are in {@link FirmwareTables}.
 */
public final class DeviceTables {
  private static final FetchGroup G = FetchGroup.SYSTEM;

  private DeviceTables() {
  }

  static final TableDef<CpuFeature> CPUID = new TableDef<>("cpuid",
      "CPU feature bits from the CPUID instruction (run through hostsql's JNI library), named "
          + "as /proc/cpuinfo's flags name them; where the instruction cannot be run (no JNI "
          + "library, not x86) the flags of /proc/cpuinfo answer, with a warning. Linux.",
      new Columns<CpuFeature>()
          .key("feature", VARCHAR, "Feature name (sse4_2, avx2, nx...).", CpuFeature::feature)
          .add("value", VARCHAR, "", G, "'1' when the CPU has it, '0' when not.",
              CpuFeature::value)
          .add("output_register", VARCHAR, "", G, "Register holding the bit (eax, ebx, ecx, "
              + "edx).", CpuFeature::outputRegister)
          .add("output_bit", INTEGER, "", G, "The bit's number in that register.",
              CpuFeature::outputBit)
          .add("input_eax", VARCHAR, "", G, "The CPUID leaf asked (0x1, 0x7, 0x80000001).",
              CpuFeature::inputEax)
          .build(), List.of());

  /** cpuid over the hardware. */
  public static ParsedTable<CpuFeature> cpuid(Hardware hw) {
    return new ParsedTable<>(CPUID, keys -> hw.cpuFeatures());
  }

  static final TableDef<PciDevice> PCI = new TableDef<>("pci_devices",
      "PCI functions the kernel enumerated (/sys/bus/pci/devices), named through the PCI ID "
          + "database (pci.ids), as lspci -vmm -nn -D shows them; names are NULL, with a "
          + "warning, where no database is installed. Ids are lowercase hex. Linux.",
      new Columns<PciDevice>()
          .key("pci_slot", VARCHAR, "Domain:bus:device.function (0000:00:02.0).",
              PciDevice::slot)
          .add("pci_class_id", VARCHAR, "", G, "Base class, two hex digits.",
              PciDevice::classId)
          .add("pci_class", VARCHAR, "", G, "Base class name (Network controller).",
              PciDevice::className)
          .add("pci_subclass_id", VARCHAR, "", G, "Subclass, two hex digits.",
              PciDevice::subclassId)
          .add("pci_subclass", VARCHAR, "", G, "Subclass name (Ethernet controller).",
              PciDevice::subclassName)
          .add("prog_if", VARCHAR, "", G, "Programming interface, two hex digits.",
              PciDevice::progIf)
          .add("vendor_id", VARCHAR, "", G, "Vendor id, four hex digits.", PciDevice::vendorId)
          .add("vendor", VARCHAR, "", G, "Vendor name.", PciDevice::vendor)
          .add("model_id", VARCHAR, "", G, "Device id, four hex digits.", PciDevice::modelId)
          .add("model", VARCHAR, "", G, "Device name.", PciDevice::model)
          .add("subsystem_vendor_id", VARCHAR, "", G, "Subsystem vendor id; NULL when the "
              + "function has no subsystem (0000).", PciDevice::subsystemVendorId)
          .add("subsystem_vendor", VARCHAR, "", G, "Subsystem vendor name.",
              PciDevice::subsystemVendor)
          .add("subsystem_model_id", VARCHAR, "", G, "Subsystem device id.",
              PciDevice::subsystemModelId)
          .add("subsystem_model", VARCHAR, "", G, "Subsystem name.", PciDevice::subsystemModel)
          .add("revision", VARCHAR, "", G, "Revision, two hex digits.", PciDevice::revision)
          .add("driver", VARCHAR, "", G, "Bound kernel driver, or NULL.", PciDevice::driver)
          .build(), List.of());

  /** pci_devices over the hardware. */
  public static ParsedTable<PciDevice> pci(Hardware hw) {
    return new ParsedTable<>(PCI, keys -> hw.pciDevices());
  }

  static final TableDef<UsbDevice> USB = new TableDef<>("usb_devices",
      "USB devices attached now (/sys/bus/usb/devices, root hubs included, interfaces left "
          + "out), with the strings each device reports; empty on a machine without USB. "
          + "Linux.", new Columns<UsbDevice>()
          .key("usb_bus", INTEGER, "Bus number.", UsbDevice::bus)
          .key("usb_address", INTEGER, "Address on the bus.", UsbDevice::address)
          .add("usb_port", INTEGER, "", G, "Port of the parent hub (0 for a root hub).",
              UsbDevice::port)
          .add("sysfs_name", VARCHAR, "", G, "The kernel's name (1-1.2: bus 1, port 1, port 2 "
              + "of that hub).", UsbDevice::path)
          .add("vendor_id", VARCHAR, "", G, "idVendor, four hex digits.", UsbDevice::vendorId)
          .add("vendor", VARCHAR, "", G, "Manufacturer string, or NULL.", UsbDevice::vendor)
          .add("model_id", VARCHAR, "", G, "idProduct, four hex digits.", UsbDevice::modelId)
          .add("model", VARCHAR, "", G, "Product string, or NULL.", UsbDevice::model)
          .add("version", VARCHAR, "", G, "bcdDevice, the device release (four hex digits).",
              UsbDevice::version)
          .add("serial", VARCHAR, "", G, "Serial number string, or NULL.", UsbDevice::serial)
          .add("class", VARCHAR, "", G, "bDeviceClass, two hex digits (00: per interface).",
              UsbDevice::classId)
          .add("subclass", VARCHAR, "", G, "bDeviceSubClass.", UsbDevice::subclassId)
          .add("protocol", VARCHAR, "", G, "bDeviceProtocol.", UsbDevice::protocolId)
          .add("removable", VARCHAR, "", G, "removable, fixed or unknown, as the hub "
              + "describes the port.", UsbDevice::removable)
          .build(), List.of());

  /** usb_devices over the hardware. */
  public static ParsedTable<UsbDevice> usb(Hardware hw) {
    return new ParsedTable<>(USB, keys -> hw.usbDevices());
  }

  static final TableDef<BlockDevice> BLOCK = new TableDef<>("block_devices",
      "Block devices (/sys/block and their partitions), as lsblk lists them, with what "
          + "their first blocks hold (ext2/3/4, XFS, Btrfs, swap, LUKS; blkid knows more). "
          + "Reading a device needs root: fs_type, uuid and label are NULL otherwise, with a "
          + "warning. name = '/dev/...' reads that device only. Linux.",
      new Columns<BlockDevice>()
          .key("name", VARCHAR, "Device node (/dev/vda1).", BlockDevice::name)
          .add("parent", VARCHAR, "", G, "The disk of a partition, or the device a mapped "
              + "device sits on; NULL for a whole disk.", BlockDevice::parent)
          .add("kind", VARCHAR, "", G, "disk, part, loop, rom, crypt, lvm, dm or a RAID "
              + "level, as lsblk's TYPE.", BlockDevice::kind)
          .add("vendor", VARCHAR, "", G, "device/vendor, or NULL.", BlockDevice::vendor)
          .add("model", VARCHAR, "", G, "device/model, or NULL.", BlockDevice::model)
          .add("serial", VARCHAR, "", G, "device/wwid, or NULL.", BlockDevice::serial)
          .add("size", BIGINT, "bytes", G, "Size.", BlockDevice::sizeBytes)
          .add("block_size", INTEGER, "bytes", G, "Logical block size.",
              BlockDevice::blockSize)
          .add("fs_type", VARCHAR, "", G, "What it holds (ext4, xfs, btrfs, swap, "
              + "crypto_LUKS), or NULL when not recognized or not readable.",
              BlockDevice::fsType)
          .add("uuid", VARCHAR, "", G, "The file system's (or LUKS header's) UUID, or NULL.",
              BlockDevice::uuid)
          .add("label", VARCHAR, "", G, "Its label, or NULL.", BlockDevice::label)
          .add("read_only", BOOLEAN, "", G, "Whether the kernel marks it read-only.",
              BlockDevice::readOnly)
          .add("removable", BOOLEAN, "", G, "Whether its media is removable.",
              BlockDevice::removable)
          .build(), List.of("name"));

  /** block_devices over the hardware. */
  public static ParsedTable<BlockDevice> block(Hardware hw) {
    return new ParsedTable<>(BLOCK, keys -> hw.blockDevices(keys.string("name")));
  }

  static final TableDef<EncryptedDevice> ENCRYPTION = new TableDef<>("disk_encryption",
      "Each block device and whether dm-crypt decrypts it (a device-mapper device whose uuid "
          + "cryptsetup made, CRYPT-...), with the cipher its LUKS header names, as "
          + "cryptsetup status shows it. The header is readable by root only: type is NULL "
          + "otherwise, with a warning. name = '/dev/...' reads that device only. Linux.",
      new Columns<EncryptedDevice>()
          .key("name", VARCHAR, "Device node (/dev/dm-0).", EncryptedDevice::name)
          .add("mapped_name", VARCHAR, "", G, "Device-mapper name (/dev/mapper/NAME), or NULL.",
              EncryptedDevice::mappedName)
          .add("uuid", VARCHAR, "", G, "LUKS UUID of an encrypted device; '' otherwise.",
              EncryptedDevice::uuid)
          .add("encrypted", BOOLEAN, "", G, "Whether dm-crypt decrypts it.",
              EncryptedDevice::encrypted)
          .add("type", VARCHAR, "", G, "Cipher and mode (aes-xts-plain64); '' when not "
              + "encrypted, NULL when the header is not readable.", EncryptedDevice::type)
          .add("encryption_status", VARCHAR, "", G, "encrypted or not encrypted.",
              EncryptedDevice::status)
          .add("backing_device", VARCHAR, "", G, "The device holding the ciphertext, or NULL.",
              EncryptedDevice::backingDevice)
          .build(), List.of("name"));

  /** disk_encryption over the hardware. */
  public static ParsedTable<EncryptedDevice> encryption(Hardware hw) {
    return new ParsedTable<>(ENCRYPTION, keys -> hw.encryption(keys.string("name")));
  }
}
