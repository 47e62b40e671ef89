/**
 * What a platform backend implements: PlatformProvider (found through ServiceLoader),
 * PlatformBackend, ProcessBackend (listing, lookup, spawning) with a ProcessReader per process,
 * and SystemBackend, which hands out the backend's implementation of each system interface of
 * io.hostsql.os (Cpu, Memory, Disks...). May import io.hostsql.os (the records and interfaces
 * it returns) and the JDK, never a backend.
 */
package io.hostsql.os.spi;
