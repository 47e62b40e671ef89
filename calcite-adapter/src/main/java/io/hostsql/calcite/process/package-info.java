/**
 * The per-process tables (processes, process_args, process_open_files...), which reach processes
 * only through io.hostsql.os.spi.ProcessBackend. May import io.hostsql.calcite.table, pushdown
 * and plan, io.hostsql.os and io.hostsql.os.spi.
 */
package io.hostsql.calcite.process;
