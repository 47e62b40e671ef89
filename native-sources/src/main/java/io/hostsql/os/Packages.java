package io.hostsql.os;

/** The package databases of a file-system root: dpkg's for now. */
public interface Packages {
  /** The packages dpkg has installed (or is installing), from /var/lib/dpkg/status. */
  Parsed<DebPackage> deb();
}
