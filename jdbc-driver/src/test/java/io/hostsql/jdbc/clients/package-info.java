/**
 * The driver as JDBC clients use it (Spring with Hikari, jOOQ, SchemaCrawler, BI tools' probes):
 * its contract, metadata and session behaviour, also run with the JVM in a far time zone.
 */
package io.hostsql.jdbc.clients;
