package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.BlockDevice;
import io.hostsql.os.CpuFeature;
import io.hostsql.os.EncryptedDevice;
import io.hostsql.os.FirmwareTable;
import io.hostsql.os.Hardware;
import io.hostsql.os.OpenPipe;
import io.hostsql.os.Parsed;
import io.hostsql.os.PciDevice;
import io.hostsql.os.UsbDevice;
import io.hostsql.os.testing.FixtureProc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The device, firmware and pipe readers on hand-written /proc, /sys and /dev trees: rows
 * written out by hand from sysfs-rules, the pci.ids format, the ext4/LUKS on-disk layouts and
 * the SMBIOS specification, malformed parts included.
 */
class HardwareFixtureTest {
  @TempDir
  Path dir;

  private FixtureProc proc() {
    return new FixtureProc(dir.resolve("proc"));
  }

  private FixtureProc sys() {
    return new FixtureProc(dir.resolve("sys"));
  }

  private LinuxPlatform platform() {
    return LinuxPlatform.of(new ProcFs(dir.resolve("proc")), new ProcFs(dir.resolve("sys")));
  }

  private Hardware hardware() {
    return platform().system().hardware();
  }

  private static void attrs(FixtureProc fs, String dir, String... nameValue) {
    for (int i = 0; i < nameValue.length; i += 2) {
      fs.write(dir + "/" + nameValue[i], nameValue[i + 1] + "\n");
    }
  }

  @Test
  void usbDevicesAreTheDevicesNotTheirInterfaces() {
    proc();
    FixtureProc s = sys();
    String d = "bus/usb/devices/";
    attrs(s, d + "usb1", "busnum", "1", "devnum", "1", "idVendor", "1d6b", "idProduct", "0002",
        "bcdDevice", "0610", "manufacturer", "Linux 6.1.0 xhci-hcd", "product",
        "xHCI Host Controller", "serial", "0000:00:14.0", "bDeviceClass", "09",
        "bDeviceSubClass", "00", "bDeviceProtocol", "01", "removable", "unknown", "devpath",
        "0");
    attrs(s, d + "1-2.3", "busnum", "1", "devnum", "7", "idVendor", "046d", "idProduct", "c52b",
        "bcdDevice", "1211", "manufacturer", "Logitech", "product", "USB Receiver",
        "bDeviceClass", "00", "bDeviceSubClass", "00", "bDeviceProtocol", "00", "removable",
        "removable", "devpath", "2.3");
    attrs(s, d + "1-2.3:1.0", "bInterfaceClass", "03");
    attrs(s, d + "2-1", "busnum", "2", "devnum", "2");
    Parsed<UsbDevice> p = hardware().usbDevices();
    assertEquals(List.of(
        new UsbDevice(1, 1, 0, "usb1", "1d6b", "Linux 6.1.0 xhci-hcd", "0002",
            "xHCI Host Controller", "0610", "0000:00:14.0", "09", "00", "01", "unknown"),
        new UsbDevice(1, 7, 3, "1-2.3", "046d", "Logitech", "c52b", "USB Receiver", "1211",
            null, "00", "00", "00", "removable")), p.values());
    assertEquals(1, p.problems().size(), p.problems().toString());
    assertTrue(p.problems().get(0).contains("2-1"), p.problems().toString());
  }

