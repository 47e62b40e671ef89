package io.hostsql.os.linux;

import io.hostsql.os.EncryptedDevice;
import io.hostsql.os.Parsed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which block devices dm-crypt decrypts: a device-mapper device whose dm/uuid starts with
 * "CRYPT-" (cryptsetup's prefix: CRYPT-LUKS1-, CRYPT-LUKS2-, CRYPT-PLAIN-). Its cipher is read
 * from the LUKS header of the device beneath it (slaves/): LUKS1 keeps cipher name and mode at
 * bytes 8 and 40, LUKS2 the segment's "encryption" in the JSON area after its 4 KiB binary
 * header. A plain mapping has no header: its cipher is only in the kernel's table, which this
 * reader does not ask for (type NULL, with a problem).
 */
final class DmCrypt {
  private static final Pattern LUKS2_CIPHER = Pattern.compile(
      "\"encryption\"\\s*:\\s*\"([^\"]+)\"");

  private DmCrypt() {
  }

  static Parsed<EncryptedDevice> read(ProcFs sys, Path dev, String only) {
    List<String> problems = new ArrayList<>();
    List<EncryptedDevice> out = new ArrayList<>();
    int refused = 0;
    for (SysBlock.Node n : SysBlock.nodes(sys)) {
      String path = "/dev/" + n.name();
      if (only != null && !only.equals(path)) {
        continue;
      }
      String dmUuid = n.disk() == null ? SysAttrs.get(sys, n.dir() + "/dm/uuid") : null;
      String mapped = n.disk() == null ? SysAttrs.get(sys, n.dir() + "/dm/name") : null;
      if (dmUuid == null || !dmUuid.startsWith("CRYPT-")) {
        out.add(new EncryptedDevice(path, mapped, "", false, "", null));
        continue;
      }
      String slave = SysBlock.slave(sys, n);
      String type = null;
      String uuid = "";
      if (dmUuid.startsWith("CRYPT-PLAIN-")) {
        problems.add(path + ": a plain dm-crypt mapping has no header: its cipher is NULL");
      } else if (slave != null) {
        try {
          byte[] head = SysBlock.head(dev.resolve(slave));
          Superblocks.Probe probe = Superblocks.probe(head);
          if (probe != null && probe.type().equals("crypto_LUKS")) {
            uuid = probe.uuid() == null ? "" : probe.uuid();
            type = cipher(head);
          }
          if (type == null) {
            problems.add(dev.resolve(slave) + ": no LUKS cipher in its header: "
                + path + "'s type is NULL");
          }
        } catch (AccessDeniedException e) {
          refused++;
        } catch (IOException e) {
          problems.add(dev.resolve(slave) + ": not readable (" + e.getMessage() + "): "
              + path + "'s type is NULL");
        }
      }
      out.add(new EncryptedDevice(path, mapped, uuid, true, type,
          slave == null ? null : "/dev/" + slave));
    }
    if (refused > 0) {
      problems.add(refused + " encrypted devices' LUKS headers are readable by root only: "
          + "their uuid is '' and type NULL");
    }
    return new Parsed<>(out, problems);
  }

  /** "cipher-mode" of a LUKS1 or LUKS2 header; null when it does not say. */
  static String cipher(byte[] head) {
    int version = (head[6] & 0xff) << 8 | head[7] & 0xff;
    if (version == 1) {
      String name = nulTerminated(head, 8, 32);
      String mode = nulTerminated(head, 40, 32);
      return name.isEmpty() ? null : mode.isEmpty() ? name : name + "-" + mode;
    }
    if (head.length > 4096) {
      // The keyslots' areas name a cipher too, and come first: the data's is the segment's.
      String json = new String(head, 4096, head.length - 4096, StandardCharsets.ISO_8859_1);
      int segments = json.indexOf("\"segments\"");
      Matcher m = LUKS2_CIPHER.matcher(json);
      return segments >= 0 && m.find(segments) ? m.group(1) : null;
    }
    return null;
  }

  private static String nulTerminated(byte[] b, int at, int length) {
    int end = at;
    while (end < at + length && end < b.length && b[end] != 0) {
      end++;
    }
    return new String(b, at, end - at, StandardCharsets.US_ASCII);
  }
}
