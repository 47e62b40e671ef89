package io.hostsql.os;

/**
 * Whether a block device is a dm-crypt mapping (osquery's disk_encryption row).
 *
 * @param name the device node (/dev/dm-0)
 * @param mappedName the device-mapper name (/dev/mapper/NAME), or null for a plain device
 * @param uuid the LUKS UUID of an encrypted device, '' for the others
 * @param encrypted whether reads of it are decrypted by dm-crypt
 * @param type cipher and mode ("aes-xts-plain64") of an encrypted device, "" otherwise, or
 *     null when the header that names them is not readable
 * @param backingDevice the device holding the ciphertext (/dev/loop0), or null
 */
public record EncryptedDevice(String name, String mappedName, String uuid, boolean encrypted,
    String type, String backingDevice) {

  /** osquery's encryption_status. */
  public String status() {
    return encrypted ? "encrypted" : "not encrypted";
  }
}
