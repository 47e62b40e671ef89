package io.hostsql.os.windows;

import org.junit.jupiter.api.BeforeAll;

/** {@link ConnectionTablesTest} over buffers recorded under Wine in this run (FreshRecordings). */
class ConnectionTablesFreshTest extends ConnectionTablesTest {
  @BeforeAll
  static void record() {
    FreshRecordings.ensure();
  }

  @Override
  Recordings recordings() {
    return FreshRecordings.of("connections");
  }
}
