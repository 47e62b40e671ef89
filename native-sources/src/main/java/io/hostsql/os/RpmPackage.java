package io.hostsql.os;

/**
 * One package in rpm's database (rpmdb.sqlite, rpm 4.16 and later): the tags of its installed
 * header that osquery's rpm_packages reports. A tag the header lacks is null.
 *
 * @param name NAME
 * @param version VERSION
 * @param release RELEASE
 * @param source SOURCERPM, the source package it was built from (null for a gpg-pubkey)
 * @param size installed size in bytes: LONGSIZE, else SIZE
 * @param sha1 SHA1HEADER, the hex SHA-1 of the header's immutable region
 * @param arch ARCH
 * @param epoch EPOCH
 * @param installTime INSTALLTIME, seconds since the epoch
 * @param vendor VENDOR
 * @param group GROUP (its C-locale string)
 * @param database the database file the package was read from
 */
public record RpmPackage(String name, String version, String release, String source, Long size,
    String sha1, String arch, Long epoch, Long installTime, String vendor, String group,
    String database) {
}
