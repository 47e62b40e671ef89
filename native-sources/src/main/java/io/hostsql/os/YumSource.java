package io.hostsql.os;

/**
 * One repository section of /etc/yum.conf or a .repo file of its reposdir (/etc/yum.repos.d).
 * Each setting is the file's text, or null when the section does not set it.
 *
 * @param id the section name ([fedora], [updates]...)
 * @param source the file
 * @param name the name setting
 * @param baseurl the baseurl setting (one or more URLs)
 * @param mirrorlist the mirrorlist setting
 * @param metalink the metalink setting
 * @param enabled the enabled setting (1, 0, true...)
 * @param gpgcheck the gpgcheck setting
 * @param gpgkey the gpgkey setting
 */
public record YumSource(String id, String source, String name, String baseurl,
    String mirrorlist, String metalink, String enabled, String gpgcheck, String gpgkey) {
}
