package io.hostsql.jdbc.audit;

import static io.hostsql.jdbc.audit.AuditAsNobodyIT.asNobody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hostsql.os.testing.Commands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The device, firmware, packet-filter and pipe tables queried as nobody (setpriv): what nobody
 * may read is answered, the rest is NULL or left out, and the statement says why.
 */
class DeviceTablesAsNobodyIT {
  @Test
  void acpiTablesAreListedWithoutDigestsAndAWarning(@TempDir Path dir) throws Exception {
    Path tables = Path.of("/sys/firmware/acpi/tables");
    assumeTrue(Files.isDirectory(tables), "this machine has no ACPI tables");
    String[] files = Commands.run("find", tables.toString(), "-maxdepth", "1", "-type", "f")
        .strip().split("\n");
    assumeTrue(files.length > 0 && !files[0].isEmpty(), "no ACPI table files");
    List<String> out = asNobody(dir, "SELECT name, size, md5, sha256 FROM acpi_tables "
        + "ORDER BY name");
    String first = java.util.Arrays.stream(files).map(f -> Path.of(f).getFileName().toString())
        .sorted().findFirst().orElseThrow();
    long size = Long.parseLong(Commands.run("stat", "-c", "%s", tables.resolve(first)
        .toString()).strip());
    assertTrue(out.contains(first + "|" + size + "|null|null|"), out.toString());
    assertTrue(out.stream().anyMatch(l -> l.startsWith("warning: acpi_tables: " + tables
        + ": ") && l.endsWith("tables are readable by root only: their md5 and sha256 are "
        + "NULL")), out.toString());
  }

  @Test
  void iptablesIsEmptyWithAWarning(@TempDir Path dir) throws Exception {
    List<String> out = asNobody(dir, "SELECT chain, target FROM iptables");
    assertEquals(1, out.size(), out.toString());
    assertTrue(out.get(0).startsWith("warning: iptables: ") && out.get(0).endsWith(
        "only root may read the rules"), out.toString());
  }

  @Test
  void blockDevicesAreListedWithoutWhatTheyHold(@TempDir Path dir) throws Exception {
    String lsblk = Commands.run("lsblk", "-d", "-n", "-p", "--bytes", "-o", "NAME,SIZE");
    String device = lsblk.lines().map(l -> l.strip().split("\\s+"))
        .filter(f -> f.length == 2 && !f[1].equals("0")).map(f -> f[0]).findFirst()
        .orElse(null);
    assumeTrue(device != null, "no block device with media: " + lsblk);
    List<String> out = asNobody(dir, "SELECT name, fs_type, uuid FROM block_devices "
        + "WHERE name = '" + device + "'");
    assertEquals(device + "|null|null|", out.get(0), out.toString());
    assertTrue(out.get(1).startsWith("warning: block_devices: ") && out.get(1).endsWith(
        "block devices are readable by root only: their type, uuid and label are NULL"),
        out.toString());
  }

  @Test
  void pipesOfOtherUsersAreMissingWithAWarning(@TempDir Path dir) throws Exception {
    List<String> out = asNobody(dir, "SELECT COUNT(*) FROM process_open_pipes WHERE pid = 1");
    assertEquals("0|", out.get(0), out.toString());
    assertTrue(out.get(1).startsWith("warning: process_open_pipes: ") && out.get(1).contains(
        "processes' descriptors are not readable as this user"), out.toString());
  }
}
