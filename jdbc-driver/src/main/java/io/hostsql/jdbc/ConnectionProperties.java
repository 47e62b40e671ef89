package io.hostsql.jdbc;

import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.avatica.BuiltInConnectionProperty;
import org.apache.calcite.config.CalciteConnectionProperty;

/**
 * The connection properties hostsql knows: its own, Calcite's and Avatica's, and the ones
 * tools pass to every driver. Anything else is most likely a typo, reported as an SQLWarning on
 * the connection rather than silently ignored, and never refused (tools add their own).
 */
final class ConnectionProperties {
  /** Properties JDBC tools send to any driver. */
  private static final Set<String> STANDARD = Set.of("user", "password", "applicationname",
      "clientinfo", "clientuser", "clienthostname");

  private static final Set<String> KNOWN = known();

  private ConnectionProperties() {
  }

  private static Set<String> known() {
    Set<String> names = new TreeSet<>(STANDARD);
    names.add(HostsqlDriver.SAMPLING_WINDOW.toLowerCase(Locale.ROOT));
    names.add(HostsqlDriver.PID_LOOKUPS.toLowerCase(Locale.ROOT));
    names.add(PlatformRoots.PROCFS);
    names.add(PlatformRoots.SYSFS);
    names.add(QueryLimits.MEMORY_PROPERTY.toLowerCase(Locale.ROOT));
    names.add(QueryLimits.ALLOCATION_PROPERTY.toLowerCase(Locale.ROOT));
    for (CalciteConnectionProperty p : CalciteConnectionProperty.values()) {
      names.add(p.camelName().toLowerCase(Locale.ROOT));
    }
    for (BuiltInConnectionProperty p : BuiltInConnectionProperty.values()) {
      names.add(p.camelName().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /** One warning per property name this driver does not know. */
  static List<SQLWarning> unknown(Properties given) {
    List<SQLWarning> out = new ArrayList<>();
    for (String name : given.stringPropertyNames()) {
      String key = name.toLowerCase(Locale.ROOT);
      if (!KNOWN.contains(key) && !key.startsWith("schema.")) {
        out.add(new SQLWarning("unknown connection property '" + name + "' ignored (known: "
            + HostsqlDriver.SAMPLING_WINDOW + ", " + HostsqlDriver.PID_LOOKUPS + ", "
            + PlatformRoots.PROCFS + ", " + PlatformRoots.SYSFS
            + ", and Calcite's and Avatica's properties)"));
      }
    }
    return out;
  }
}
