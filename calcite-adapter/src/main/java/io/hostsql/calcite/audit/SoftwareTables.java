package io.hostsql.calcite.audit;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.OsTable;
import io.hostsql.calcite.table.ParsedTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.calcite.pushdown.ScanKeys;
import io.hostsql.os.AptSource;
import io.hostsql.os.NpmPackage;
import io.hostsql.os.PortagePackage;
import io.hostsql.os.PortageUse;
import io.hostsql.os.PythonPackage;
import io.hostsql.os.RpmPackage;
import io.hostsql.os.Software;
import io.hostsql.os.UserFilter;
import io.hostsql.os.YumSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The package repository and package database tables beyond deb_packages: apt_sources,
 * yum_sources, python_packages, npm_packages, portage_packages, portage_use, rpm_packages
 * (Linux). The language package tables read only the homes of the users a {@code uid} filter
 * names, and only the directory a {@code directory} filter names; rpm_packages only the
 * headers rpm's name index gives for a {@code name} filter.
 */
public final class SoftwareTables {
  private static final FetchGroup G = FetchGroup.SYSTEM;

  private SoftwareTables() {
  }

  /** The tables, in the order they are documented. */
  public static List<OsTable> all(Software software) {
    List<OsTable> out = new ArrayList<>();
    out.add(new ParsedTable<>(APT, keys -> software.aptSources()));
    out.add(new ParsedTable<>(YUM, keys -> software.yumSources()));
    out.add(new ParsedTable<>(PYTHON, keys -> software.python(users(keys),
        keys.string("directory"))));
    out.add(new ParsedTable<>(NPM, keys -> software.npm(users(keys),
        keys.string("directory"))));
    out.add(new ParsedTable<>(PORTAGE, keys -> software.portage()));
    out.add(new ParsedTable<>(PORTAGE_USE, keys -> software.portageUse()));
    out.add(new ParsedTable<>(RPM, keys -> software.rpm(keys.string("name"))));
    return out;
  }

  static final TableDef<AptSource> APT = new TableDef<>("apt_sources",
      "APT's repositories: deb and deb-src entries of /etc/apt/sources.list and "
          + "sources.list.d/*.list (one-line style), one row per URI, suite and type of the "
          + "deb822 stanzas of sources.list.d/*.sources (Enabled: no left out), with what the "
          + "Release file APT downloaded to /var/lib/apt/lists says. Linux (Debian family).",
      new Columns<AptSource>()
          .add("name", VARCHAR, "", G, "URI without its scheme, a space, the suite "
              + "(osquery's name).", AptSource::name)
          .add("source", VARCHAR, "", G, "The file of the entry.", AptSource::source)
          .add("type", VARCHAR, "", G, "deb or deb-src.", AptSource::type)
          .add("base_uri", VARCHAR, "", G, "Repository URI without trailing slashes.",
              AptSource::baseUri)
          .add("suite", VARCHAR, "", G, "Suite (bookworm, stable...; ending in / for a flat "
              + "repository).", AptSource::suite)
          .add("source_components", VARCHAR, "", G, "Components the entry asks for, "
              + "space-separated.", AptSource::sourceComponents)
          .add("release", VARCHAR, "", G, "The Release file's Codename; NULL when APT has "
              + "not downloaded it.", AptSource::release)
          .add("version", VARCHAR, "", G, "The Release file's Version, or NULL.",
              AptSource::version)
          .add("maintainer", VARCHAR, "", G, "The Release file's Origin, or NULL.",
              AptSource::maintainer)
          .add("components", VARCHAR, "", G, "The Release file's Components, or NULL.",
              AptSource::components)
          .add("architectures", VARCHAR, "", G, "The Release file's Architectures, or NULL.",
              AptSource::architectures)
          .build(), List.of());

