package io.hostsql.os.spi;

import io.hostsql.os.OsFamily;
import java.nio.file.Path;

/** What a platform backend implements: one object per concept, reached from here. */
public interface PlatformBackend {
  /** The OS family it reads. */
  OsFamily family();

  /** Processes: listing, lookup by pid, the cheap listing's attributes. */
  ProcessBackend processes();

  /** CPU, memory, disks, network, sensors, the host, its accounts and configuration. */
  SystemBackend system();

  /**
   * The file-system root whose configuration files (/etc, /var) the audit tables read: the
   * live {@code /}, or a fixture tree's.
   */
  Path fileSystemRoot();
}
