/**
 * The JDBC driver (jdbc:hostsql:): connection properties (samplingWindow, pidLookups, procfs,
 * sysfs), remote URLs, warnings. May import io.hostsql.calcite, io.hostsql.os (Platform) and
 * io.hostsql.jdbc.face; never a backend.
 */
package io.hostsql.jdbc;
