/**
 * The Trino connector that queries a fleet of hostsql servers. May import io.hostsql.jdbc and
 * Trino's SPI.
 */
package io.hostsql.trino;
