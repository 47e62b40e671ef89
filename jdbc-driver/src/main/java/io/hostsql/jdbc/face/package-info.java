/**
 * The JDBC objects a client holds, wrapping Calcite's so that hostsql's JDBC behaviour is the
 * same embedded and remote. May import io.hostsql.calcite.meta, io.hostsql.jdbc.forward and
 * the JDK.
 */
package io.hostsql.jdbc.face;
