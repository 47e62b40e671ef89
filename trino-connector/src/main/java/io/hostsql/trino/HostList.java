package io.hostsql.trino;

import io.trino.spi.TrinoException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hosts a catalog names now: the inline list, or the hosts file read again whenever its
 * modification time or size changed, so that machines join and leave the fleet without a
 * restart of Trino.
 */
final class HostList {
  /** A hosts file larger than this is refused: it is a list of URLs, not data. */
  static final long MAX_FILE_BYTES = 1 << 20;

  private final List<Host> inline;
  private final Optional<Path> file;
  private Snapshot snapshot;

  /** What was read from the file, and the file's state then. */
  private record Snapshot(Object modified, long size, List<Host> hosts) {
  }

  HostList(FleetConfig config) {
    this.inline = config.hosts();
    this.file = config.hostsFile();
  }

  /** The hosts, in the order the catalog lists them. */
  synchronized List<Host> hosts() {
    if (file.isEmpty()) {
      return inline;
    }
    Path path = file.get();
    try {
      BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
      if (snapshot != null && snapshot.modified().equals(attrs.lastModifiedTime())
          && snapshot.size() == attrs.size()) {
        return snapshot.hosts();
      }
      if (attrs.size() > MAX_FILE_BYTES) {
        throw new TrinoException(FleetErrorCode.BAD_HOST_LIST, "hosts file " + path + " is "
            + attrs.size() + " bytes, more than " + MAX_FILE_BYTES);
      }
      List<Host> hosts = parse(Files.readString(path, StandardCharsets.UTF_8), path);
      snapshot = new Snapshot(attrs.lastModifiedTime(), attrs.size(), hosts);
      return hosts;
    } catch (IOException e) {
      throw new TrinoException(FleetErrorCode.BAD_HOST_LIST, "cannot read hosts file " + path
          + ": " + e, e);
    }
  }

  /** One host a line ({@code URL}, {@code NAME URL} or {@code NAME=URL}); '#' starts a comment. */
  static List<Host> parse(String text, Path path) {
    List<Host> hosts = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      if (line.isBlank()) {
        continue;
      }
      try {
        hosts.add(Host.parse(line));
      } catch (IllegalArgumentException e) {
        throw new TrinoException(FleetErrorCode.BAD_HOST_LIST, path + " line " + (i + 1) + ": "
            + e.getMessage());
      }
    }
    try {
      requireUniqueNames(hosts, path.toString());
    } catch (IllegalArgumentException e) {
      throw new TrinoException(FleetErrorCode.BAD_HOST_LIST, e.getMessage());
    }
    return List.copyOf(hosts);
  }

  static void requireUniqueNames(List<Host> hosts, String where) {
    Set<String> seen = new HashSet<>();
    for (Host h : hosts) {
      if (!seen.add(h.name())) {
        throw new IllegalArgumentException(where + " names host " + h.name() + " twice");
      }
    }
  }
}
