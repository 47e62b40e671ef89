/**
 * The Linux backend: LinuxPlatform and its providers over one procfs and one sysfs (ProcFs), the
 * /proc and /sys parsers, libc through JNA and JniCalls, netlink, and the BPF task iterators.
 * May import io.hostsql.os, io.hostsql.os.spi, JNA and the JDK; knows nothing of SQL.
 */
package io.hostsql.os.linux;
