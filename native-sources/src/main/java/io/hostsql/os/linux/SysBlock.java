package io.hostsql.os.linux;

import io.hostsql.os.BlockDevice;
import io.hostsql.os.Parsed;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The block devices of /sys/block, each disk followed by its partitions (its subdirectories
 * with a "partition" attribute), with what their first blocks hold ({@link Superblocks}, read
 * from the device nodes under a /dev directory, which only root may open).
 */
final class SysBlock {
  private SysBlock() {
  }

  /** A device's place in sysfs: its directory, and the disk directory for a partition. */
  record Node(String name, String dir, String disk) {
  }

  /** Every disk and partition, disks sorted by name and each followed by its partitions. */
  static List<Node> nodes(ProcFs sys) {
    String[] disks = sys.list("block");
    Arrays.sort(disks);
    List<Node> out = new ArrayList<>();
    for (String disk : disks) {
      String dir = "block/" + disk;
      out.add(new Node(disk, dir, null));
      List<String> parts = new ArrayList<>();
      for (String sub : sys.list(dir)) {
        if (sys.exists(dir + "/" + sub + "/partition")) {
          parts.add(sub);
        }
      }
      parts.sort(Comparator.comparingInt(p -> partitionNumber(sys, dir + "/" + p)));
      for (String p : parts) {
        out.add(new Node(p, dir + "/" + p, disk));
      }
    }
    return out;
  }

  private static int partitionNumber(ProcFs sys, String dir) {
    try {
      return Integer.parseInt(SysAttrs.get(sys, dir + "/partition"));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** The first slave of a mapped (dm, md) device, or null. */
  static String slave(ProcFs sys, Node n) {
    String[] slaves = sys.list(n.dir() + "/slaves");
    Arrays.sort(slaves);
    return slaves.length == 0 ? null : slaves[0];
  }

  static Parsed<BlockDevice> read(ProcFs sys, Path dev, String only) {
    List<String> problems = new ArrayList<>();
    List<BlockDevice> out = new ArrayList<>();
    int refused = 0;
    for (Node n : nodes(sys)) {
      String path = "/dev/" + n.name();
      if (only != null && !only.equals(path)) {
        continue;
      }
      String d = n.dir() + "/";
      String diskDir = n.disk() == null ? d : "block/" + n.disk() + "/";
      long sectors;
      try {
        sectors = Long.parseLong(SysAttrs.get(sys, d + "size"));
      } catch (NumberFormatException | NullPointerException e) {
        problems.add(sys.root().resolve(d + "size") + ": not a number: " + path + " left out");
        continue;
      }
      String blockSize = SysAttrs.get(sys, diskDir + "queue/logical_block_size");
      String parent = n.disk() != null ? "/dev/" + n.disk() : null;
      if (parent == null && (n.name().startsWith("dm-") || n.name().startsWith("md"))) {
        String s = slave(sys, n);
        parent = s == null ? null : "/dev/" + s;
      }
      Superblocks.Probe probe = null;
      if (sectors > 0) {
        try {
          probe = Superblocks.probe(head(dev.resolve(n.name())));
        } catch (AccessDeniedException e) {
          refused++;
        } catch (IOException e) {
          // no node under this /dev, or media gone: nothing recognized
        }
      }
      out.add(new BlockDevice(path, parent, kind(sys, n), SysAttrs.get(sys,
          diskDir + "device/vendor"), SysAttrs.get(sys, diskDir + "device/model"),
          SysAttrs.get(sys, diskDir + "device/wwid"), sectors * 512,
          blockSize == null ? 512 : Integer.parseInt(blockSize),
          probe == null ? null : probe.type(), probe == null ? null : probe.uuid(),
          probe == null ? null : probe.label(), "1".equals(SysAttrs.get(sys, d + "ro")),
          "1".equals(SysAttrs.get(sys, diskDir + "removable"))));
    }
    if (refused > 0) {
      problems.add(refused + " block devices are readable by root only: their type, uuid "
          + "and label are NULL");
    }
    return new Parsed<>(out, problems);
  }

  /** lsblk's TYPE: the kind of a disk from its name and, for a mapped device, its dm uuid. */
  static String kind(ProcFs sys, Node n) {
    String name = n.name();
    if (n.disk() != null) {
      return "part";
    }
    if (name.startsWith("dm-")) {
      String uuid = SysAttrs.get(sys, n.dir() + "/dm/uuid");
      if (uuid == null) {
        return "dm";
      }
      int dash = uuid.indexOf('-');
      return dash > 0 ? uuid.substring(0, dash).toLowerCase(java.util.Locale.ROOT) : "dm";
    }
    if (name.startsWith("loop")) {
      return "loop";
    }
    if (name.startsWith("sr")) {
      return "rom";
    }
    if (name.startsWith("md")) {
      String level = SysAttrs.get(sys, n.dir() + "/md/level");
      return level == null ? "md" : level;
    }
    return "disk";
  }

  /** The device's first {@link Superblocks#HEAD} bytes (fewer when it is smaller). */
  static byte[] head(Path node) throws IOException {
    try (FileChannel ch = FileChannel.open(node, StandardOpenOption.READ)) {
      ByteBuffer b = ByteBuffer.allocate(Superblocks.HEAD);
      while (b.hasRemaining() && ch.read(b) > 0) {
        // fill what the device has
      }
      return Arrays.copyOf(b.array(), b.position());
    }
  }
}
