/**
 * psutil for Java: the contract every platform answers (Process, Processes, Popen, Cpu, Memory,
 * Disks, Net, Sensors, Host...), its records, enums and the OsException family, and Platform,
 * the one place that picks the backend for the running OS through io.hostsql.os.spi. Classes
 * here were written over Linux and still reach io.hostsql.os.linux (issue 19 moves that code
 * behind the SPI); new code here may import only io.hostsql.os.spi and the JDK.
 */
package io.hostsql.os;
