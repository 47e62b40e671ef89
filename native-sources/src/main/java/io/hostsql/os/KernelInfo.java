package io.hostsql.os;

/**
 * The running kernel and how it was booted.
 *
 * @param version the release (the third word of /proc/version, as uname -r prints it)
 * @param arguments the command line without its BOOT_IMAGE= and root= words
 * @param path the image booted (BOOT_IMAGE=), or null when the boot loader did not say
 * @param device the root device (root=), or null when the command line does not name it
 */
public record KernelInfo(String version, String arguments, String path, String device) {
}
