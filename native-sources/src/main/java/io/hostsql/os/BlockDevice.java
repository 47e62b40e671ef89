package io.hostsql.os;

/**
 * A block device (/sys/block and its partitions) with what its first blocks say it holds.
 *
 * @param name the device node (/dev/vda1)
 * @param parent the disk a partition is on, or the device a mapped device sits on (/dev/vda);
 *     null for a whole disk
 * @param kind disk, part, loop, rom, crypt, lvm, dm or md, as lsblk's TYPE names them
 * @param vendor device/vendor, trimmed, or null
 * @param model device/model, trimmed, or null
 * @param serial device/wwid (or the device's serial), or null
 * @param sizeBytes its size in bytes
 * @param blockSize its logical block size in bytes
 * @param fsType what the superblock holds (ext4, xfs, btrfs, swap, crypto_LUKS), or null when
 *     none recognized or the device is not readable
 * @param uuid the file system's (or LUKS header's) UUID, or null
 * @param label its label, or null
 * @param readOnly whether the kernel marks it read-only
 * @param removable whether the kernel marks its media removable
 */
public record BlockDevice(String name, String parent, String kind, String vendor,
    String model, String serial, long sizeBytes, int blockSize, String fsType, String uuid,
    String label, boolean readOnly, boolean removable) {
}
