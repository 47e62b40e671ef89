/**
 * JMH benchmarks and the passes the comparison scripts time against psutil and osquery. May
 * import anything of hostsql, backends included: they measure them.
 */
package io.hostsql.benchmarks;
