/**
 * hostsql serve: the Avatica server, its limits and authentication. May import io.hostsql.jdbc,
 * io.hostsql.jdbc.face and io.hostsql.calcite.
 */
package io.hostsql.jdbc.server;
