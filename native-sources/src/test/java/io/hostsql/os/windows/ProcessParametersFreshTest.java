package io.hostsql.os.windows;

import org.junit.jupiter.api.BeforeAll;

/** {@link ProcessParametersTest} over buffers recorded under Wine in this run (FreshRecordings). */
class ProcessParametersFreshTest extends ProcessParametersTest {
  @BeforeAll
  static void record() {
    FreshRecordings.ensure();
  }

  @Override
  Recordings recordings() {
    return FreshRecordings.of("processes");
  }
}
