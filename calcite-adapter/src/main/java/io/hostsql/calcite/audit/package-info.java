/**
 * The tables of osquery's Linux audits (kernel, network configuration, accounts, user files,
 * persistence, packages, namespaces), each declared once as a TableDef. May import
 * io.hostsql.calcite.table, pushdown and process, io.hostsql.os and io.hostsql.os.spi.
 */
package io.hostsql.calcite.audit;
