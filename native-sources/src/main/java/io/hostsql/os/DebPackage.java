package io.hostsql.os;

/**
 * One package of dpkg's database (/var/lib/dpkg/status) that is installed or half-way there.
 *
 * @param name the package name
 * @param version its full version ([epoch:]upstream[-revision])
 * @param source the source package (with its version when that differs), or null when it is
 *     the package's own name
 * @param size Installed-Size, in KiB, or null when the stanza has none
 * @param arch the architecture (amd64, all...)
 * @param revision the Debian revision (after the last '-' of the version), "" for a native
 *     package
 * @param status the Status field (want, error flag, state: "install ok installed")
 * @param maintainer the Maintainer field
 * @param section the Section, or null
 * @param priority the Priority, or null
 */
public record DebPackage(String name, String version, String source, Long size, String arch,
    String revision, String status, String maintainer, String section, String priority) {
}
