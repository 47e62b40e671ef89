package io.hostsql.os.windows;

import org.junit.jupiter.api.BeforeAll;

/** {@link SystemStatsBuffersTest} over buffers recorded under Wine in this run (FreshRecordings). */
class SystemStatsBuffersFreshTest extends SystemStatsBuffersTest {
  @BeforeAll
  static void record() {
    FreshRecordings.ensure();
  }

  @Override
  Recordings recordings() {
    return FreshRecordings.of("system2");
  }
}