  static final TableDef<YumSource> YUM = new TableDef<>("yum_sources",
      "yum's repositories: each section but [main] of /etc/yum.conf and of the .repo files "
          + "of its reposdir (/etc/yum.repos.d unless set). Settings are the files' text, "
          + "NULL where a section leaves them unset. Linux (Red Hat family).",
      new Columns<YumSource>()
          .add("id", VARCHAR, "", G, "Section name (the repository id).", YumSource::id)
          .add("source", VARCHAR, "", G, "The file.", YumSource::source)
          .add("name", VARCHAR, "", G, "name=.", YumSource::name)
          .add("baseurl", VARCHAR, "", G, "baseurl= (continuation lines joined by newlines).",
              YumSource::baseurl)
          .add("mirrorlist", VARCHAR, "", G, "mirrorlist=.", YumSource::mirrorlist)
          .add("metalink", VARCHAR, "", G, "metalink=.", YumSource::metalink)
          .add("enabled", VARCHAR, "", G, "enabled= as written (1, 0, true...).",
              YumSource::enabled)
          .add("gpgcheck", VARCHAR, "", G, "gpgcheck= as written.", YumSource::gpgcheck)
          .add("gpgkey", VARCHAR, "", G, "gpgkey=.", YumSource::gpgkey)
          .build(), List.of());

  private static final List<String> SITE_KEYS = List.of("uid", "directory");

  private static UserFilter users(ScanKeys keys) {
    return new UserFilter(keys.numbers("uid"), null);
  }

  static final TableDef<PythonPackage> PYTHON = new TableDef<>("python_packages",
      "Python distributions (*.dist-info with METADATA, *.egg-info with PKG-INFO) of the "
          + "system-wide site directories (/usr/lib/python*/dist-packages and site-packages, "
          + "/usr/local/lib..., /usr/lib64..., /opt/conda...) and of the environments in each "
          + "user's home (~/.local, pyenv, asdf, uv, mise, pipx, poetry, conda, virtualenvs). "
          + "Linux.",
      new Columns<PythonPackage>()
          .add("name", VARCHAR, "", G, "Name field, NULL when the metadata has none.",
              PythonPackage::name)
          .add("version", VARCHAR, "", G, "Version field.", PythonPackage::version)
          .add("summary", VARCHAR, "", G, "Summary field.", PythonPackage::summary)
          .add("author", VARCHAR, "", G, "Author (else Author-email).", PythonPackage::author)
          .add("license", VARCHAR, "", G, "License (else License-Expression).",
              PythonPackage::license)
          .add("path", VARCHAR, "", G, "The .dist-info or .egg-info.", PythonPackage::path)
          .add("directory", VARCHAR, "", G, "Its site directory; = 'dir' reads only that "
              + "directory.", PythonPackage::directory)
          .add("uid", BIGINT, "", G, "The user whose home holds it; 0 for system-wide.",
              PythonPackage::uid)
          .build(), SITE_KEYS);

  static final TableDef<NpmPackage> NPM = new TableDef<>("npm_packages",
      "npm packages installed globally: package.json of each package (scoped ones too) in "
          + "the node_modules of /usr/lib, /usr/local/lib, /opt/homebrew/lib and of the node "
          + "versions in each user's home (~/.npm-global, nvm, asdf, fnm, mise, Volta), and "
          + "of the node_modules nested in them down to depth 100. Linux.",
      new Columns<NpmPackage>()
          .add("name", VARCHAR, "", G, "name field; NULL when package.json is not JSON.",
              NpmPackage::name)
          .add("version", VARCHAR, "", G, "version field.", NpmPackage::version)
          .add("description", VARCHAR, "", G, "description field.", NpmPackage::description)
          .add("author", VARCHAR, "", G, "author (a string, or an author object's name).",
              NpmPackage::author)
          .add("license", VARCHAR, "", G, "license (a string, or an old license object's "
              + "url).", NpmPackage::license)
          .add("homepage", VARCHAR, "", G, "homepage field.", NpmPackage::homepage)
          .add("path", VARCHAR, "", G, "The package.json.", NpmPackage::path)
          .add("directory", VARCHAR, "", G, "The lib directory whose node_modules holds it; "
              + "= 'dir' reads only that directory.", NpmPackage::directory)
          .add("depth", INTEGER, "", G, "0 in that node_modules, one more per nested one.",
              NpmPackage::depth)
          .add("uid", BIGINT, "", G, "The user whose home holds it; 0 for system-wide.",
              NpmPackage::uid)
          .build(), SITE_KEYS);

