package io.hostsql.os.linux;

import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The libc calls native-sources needs, bound directly (JNA direct mapping avoids the proxy's
 * reflection on every call).
 */
final class LibC {
  static final int SC_CLK_TCK = 2;
  static final int SC_PAGESIZE = 30;

  static {
    Native.register("c");
  }

  private LibC() {
  }

  static native NativeLong sysconf(int name);

  static native int getpwuid_r(int uid, Pointer pwd, Pointer buf, NativeLong buflen,
      PointerByReference result);
}
