package io.hostsql.os;

/**
 * One USE flag a Portage package was built with (its USE file in /var/db/pkg).
 *
 * @param pkg the category and name
 * @param version the version with its revision
 * @param use the flag
 */
public record PortageUse(String pkg, String version, String use) {
}
