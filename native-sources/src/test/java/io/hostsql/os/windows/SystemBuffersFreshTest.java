package io.hostsql.os.windows;

import org.junit.jupiter.api.BeforeAll;

/** {@link SystemBuffersTest} over buffers recorded under Wine in this run (FreshRecordings). */
class SystemBuffersFreshTest extends SystemBuffersTest {
  @BeforeAll
  static void record() {
    FreshRecordings.ensure();
  }

  @Override
  Recordings recordings() {
    return FreshRecordings.of("system");
  }
}
