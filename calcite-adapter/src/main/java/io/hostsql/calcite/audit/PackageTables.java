package io.hostsql.calcite.audit;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.ParsedTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.DebPackage;
import io.hostsql.os.Packages;
import java.util.List;

/** The package tables: deb_packages (Linux). */
public final class PackageTables {
  private static final FetchGroup G = FetchGroup.SYSTEM;

  private PackageTables() {
  }

  static final TableDef<DebPackage> DEB = new TableDef<>("deb_packages",
      "Packages in dpkg's database (/var/lib/dpkg/status), as dpkg-query -W lists them, "
          + "without those removed (not-installed, config-files). Linux (Debian family).",
      new Columns<DebPackage>()
          .add("name", VARCHAR, "", G, "Package name.", DebPackage::name)
          .add("version", VARCHAR, "", G, "Full version ([epoch:]upstream[-revision]).",
              DebPackage::version)
          .add("source", VARCHAR, "", G, "Source package (with its version when it "
              + "differs), NULL when it is the package's own name.", DebPackage::source)
          .add("size", BIGINT, "KiB", G, "Installed-Size.", DebPackage::size)
          .add("arch", VARCHAR, "", G, "Architecture (amd64, all...).", DebPackage::arch)
          .add("revision", VARCHAR, "", G, "Debian revision ('' for a native package).",
              DebPackage::revision)
          .add("status", VARCHAR, "", G, "dpkg Status (install ok installed...).",
              DebPackage::status)
          .add("maintainer", VARCHAR, "", G, "Maintainer.", DebPackage::maintainer)
          .add("section", VARCHAR, "", G, "Section, or NULL.", DebPackage::section)
          .add("priority", VARCHAR, "", G, "Priority, or NULL.", DebPackage::priority)
          .build(), List.of());

  /** deb_packages. */
  public static ParsedTable<DebPackage> deb(Packages packages) {
    return new ParsedTable<>(DEB, keys -> packages.deb());
  }
}
