/**
 * The os schema: OsSchema registers every table over one io.hostsql.os.Platform. May import the
 * subpackages of io.hostsql.calcite, io.hostsql.os and io.hostsql.os.spi; never a backend's
 * package.
 */
package io.hostsql.calcite;