  @Test
  void pciDevicesAreNamedThroughPciIds() throws Exception {
    FixtureProc root = proc();
    root.write("rootfs/usr/share/misc/pci.ids", """
        # a hand-written excerpt in pci.ids' format
        8086  Intel Corporation
        \t2922  82801IR/IO/IH (ICH9R/DO/DH) 6 port SATA Controller [AHCI mode]
        \t\t1af4 1100  QEMU Virtual Machine
        1af4  Red Hat, Inc.
        \t1041  Virtio 1.0 network device
        C 01  Mass storage controller
        \t06  SATA controller
        \t\t01  AHCI 1.0
        C 02  Network controller
        """);
    FixtureProc s = sys();
    attrs(s, "bus/pci/devices/0000:00:1f.2", "class", "0x010601", "vendor", "0x8086",
        "device", "0x2922", "subsystem_vendor", "0x1af4", "subsystem_device", "0x1100",
        "revision", "0x02");
    Files.createDirectories(dir.resolve("sys/bus/pci/drivers/ahci"));
    Files.createSymbolicLink(dir.resolve("sys/bus/pci/devices/0000:00:1f.2/driver"),
        Path.of("../../drivers/ahci"));
    attrs(s, "bus/pci/devices/0000:00:03.0", "class", "0x020000", "vendor", "0x1af4",
        "device", "0x1041", "subsystem_vendor", "0x1af4", "subsystem_device", "0x1041",
        "revision", "0x01");
    attrs(s, "bus/pci/devices/0000:00:04.0", "class", "0x088000", "vendor", "0x1234",
        "device", "0x0001", "subsystem_vendor", "0x0000", "subsystem_device", "0x0000",
        "revision", "0x00");
    attrs(s, "bus/pci/devices/0000:00:05.0", "vendor", "0x1234");
    Parsed<PciDevice> p = hardware().pciDevices();
    assertEquals(List.of(
        new PciDevice("0000:00:03.0", "02", "Network controller", "00", null, "00", "1af4",
            "Red Hat, Inc.", "1041", "Virtio 1.0 network device", "1af4", "Red Hat, Inc.",
            "1041", "Virtio 1.0 network device", "01", null),
        new PciDevice("0000:00:04.0", "08", null, "80", null, "00", "1234", null, "0001", null,
            null, null, null, null, "00", null),
        new PciDevice("0000:00:1f.2", "01", "Mass storage controller", "06", "SATA controller",
            "01", "8086", "Intel Corporation", "2922",
            "82801IR/IO/IH (ICH9R/DO/DH) 6 port SATA Controller [AHCI mode]", "1af4",
            "Red Hat, Inc.", "1100", "QEMU Virtual Machine", "02", "ahci")), p.values());
    assertEquals(1, p.problems().size(), p.problems().toString());
    assertTrue(p.problems().get(0).contains("0000:00:05.0"), p.problems().toString());
    Files.delete(dir.resolve("proc/rootfs/usr/share/misc/pci.ids"));
    Parsed<PciDevice> unnamed = hardware().pciDevices();
    assertEquals(null, unnamed.values().get(0).vendor());
    assertTrue(unnamed.problems().stream().anyMatch(m -> m.contains("no PCI ID database")),
        unnamed.problems().toString());
  }

  /** An ext4 superblock (at 1024) with the extents feature, a UUID and a label. */
  private static byte[] ext4() {
    byte[] b = new byte[8192];
    b[1024 + 0x38] = 0x53;
    b[1024 + 0x39] = (byte) 0xEF;
    b[1024 + 0x60] = 0x40; // INCOMPAT_EXTENTS
    byte[] uuid = HexFormat.of().parseHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    System.arraycopy(uuid, 0, b, 1024 + 0x68, 16);
    byte[] label = "rootfs".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(label, 0, b, 1024 + 0x78, label.length);
    return b;
  }

  /** A LUKS header: magic, version, and the fields at their byte offsets. */
  private static byte[] luks(int version, String uuid, String json) {
    byte[] b = new byte[16384];
    byte[] magic = {'L', 'U', 'K', 'S', (byte) 0xba, (byte) 0xbe, 0, (byte) version};
    System.arraycopy(magic, 0, b, 0, magic.length);
    if (version == 1) {
      put(b, 8, "aes");
      put(b, 40, "cbc-essiv:sha256");
    } else {
      put(b, 24, "vault");
      put(b, 4096, json);
    }
    put(b, 168, uuid);
    return b;
  }

