/**
 * The JDBC driver (jdbc:hostsql:): connection properties (samplingWindow, pidLookups, procfs,
 * sysfs), remote URLs, warnings. May import io.hostsql.calcite, io.hostsql.os (Platform),
 * io.hostsql.jdbc.face and io.hostsql.jdbc.forward; never a backend.
 */
package io.hostsql.jdbc;
