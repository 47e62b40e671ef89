package io.hostsql.os.windows;

import org.junit.jupiter.api.Test;

/**
 * services.c recorded afresh under Wine in this run (FreshRecordings, shared with the other
 * fresh tests): the new buffers must decode to the new expect files, the decoders checked
 * against a live Win32 implementation, not only against the committed files.
 */
class ServicesRecordingTest {
  @Test
  void aFreshRecordingDecodesToItsOwnExpectFiles() {
    FreshRecordings.ensure();
    ServiceBuffersTest.check(FreshRecordings.of("services"));
  }
}
