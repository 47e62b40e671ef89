package io.hostsql.calcite.audit;

import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.OsTable;
import io.hostsql.calcite.table.ParsedTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.AptSource;
import io.hostsql.os.Software;
import io.hostsql.os.YumSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The package repository and package database tables beyond deb_packages: apt_sources,
 * yum_sources (Linux).
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
}
