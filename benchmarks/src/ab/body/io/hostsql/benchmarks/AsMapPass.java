package io.hostsql.benchmarks;

import io.hostsql.os.linux.ProcFs;
import java.util.function.LongSupplier;

/**
 * One asMap pass over every process for AbPasses: the JMH benchmark's own pass
 * ({@link ProcessPasses#asMapAll}), compiled beside it against the build being measured.
 */
public final class AsMapPass implements LongSupplier {
  private final ProcFs fs = ProcFs.system();

  @Override
  public long getAsLong() {
    return ProcessPasses.asMapAll(fs);
  }
}
