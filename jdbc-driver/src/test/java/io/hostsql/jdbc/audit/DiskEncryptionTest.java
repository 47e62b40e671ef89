package io.hostsql.jdbc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.Privileges;
import io.hostsql.os.testing.QueryRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * disk_encryption on a LUKS2 loop device the test formats and opens with cryptsetup, against
 * cryptsetup status and luksUUID.
 */
class DiskEncryptionTest {
  /** `cryptsetup status NAME`'s "key: value" lines. */
  private static Map<String, String> status(String name) {
    Map<String, String> out = new HashMap<>();
    for (String line : Commands.run("cryptsetup", "status", name).split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        out.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    return out;
  }

  @Test
  void aLuksDeviceIsEncryptedWithTheCipherCryptsetupReports(@TempDir Path dir)
      throws Exception {
    Privileges.assumeRoot("cryptsetup formats and opens a LUKS device");
    Commands.run("cryptsetup", "--version");
    Path image = dir.resolve("luks.img");
    Path key = dir.resolve("key");
    Files.writeString(key, "hostsql-test-key-" + System.nanoTime());
    Commands.run("truncate", "-s", "32M", image.toString());
    String name = "hostsql-t" + ProcessHandle.current().pid();
    String loop = Commands.run("losetup", "-f", "--show", image.toString()).strip();
    boolean opened = false;
    try {
      // A cheap key derivation: the test needs a header, not a strong one.
      Commands.run("cryptsetup", "luksFormat", "--batch-mode", "--type", "luks2",
          "--pbkdf", "pbkdf2", "--pbkdf-force-iterations", "1000", "--key-file",
          key.toString(), loop);
      // The header alone, no mapping: block_devices reads it as blkid does; the loop device
      // itself holds ciphertext, which nothing decrypts yet.
      String uuid = Commands.run("cryptsetup", "luksUUID", loop).strip();
      try (Connection c = DriverManager.getConnection("jdbc:hostsql:")) {
        assertEquals(List.of(List.of(loop, "crypto_LUKS", uuid)), QueryRows.of(c,
            "SELECT name, fs_type, uuid FROM block_devices WHERE name = '" + loop + "'"));
        assertEquals(List.of(List.of(loop, "0", "", "not encrypted")), QueryRows.of(c,
            "SELECT name, encrypted, type, encryption_status FROM osquery.disk_encryption "
                + "WHERE name = '" + loop + "'"));
      }
      boolean dm = Files.exists(Path.of("/dev/mapper/control"))
          || Files.readString(Path.of("/proc/misc")).contains("device-mapper");
      if (!dm) {
        String why = "the kernel has no device-mapper (no /dev/mapper/control, none in "
            + "/proc/misc): dm-crypt cannot map a LUKS device here (modprobe dm_crypt)";
        // A kernel feature that is absent, not a privilege this run lacks: where the kernel
        // cannot load modules either (as on the CI machines), no run could ever have it, so
        // this stays a skip with its reason even where every test must run (as kernel_modules'
        // comparison with lsmod does). The LUKS header half above ran.
        if (Privileges.allRequired() && Files.exists(Path.of("/proc/modules"))) {
          throw new AssertionError(why + ", and " + Privileges.REQUIRE_ALL + "=1");
        }
        org.junit.jupiter.api.Assumptions.abort(why);
      }
      Commands.run("cryptsetup", "open", "--key-file", key.toString(), loop, name);
      opened = true;
      Map<String, String> st = status(name);
      String dmNode = Path.of("/dev/mapper/" + name).toRealPath().toString();
      try (Connection c = DriverManager.getConnection("jdbc:hostsql:")) {
        assertEquals(List.of(Arrays.asList(dmNode, name, uuid, "true", st.get("cipher"),
            st.get("device"))), QueryRows.of(c, "SELECT name, mapped_name, uuid, encrypted, "
            + "type, backing_device FROM disk_encryption WHERE mapped_name = '" + name + "'"));
        assertEquals(List.of(List.of(dmNode, uuid, "1", st.get("cipher"), "encrypted")),
            QueryRows.of(c, "SELECT name, uuid, encrypted, type, encryption_status "
                + "FROM osquery.disk_encryption WHERE name = '" + dmNode + "'"));
        assertEquals(List.of(List.of(dmNode, "crypt", loop)), QueryRows.of(c,
            "SELECT name, kind, parent FROM block_devices WHERE name = '" + dmNode + "'"));
      }
    } finally {
      if (opened) {
        Commands.runAllowingFailure("cryptsetup", "close", name);
      }
      Commands.runAllowingFailure("losetup", "-d", loop);
    }
  }
}
