package io.hostsql.os;

/**
 * One package in Portage's installed-package database (/var/db/pkg/CATEGORY/PF on Gentoo).
 *
 * @param pkg the category and name (sys-apps/portage)
 * @param version the version with its revision (3.0.63-r1)
 * @param slot the SLOT file, or null
 * @param buildTime the BUILD_TIME file, seconds since the epoch, or null
 * @param repository the repository file (gentoo...), or null
 * @param eapi the EAPI file, or null
 * @param size the SIZE file, bytes, or null
 * @param world whether /var/lib/portage/world names the package (installed on request)
 * @param path the package's directory in the database
 */
public record PortagePackage(String pkg, String version, String slot, Long buildTime,
    String repository, Long eapi, Long size, boolean world, String path) {
}