  static final TableDef<PortagePackage> PORTAGE = new TableDef<>("portage_packages",
      "Packages in Portage's installed-package database (/var/db/pkg/CATEGORY/NAME-VERSION), "
          + "with whether /var/lib/portage/world asks for them. Linux (Gentoo).",
      new Columns<PortagePackage>()
          .add("package", VARCHAR, "", G, "Category and name (sys-apps/portage).",
              PortagePackage::pkg)
          .add("version", VARCHAR, "", G, "Version with its -rN revision.",
              PortagePackage::version)
          .add("slot", VARCHAR, "", G, "SLOT.", PortagePackage::slot)
          .add("build_time", BIGINT, "seconds", G, "BUILD_TIME, since the epoch.",
              PortagePackage::buildTime)
          .add("repository", VARCHAR, "", G, "Repository it came from.",
              PortagePackage::repository)
          .add("eapi", BIGINT, "", G, "EAPI of its ebuild.", PortagePackage::eapi)
          .add("size", BIGINT, "bytes", G, "SIZE installed.", PortagePackage::size)
          .add("world", INTEGER, "", G, "1 when the world file names it, else 0.",
              p -> p.world() ? 1 : 0)
          .add("path", VARCHAR, "", G, "Its directory in the database.", PortagePackage::path)
          .build(), List.of());

  static final TableDef<PortageUse> PORTAGE_USE = new TableDef<>("portage_use",
      "USE flags each installed Portage package was built with (the USE file of "
          + "/var/db/pkg/CATEGORY/NAME-VERSION), one row per flag. Linux (Gentoo).",
      new Columns<PortageUse>()
          .add("package", VARCHAR, "", G, "Category and name.", PortageUse::pkg)
          .add("version", VARCHAR, "", G, "Version with its revision.", PortageUse::version)
          .add("use", VARCHAR, "", G, "The flag.", PortageUse::use)
          .build(), List.of());

  static final TableDef<RpmPackage> RPM = new TableDef<>("rpm_packages",
      "Packages in rpm's database as rpm 4.16 and later keep it (rpmdb.sqlite, read-only "
          + "through the system's libsqlite3) in the directory rpm's %_dbpath macro names "
          + "(/usr/lib/sysimage/rpm or /var/lib/rpm; root's ~/.rpmdb under Debian's rpm); "
          + "empty where there is none. The Berkeley DB and ndb formats are not read (a "
          + "warning). name = 'x' reads only that name's headers. Linux (Red Hat and SUSE "
          + "families).",
      new Columns<RpmPackage>()
          .add("name", VARCHAR, "", G, "NAME; = 'x' reads only that package (rpm's Name "
              + "index).", RpmPackage::name)
          .add("version", VARCHAR, "", G, "VERSION.", RpmPackage::version)
          .add("release", VARCHAR, "", G, "RELEASE.", RpmPackage::release)
          .add("source", VARCHAR, "", G, "SOURCERPM, the source package it was built from; "
              + "NULL for imported keys (gpg-pubkey).", RpmPackage::source)
          .add("size", BIGINT, "bytes", G, "Installed size (LONGSIZE, else SIZE).",
              RpmPackage::size)
          .add("sha1", VARCHAR, "", G, "SHA1HEADER: SHA-1 of the header's immutable part, "
              + "hex.", RpmPackage::sha1)
          .add("arch", VARCHAR, "", G, "ARCH (x86_64, noarch...).", RpmPackage::arch)
          .add("epoch", BIGINT, "", G, "EPOCH, NULL when the package has none.",
              RpmPackage::epoch)
          .add("install_time", BIGINT, "seconds", G, "INSTALLTIME, since the epoch.",
              RpmPackage::installTime)
          .add("vendor", VARCHAR, "", G, "VENDOR, or NULL.", RpmPackage::vendor)
          .add("package_group", VARCHAR, "", G, "GROUP (its untranslated text).",
              RpmPackage::group)
          .add("database", VARCHAR, "", G, "The rpmdb.sqlite read.", RpmPackage::database)
          .build(), List.of("name"));
}
