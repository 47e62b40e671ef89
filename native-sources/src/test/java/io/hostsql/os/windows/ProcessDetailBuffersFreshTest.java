package io.hostsql.os.windows;

import org.junit.jupiter.api.BeforeAll;

/** {@link ProcessDetailBuffersTest} over buffers recorded under Wine in this run. */
class ProcessDetailBuffersFreshTest extends ProcessDetailBuffersTest {
  @BeforeAll
  static void record() {
    FreshRecordings.ensure();
  }

  @Override
  Recordings recordings() {
    return FreshRecordings.of("processes2");
  }
}