  private static void put(byte[] b, int at, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, b, at, bytes.length);
  }

  private void blockFixture() throws Exception {
    FixtureProc root = proc();
    FixtureProc s = sys();
    attrs(s, "block/vda", "size", "4096", "queue/logical_block_size", "512", "ro", "0",
        "removable", "0", "device/vendor", "0x1af4");
    attrs(s, "block/vda/vda1", "partition", "1", "size", "2048", "ro", "0");
    attrs(s, "block/vda/vda2", "partition", "2", "size", "1024", "ro", "1");
    attrs(s, "block/vdb", "size", "64", "queue/logical_block_size", "4096", "ro", "0",
        "removable", "1");
    attrs(s, "block/dm-0", "size", "1000", "queue/logical_block_size", "512", "ro", "0",
        "removable", "0", "dm/uuid", "CRYPT-LUKS1-0123456789abcdef0123456789abcdef-old",
        "dm/name", "old");
    Files.createDirectories(dir.resolve("sys/block/dm-0/slaves/vda2"));
    attrs(s, "block/dm-1", "size", "8", "queue/logical_block_size", "512", "ro", "0",
        "removable", "0", "dm/uuid", "CRYPT-LUKS2-aaaabbbbccccddddeeeeffff00001111-new",
        "dm/name", "new");
    Files.createDirectories(dir.resolve("sys/block/dm-1/slaves/vdb"));
    attrs(s, "block/broken", "size", "lots");
    root.writeBytes("rootfs/dev/vda", new byte[8192]);
    root.writeBytes("rootfs/dev/vda1", ext4());
    root.writeBytes("rootfs/dev/vda2", luks(1, "11111111-2222-3333-4444-555555555555", null));
    // LUKS2: a keyslot's area names a cipher before the segment does; the data's is the
    // segment's.
    root.writeBytes("rootfs/dev/vdb", luks(2, "66666666-7777-8888-9999-000000000000",
        "{\"keyslots\":{\"0\":{\"area\":{\"encryption\":\"aes-cbc-plain\"}}},"
            + "\"segments\":{\"0\":{\"type\":\"crypt\",\"encryption\":\"aes-xts-plain64\"}}}"));
    root.writeBytes("rootfs/dev/dm-0", new byte[4096]);
  }

  @Test
  void blockDevicesSayWhatTheirFirstBlocksHold() throws Exception {
    blockFixture();
    Parsed<BlockDevice> p = hardware().blockDevices(null);
    assertEquals(List.of(
        new BlockDevice("/dev/dm-0", "/dev/vda2", "crypt", null, null, null, 512000, 512, null,
            null, null, false, false),
        new BlockDevice("/dev/dm-1", "/dev/vdb", "crypt", null, null, null, 4096, 512, null,
            null, null, false, false),
        new BlockDevice("/dev/vda", null, "disk", "0x1af4", null, null, 2097152, 512, null,
            null, null, false, false),
        new BlockDevice("/dev/vda1", "/dev/vda", "part", "0x1af4", null, null, 1048576, 512,
            "ext4", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "rootfs", false, false),
        new BlockDevice("/dev/vda2", "/dev/vda", "part", "0x1af4", null, null, 524288, 512,
            "crypto_LUKS", "11111111-2222-3333-4444-555555555555", null, true, false),
        new BlockDevice("/dev/vdb", null, "disk", null, null, null, 32768, 4096, "crypto_LUKS",
            "66666666-7777-8888-9999-000000000000", "vault", false, true)), p.values());
    assertEquals(1, p.problems().size(), p.problems().toString());
    assertTrue(p.problems().get(0).contains("broken"), p.problems().toString());
    assertEquals(List.of("/dev/vda1"), hardware().blockDevices("/dev/vda1").values().stream()
        .map(BlockDevice::name).toList());
  }

  @Test
  void dmCryptDevicesNameTheCipherOfTheirLuksHeader() throws Exception {
    blockFixture();
    Parsed<EncryptedDevice> p = hardware().encryption(null);
    assertEquals(List.of(
        new EncryptedDevice("/dev/dm-0", "old", "11111111-2222-3333-4444-555555555555", true,
            "aes-cbc-essiv:sha256", "/dev/vda2"),
        new EncryptedDevice("/dev/dm-1", "new", "66666666-7777-8888-9999-000000000000", true,
            "aes-xts-plain64", "/dev/vdb"),
        new EncryptedDevice("/dev/vda", null, "", false, "", null),
        new EncryptedDevice("/dev/vda1", null, "", false, "", null),
        new EncryptedDevice("/dev/vda2", null, "", false, "", null),
        new EncryptedDevice("/dev/vdb", null, "", false, "", null),
        new EncryptedDevice("/dev/broken", null, "", false, "", null)),
        p.values().stream().sorted(java.util.Comparator.comparing(
            e -> e.name().equals("/dev/broken") ? "~" : e.name())).toList());
    assertEquals(List.of("not encrypted", "encrypted", "encrypted"), p.values().subList(0, 3)
        .stream().map(EncryptedDevice::status).toList());
  }

  private static String hex(String algorithm, byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
  }

  @Test
  void acpiTablesAreEveryFileWithItsDigests() {
    proc();
    sys().write("firmware/acpi/tables/DSDT", "abc").write("firmware/acpi/tables/dynamic/SSDT1",
        "");
    // sha256("abc") and md5("abc") as FIPS 180-2 and RFC 1321 print them; the empty input's
    // as sha256sum and md5sum print them for /dev/null.
    assertEquals(List.of(
        new FirmwareTable("DSDT", -1, -1, -1, -1, 3, "900150983cd24fb0d6963f7d28e17f72",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        new FirmwareTable("dynamic/SSDT1", -1, -1, -1, -1, 0,
            "d41d8cd98f00b204e9800998ecf8427e",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")),
        hardware().acpiTables().values());
  }

  @Test
  void smbiosStructuresAreCutAtTheirStringsEnd() throws Exception {
    proc();
    byte[] system = {1, 8, 0x00, 0x01, 1, 2, 0, 0, 'Q', 'E', 'M', 'U', 0, 'P', 'C', 0, 0};
    byte[] end = {127, 4, (byte) 0xff, (byte) 0xfe, 0, 0};
    byte[] table = new byte[system.length + end.length];
    System.arraycopy(system, 0, table, 0, system.length);
    System.arraycopy(end, 0, table, system.length, end.length);
    sys().writeBytes("firmware/dmi/tables/DMI", table);
    Parsed<FirmwareTable> p = hardware().smbiosTables();
    assertEquals(List.of(
        new FirmwareTable("System Information", 0, 1, 0x100, 8, 17, hex("MD5", system),
            hex("SHA-256", system)),
        new FirmwareTable("End-of-Table", 1, 127, 0xfeff, 4, 6, hex("MD5", end),
            hex("SHA-256", end))), p.values());
    assertEquals(List.of(), p.problems());
    // A structure whose formatted area runs past the end: what came before, and a problem.
    byte[] cut = Arrays.copyOf(system, system.length + 4);
    cut[system.length] = 2;
    cut[system.length + 1] = 0x40;
    sys().writeBytes("firmware/dmi/tables/DMI", cut);
    p = hardware().smbiosTables();
    assertEquals(1, p.values().size(), p.values().toString());
    assertEquals(1, p.problems().size(), p.problems().toString());
    assertTrue(p.problems().get(0).contains("structure 1 at byte 17"), p.problems().toString());
  }

  @Test
  void pipesArePairedReaderWithWriter() throws Exception {
    FixtureProc p = proc();
    Path root = dir.resolve("proc");
    // 10 writes pipe 555, 11 and 13 read it; 12 holds pipe 777 for both alone.
    Object[][] ends = {{10, 1, 555, "01"}, {11, 0, 555, "00"}, {13, 3, 555, "0100000"},
        {12, 5, 777, "02"}};
    for (Object[] e : ends) {
      Files.createDirectories(root.resolve(e[0] + "/fd"));
      Files.createSymbolicLink(root.resolve(e[0] + "/fd/" + e[1]), Path.of("pipe:[" + e[2]
          + "]"));
      p.write(e[0] + "/fdinfo/" + e[1], "pos:\t0\nflags:\t" + e[3] + "\nmnt_id:\t15\n");
    }
    Files.createSymbolicLink(root.resolve("10/fd/2"), Path.of("socket:[999]"));
    sys();
    Parsed<OpenPipe> all = platform().system().pipes().open(null);
    assertEquals(List.of(
        new OpenPipe(10, 1, "w", 555, "anonymous", 11, 0, "r"),
        new OpenPipe(10, 1, "w", 555, "anonymous", 13, 3, "r"),
        new OpenPipe(11, 0, "r", 555, "anonymous", 10, 1, "w"),
        new OpenPipe(12, 5, "rw", 777, "anonymous", null, null, null),
        new OpenPipe(13, 3, "r", 555, "anonymous", 10, 1, "w")), all.values());
    assertEquals(List.of(new OpenPipe(13, 3, "r", 555, "anonymous", 10, 1, "w")),
        platform().system().pipes().open(java.util.Set.of(13)).values());
  }

  @Test
  void cpuFeaturesComeFromCpuinfoWhereTheInstructionIsNotRun() {
    proc().write("cpuinfo", "processor\t: 0\nflags\t\t: fpu sse2 avx2 lm\n\nprocessor\t: 1\n"
        + "flags\t\t: fpu\n");
    sys();
    Parsed<CpuFeature> p = hardware().cpuFeatures();
    assertEquals(List.of("fpu", "sse2", "avx2", "lm"), p.values().stream()
        .filter(f -> f.value().equals("1")).map(CpuFeature::feature).toList());
    assertTrue(p.values().contains(new CpuFeature("avx2", "1", "ebx", 5, "0x7")));
    assertTrue(p.values().contains(new CpuFeature("lm", "1", "edx", 29, "0x80000001")));
    assertTrue(p.values().contains(new CpuFeature("sse4_2", "0", "ecx", 20, "0x1")));
    assertEquals(1, p.problems().size(), p.problems().toString());
    assertTrue(p.problems().get(0).contains("not run"), p.problems().toString());
  }
}
