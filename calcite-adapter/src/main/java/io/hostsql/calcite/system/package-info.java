/**
 * The system-wide tables (CPU, memory, disks, network, sensors, host), over the readers a
 * Platform gives. May import io.hostsql.calcite.table and io.hostsql.os.
 */
package io.hostsql.calcite.system;
