package io.hostsql.jdbc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.Privileges;
import io.hostsql.os.testing.QueryRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cpuid, pci_devices, block_devices, acpi_tables and hardware_events on this machine, against
 * the cpuid tool and /proc/cpuinfo, lspci, lsblk and blkid, and sha256sum.
 */
class DeviceTablesTest {
  private static Connection c;

  @BeforeAll
  static void open() throws Exception {
    c = DriverManager.getConnection("jdbc:hostsql:");
  }

  @AfterAll
  static void close() throws Exception {
    c.close();
  }

  /** `cpuid -1 -r -l LEAF` -> the four registers of sub-leaf 0. */
  private static Map<String, Long> cpuidTool(String leaf) {
    String out = Commands.run("cpuid", "-1", "-r", "-l", leaf, "-s", "0");
    Map<String, Long> regs = new HashMap<>();
    for (String word : out.split("\\s+")) {
      int eq = word.indexOf('=');
      if (eq == 3 && word.startsWith("e")) {
        regs.put(word.substring(0, 3), Long.decode(word.substring(4)));
      }
    }
    assertEquals(4, regs.size(), out);
    return regs;
  }

  @Test
  void cpuidBitsAreTheCpuidToolsRegistersAndCpuinfosFlags() throws Exception {
    Set<String> flags = new HashSet<>();
    for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
      if (line.startsWith("flags")) {
        flags.addAll(Arrays.asList(line.substring(line.indexOf(':') + 1).strip().split(" +")));
        break;
      }
    }
    List<List<String>> rows = QueryRows.of(c, "SELECT feature, \"value\", output_register, "
        + "output_bit, input_eax FROM osquery.cpuid");
    assertTrue(rows.size() > 40, rows.toString());
    boolean x86 = System.getProperty("os.arch").matches("amd64|x86_64|x86|i386");
    Map<String, Map<String, Long>> leaves = new HashMap<>();
    for (List<String> r : rows) {
      if (x86) {
        long reg = leaves.computeIfAbsent(r.get(4), DeviceTablesTest::cpuidTool).get(r.get(2));
        assertEquals(Long.toString(reg >> Integer.parseInt(r.get(3)) & 1), r.get(1),
            r + " against cpuid -r -l " + r.get(4));
      }
      // The kernel may clear a bit the CPU has (a boot option, a disabled feature), never set
      // one it lacks: a flag in cpuinfo is a 1 here.
      if (flags.contains(r.get(0))) {
        assertEquals("1", r.get(1), r + ": /proc/cpuinfo lists " + r.get(0));
      }
    }
    for (String f : List.of("fpu", "tsc", "cx8", "cmov", "fxsr", "sse", "sse2")) {
      if (flags.contains(f)) {
        assertTrue(rows.contains(rowOf(rows, f)), f);
      }
    }
  }

  private static List<String> rowOf(List<List<String>> rows, String feature) {
    return rows.stream().filter(r -> r.get(0).equals(feature)).findFirst().orElseThrow();
  }

  /** lspci -vmm -nn -D -k's records, each as field -> value. */
  private static List<Map<String, String>> lspci() {
    List<Map<String, String>> out = new ArrayList<>();
    Map<String, String> cur = new TreeMap<>();
    for (String line : Commands.run("lspci", "-vmm", "-nn", "-D", "-k").split("\n")) {
      if (line.isBlank()) {
        if (!cur.isEmpty()) {
          out.add(cur);
        }
        cur = new TreeMap<>();
        continue;
      }
      int tab = line.indexOf(":\t");
      if (tab > 0) {
        cur.put(line.substring(0, tab), line.substring(tab + 2));
      }
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  /** "Red Hat, Inc. [1af4]" -> {name, id}; a name lspci only makes up (Device) is null. */
  private static String[] nameAndId(String s, String placeholder) {
    int open = s.lastIndexOf(" [");
    String name = s.substring(0, open);
    return new String[] {name.equals(placeholder) ? null : name,
        s.substring(open + 2, s.length() - 1)};
  }

  @Test
  void pciDevicesAreWhatLspciShows() throws Exception {
    List<Map<String, String>> expected = lspci();
    List<List<String>> ours = QueryRows.of(c, "SELECT pci_slot, COALESCE(pci_subclass, "
        + "pci_class), pci_class_id || pci_subclass_id, vendor, vendor_id, model, model_id, "
        + "subsystem_vendor, subsystem_vendor_id, subsystem_model, subsystem_model_id, "
        + "revision, prog_if, driver FROM pci_devices ORDER BY pci_slot");
    assertEquals(expected.size(), ours.size(), ours.toString());
    for (int i = 0; i < expected.size(); i++) {
      Map<String, String> e = expected.get(i);
      List<String> r = ours.get(i);
      assertEquals(e.get("Slot"), r.get(0));
      String[] cls = nameAndId(e.get("Class"), "Class");
      assertEquals(Arrays.asList(cls), r.subList(1, 3), e.toString());
      assertEquals(Arrays.asList(nameAndId(e.get("Vendor"), "Vendor")), r.subList(3, 5));
      assertEquals(Arrays.asList(nameAndId(e.get("Device"), "Device")), r.subList(5, 7));
      if (e.containsKey("SVendor")) {
        assertEquals(Arrays.asList(nameAndId(e.get("SVendor"), "Unknown vendor")),
            r.subList(7, 9), e.toString());
        assertEquals(Arrays.asList(nameAndId(e.get("SDevice"), "Device")), r.subList(9, 11),
            e.toString());
      } else {
        assertEquals(Arrays.asList(null, null, null, null), r.subList(7, 11), e.toString());
      }
      // lspci leaves out a revision and a programming interface of 00
      assertEquals(e.getOrDefault("Rev", "00"), r.get(11), e.toString());
      assertEquals(e.getOrDefault("ProgIf", "00"), r.get(12), e.toString());
      assertEquals(e.get("Driver"), r.get(13), e.toString());
    }
    assertEquals(QueryRows.of(c, "SELECT pci_slot, vendor_id, COALESCE(driver, '') "
        + "FROM pci_devices ORDER BY 1"), QueryRows.of(c, "SELECT pci_slot, vendor_id, driver "
        + "FROM osquery.pci_devices ORDER BY 1"));
  }

  /** lsblk -P's records, by name. */
  private static Map<String, Map<String, String>> lsblk() {
    Map<String, Map<String, String>> out = new TreeMap<>();
    String text = Commands.run("lsblk", "--bytes", "-P", "-p", "-o",
        "NAME,PKNAME,TYPE,SIZE,LOG-SEC,MODEL,VENDOR,RO,RM");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Z:-]+)=\"([^\"]*)\"")
        .matcher("");
    for (String line : text.split("\n")) {
      Map<String, String> rec = new TreeMap<>();
      m.reset(line);
      while (m.find()) {
        rec.put(m.group(1), m.group(2).strip());
      }
      out.put(rec.get("NAME"), rec);
    }
    return out;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  @Test
  void blockDevicesAreWhatLsblkListsWithWhatBlkidProbes() throws Exception {
    Map<String, Map<String, String>> expected = lsblk();
    List<List<String>> ours = QueryRows.of(c, "SELECT name, parent, kind, size, block_size, "
        + "model, vendor, read_only, removable, fs_type, uuid, label FROM block_devices");
    Set<String> names = new HashSet<>();
    boolean root = Commands.run("id", "-u").strip().equals("0");
    for (List<String> r : ours) {
      names.add(r.get(0));
      Map<String, String> e = expected.get(r.get(0));
      if (e == null) {
        continue; // lsblk leaves out empty loop devices and zero-size ram disks
      }
      assertEquals(List.of(e.get("NAME"), e.get("PKNAME"), e.get("TYPE"), e.get("SIZE"),
          e.get("LOG-SEC"), e.get("MODEL"), e.get("VENDOR"), e.get("RO").equals("1") + "",
          e.get("RM").equals("1") + ""), List.of(r.get(0), orEmpty(r.get(1)), r.get(2),
          r.get(3), r.get(4), orEmpty(r.get(5)), orEmpty(r.get(6)), r.get(7), r.get(8)));
      if (root && !r.get(3).equals("0")) {
        // blkid's low-level probe reads the superblock itself, as we do
        Map<String, String> probe = blkid(r.get(0));
        if (probe.isEmpty() || Set.of("ext2", "ext3", "ext4", "xfs", "btrfs", "swap",
            "crypto_LUKS").contains(probe.getOrDefault("TYPE", ""))) {
          assertEquals(Arrays.asList(probe.get("TYPE"), probe.get("UUID"), probe.get("LABEL")),
              r.subList(9, 12), r.get(0));
        }
      }
    }
    assertTrue(names.containsAll(expected.keySet()), names + " lacks some of "
        + expected.keySet());
  }

  /** blkid -p -o export: TYPE, UUID, LABEL...; empty when it recognizes nothing. */
  private static Map<String, String> blkid(String device) {
    Map<String, String> out = new TreeMap<>();
    for (String line : Commands.runAllowingFailure("blkid", "-p", "-o", "export", device)
        .stdout().split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        out.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return out;
  }

  @Test
  void aLoopDeviceWithALabelledExt4ShowsItsUuidAndLabel(@TempDir Path dir) throws Exception {
    Privileges.assumeRoot("attaching a loop device");
    Path image = dir.resolve("fs.img");
    Commands.run("truncate", "-s", "8M", image.toString());
    Commands.run("mkfs.ext4", "-q", "-F", "-L", "hostsqltest", image.toString());
    String loop = Commands.run("losetup", "-f", "--show", image.toString()).strip();
    try {
      Map<String, String> probe = blkid(loop);
      List<List<String>> rows = QueryRows.of(c, "SELECT name, kind, size, fs_type, uuid, "
          + "label FROM block_devices WHERE name = '" + loop + "'");
      assertEquals(List.of(List.of(loop, "loop", Long.toString(8 << 20), "ext4",
          probe.get("UUID"), "hostsqltest")), rows);
      assertEquals(List.of(List.of("ext4", probe.get("UUID"), "hostsqltest",
          Long.toString((8 << 20) / 512))), QueryRows.of(c, "SELECT type, uuid, label, size "
          + "FROM osquery.block_devices WHERE name = '" + loop + "'"));
      String plan = QueryRows.of(c, "EXPLAIN PLAN FOR SELECT * FROM block_devices WHERE "
          + "name = '" + loop + "'").get(0).get(0);
      assertTrue(plan.contains("table=[[os, block_devices]], filters=[[="), plan);
      assertEquals(List.of(List.of(loop, "0", "not encrypted", "")), QueryRows.of(c,
          "SELECT name, encrypted, encryption_status, type FROM osquery.disk_encryption "
          + "WHERE name = '" + loop + "'"));
    } finally {
      Commands.run("losetup", "-d", loop);
    }
  }

  @Test
  void acpiTablesHashAsSha256sumDoes() throws Exception {
    Path tables = Path.of("/sys/firmware/acpi/tables");
    Map<String, List<String>> expected = new TreeMap<>();
    if (Files.isDirectory(tables)) {
      for (String f : Commands.run("find", tables.toString(), "-type", "f").split("\n")) {
        if (f.isBlank()) {
          continue;
        }
        String name = tables.relativize(Path.of(f)).toString();
        Commands.Result sum = Commands.runAllowingFailure("sha256sum", f);
        Commands.Result md5 = Commands.runAllowingFailure("md5sum", f);
        // Only root reads the tables: then wc counts the bytes, else stat's size stands.
        expected.put(name, Arrays.asList(name, sum.exitCode() == 0
            ? Commands.run("wc", "-c", f).strip().split(" ")[0]
            : Long.toString(Files.size(Path.of(f))),
            md5.exitCode() == 0 ? md5.stdout().split(" ")[0] : null,
            sum.exitCode() == 0 ? sum.stdout().split(" ")[0] : null));
      }
    }
    assertEquals(new ArrayList<>(expected.values()), QueryRows.of(c,
        "SELECT name, size, md5, sha256 FROM acpi_tables ORDER BY name"));
    assertEquals(QueryRows.of(c, "SELECT name, md5 FROM acpi_tables ORDER BY name"),
        QueryRows.of(c, "SELECT name, md5 FROM osquery.acpi_tables ORDER BY name"));
  }

  @Test
  void smbiosTablesEndWhereTheFirmwaresTableEnds() throws Exception {
    Path dmi = Path.of("/sys/firmware/dmi/tables/DMI");
    List<List<String>> rows = QueryRows.of(c, "SELECT number, type, size, sha256 "
        + "FROM smbios_tables ORDER BY number");
    if (!Files.exists(dmi)) {
      assertEquals(List.of(), rows, "no " + dmi + " on this machine");
      return;
    }
    Privileges.assumeRoot("reading " + dmi);
    byte[] table = Files.readAllBytes(dmi);
    long sum = 0;
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      assertEquals(Integer.toString(i), r.get(0));
      int size = Integer.parseInt(r.get(2));
      // each structure's digest is sha256sum's of its bytes, cut where the sizes say
      byte[] part = Arrays.copyOfRange(table, (int) sum, (int) sum + size);
      Path tmp = Files.createTempFile("smbios", ".bin");
      try {
        Files.write(tmp, part);
        assertEquals(Commands.run("sha256sum", tmp.toString()).split(" ")[0], r.get(3));
      } finally {
        Files.delete(tmp);
      }
      assertEquals(table[(int) sum] & 0xff, Integer.parseInt(r.get(1)));
      sum += size;
    }
    assertTrue(sum <= table.length);
  }

  @Test
  void hardwareEventsIsEmptyAndSaysWhy() throws Exception {
    try (Statement s = c.createStatement()) {
      try (var rs = s.executeQuery("SELECT action, path, time FROM osquery.hardware_events")) {
        assertFalse(rs.next());
      }
      SQLWarning w = s.getWarnings();
      assertTrue(w != null && w.getMessage().startsWith("hardware_events: hostsql keeps no "
          + "event buffer"), String.valueOf(w));
    }
  }
}
