/**
 * The net_connections table, keyed by pid. May import io.hostsql.calcite.table, pushdown and
 * plan, io.hostsql.os and io.hostsql.os.spi.
 */
package io.hostsql.calcite.net;
