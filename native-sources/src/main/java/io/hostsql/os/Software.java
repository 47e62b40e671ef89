package io.hostsql.os;

/**
 * Software a host has installed or will install from, beyond dpkg's database ({@link
 * Packages}): the repositories of APT and yum, Python's and npm's packages system-wide and in
 * each user's home, and the package databases of Gentoo and rpm.
 */
public interface Software {
  /** APT's repositories: sources.list, sources.list.d's one-line lists and deb822 sources. */
  Parsed<AptSource> aptSources();

  /** yum's repositories: yum.conf and the .repo files of its reposdir. */
  Parsed<YumSource> yumSources();

  /**
   * Python's installed distributions (dist-info and egg-info).
   *
   * @param users whose homes to read besides the system-wide sites
   * @param directory one site directory to read alone, or null for all
   */
  Parsed<PythonPackage> python(UserFilter users, String directory);

  /**
   * npm's installed packages (global node_modules).
   *
   * @param users whose homes to read besides the system-wide prefix
   * @param directory one node_modules directory to read alone, or null for all
   */
  Parsed<NpmPackage> npm(UserFilter users, String directory);

  /** Gentoo's installed packages (/var/db/pkg). */
  Parsed<PortagePackage> portage();

  /** The USE flags Gentoo's installed packages were built with. */
  Parsed<PortageUse> portageUse();

  /**
   * rpm's installed packages (rpmdb.sqlite in the database directory rpm's macros name).
   *
   * @param name the one package name to read, or null for all
   */
  Parsed<RpmPackage> rpm(String name);
}
