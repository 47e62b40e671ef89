package io.hostsql.calcite.linux;

import io.hostsql.calcite.OsConnections;
import io.hostsql.os.linux.LinuxPlatform;
import io.hostsql.os.linux.ProcFs;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@link OsConnections} over a Linux procfs: the live one or a fixture tree, which only the
 * Linux backend can read (Platform.linux refuses a root that is not a proc filesystem).
 */
final class LinuxConnections {
  private LinuxConnections() {
  }

  static Connection open(ProcFs fs) throws SQLException {
    return OsConnections.open(LinuxPlatform.over(fs));
  }

  static Connection open(ProcFs fs, boolean pidLookups) throws SQLException {
    return OsConnections.open(LinuxPlatform.over(fs), pidLookups);
  }

  static Connection openWithOsquery(ProcFs fs) throws SQLException {
    return OsConnections.openWithOsquery(LinuxPlatform.over(fs));
  }
}
