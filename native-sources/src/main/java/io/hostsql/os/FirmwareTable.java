package io.hostsql.os;

/**
 * One table the firmware hands the kernel: an ACPI table (/sys/firmware/acpi/tables) or an
 * SMBIOS structure (/sys/firmware/dmi/tables/DMI), with digests of its bytes.
 *
 * @param name the ACPI signature (DSDT, SSDT2...) or, for SMBIOS, the structure type's name
 * @param number the structure's position in the SMBIOS table (0 first); -1 for ACPI
 * @param type the SMBIOS structure type; -1 for ACPI
 * @param handle the SMBIOS handle; -1 for ACPI
 * @param headerSize the SMBIOS formatted area's length; -1 for ACPI
 * @param size its size in bytes (SMBIOS: formatted area and strings)
 * @param md5 lowercase hex MD5, as osquery reports; null when the bytes are not readable
 * @param sha256 lowercase hex SHA-256, as sha256sum prints; null when not readable
 */
public record FirmwareTable(String name, int number, int type, int handle, int headerSize,
    long size, String md5, String sha256) {
}
