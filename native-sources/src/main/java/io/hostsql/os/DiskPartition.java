package io.hostsql.os;

/**
 * A mounted file system, psutil's {@code sdiskpart}.
 *
 * @param device the device ("" for none)
 * @param mountpoint where it is mounted
 * @param fstype the file-system type
 * @param opts the mount options, comma-separated
 */
public record DiskPartition(String device, String mountpoint, String fstype, String opts) {
}
