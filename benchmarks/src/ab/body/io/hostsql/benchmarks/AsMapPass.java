package io.hostsql.benchmarks;
import io.hostsql.os.Platform;
import io.hostsql.os.spi.ProcessBackend;

import java.util.function.LongSupplier;

/**
 * One asMap pass over every process for AbPasses: the JMH benchmark's own pass
 * ({@link ProcessPasses#asMapAll}), compiled beside it against the build being measured.
 */
public final class AsMapPass implements LongSupplier {
  private final ProcessBackend processes = Platform.current().processes();

  @Override
  public long getAsLong() {
    return ProcessPasses.asMapAll(processes);
  }
}
