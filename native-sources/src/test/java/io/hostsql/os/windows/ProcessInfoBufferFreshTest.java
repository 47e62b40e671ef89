package io.hostsql.os.windows;

import org.junit.jupiter.api.BeforeAll;

/** {@link ProcessInfoBufferTest} over buffers recorded under Wine in this run (FreshRecordings). */
class ProcessInfoBufferFreshTest extends ProcessInfoBufferTest {
  @BeforeAll
  static void record() {
    FreshRecordings.ensure();
  }

  @Override
  Recordings recordings() {
    return FreshRecordings.of("processes");
  }
}
