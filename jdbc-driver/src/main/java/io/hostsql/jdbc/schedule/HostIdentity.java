package io.hostsql.jdbc.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/** This machine's name in the logs ({@code hostIdentifier}) and its shard, osquery's way. */
final class HostIdentity {
  private HostIdentity() {
  }

  static String hostname() {
    try {
      return Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8)
          .strip();
    } catch (IOException e) {
      return "localhost";
    }
  }

  /**
   * osquery's {@code host_identifier}: {@code hostname} (the default), {@code uuid} (the
   * firmware's product UUID, or the machine-id where that is not readable), {@code specified}
   * ({@code specified_identifier}), {@code instance} or {@code ephemeral} (a random UUID for
   * this process; osquery keeps instance across restarts, hostsql does not).
   */
  static String identifier(String kind, String specified) {
    switch (kind == null ? "hostname" : kind) {
      case "hostname":
        return hostname();
      case "uuid":
        return machineUuid();
      case "specified":
        if (specified == null || specified.isBlank()) {
          throw new ConfigException("host_identifier is 'specified' but specified_identifier "
              + "is not set");
        }
        return specified;
      case "instance":
      case "ephemeral":
        return UUID.randomUUID().toString();
      default:
        throw new ConfigException("host_identifier must be hostname, uuid, specified, instance"
            + " or ephemeral, not '" + kind + "'");
    }
  }

  private static String machineUuid() {
    for (String source : new String[] {"/sys/class/dmi/id/product_uuid", "/etc/machine-id"}) {
      try {
        String v = Files.readString(Path.of(source), StandardCharsets.US_ASCII).strip();
        if (v.matches("[0-9a-fA-F]{32}")) {
          v = v.substring(0, 8) + "-" + v.substring(8, 12) + "-" + v.substring(12, 16) + "-"
              + v.substring(16, 20) + "-" + v.substring(20);
        }
        if (!v.isEmpty()) {
          return v.toUpperCase(Locale.ROOT);
        }
      } catch (IOException e) {
        // Not readable here (product_uuid needs root): try the next source.
      }
    }
    return hostname();
  }

  /** osquery's machine shard: the first byte of SHA-1(hostname), scaled to 0..100. */
  static int shard(String hostname) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1")
          .digest(hostname.getBytes(StandardCharsets.UTF_8));
      return (digest[0] & 0xff) * 100 / 255;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }
}
