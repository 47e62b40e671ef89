package io.hostsql.os.windows;

import io.hostsql.os.OsException;
import java.nio.ByteBuffer;

/** What the Windows readers do with a call's answer: its bytes, or an OsException naming it. */
final class Calls {
  private Calls() {
  }

  /** The bytes of a call that succeeded. */
  static ByteBuffer ok(Win32Buffer b, String call) {
    if (b.failed()) {
      throw new OsException(call + " failed with Win32 error " + b.error());
    }
    return b.bytes();
  }

  /** For what the Windows backend does not read yet: the tables show NULL. */
  static OsException notYet(String what) {
    return new io.hostsql.os.NotImplementedException(what + " is not read on Windows yet");
  }
}
