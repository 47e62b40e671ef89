/**
 * What a platform backend implements: PlatformProvider (found through ServiceLoader),
 * PlatformBackend, and one interface per concept (ProcessBackend, SystemBackend). May import
 * io.hostsql.os (the records and classes it returns) and the JDK, never a backend.
 */
package io.hostsql.os.spi;
