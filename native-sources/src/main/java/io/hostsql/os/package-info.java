/**
 * psutil for Java: the contract every platform answers (Process, Processes, Popen, and one
 * interface per system concept: Cpu, Memory, Disks, Net, Sensors, Host, Accounts, Kernel...),
 * its records, enums and the OsException family, and Platform, the one place that picks the
 * backend for the running OS through io.hostsql.os.spi. Process keeps psutil's contract
 * (identity, oneshot, asMap, parents and children, signals) and asks a ProcessReader for the
 * rest. May import io.hostsql.os.spi, io.hostsql.os.common and the JDK; never a backend.
 */
package io.hostsql.os;
