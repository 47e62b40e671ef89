package io.hostsql.os.windows;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;

/**
 * wtsapi32's terminal-services session calls, for psutil's users. The buffers they hand back
 * belong to wtsapi32 and are given back with WTSFreeMemory.
 */
interface SessionCalls extends StdCallLibrary {
  /** Loaded on first use, which only a Windows platform makes. */
  static SessionCalls load() {
    return Libraries.load("wtsapi32", SessionCalls.class);
  }

  boolean WTSEnumerateSessionsW(Pointer server, int reserved, int version,
      PointerByReference sessions, IntByReference count);

  boolean WTSQuerySessionInformationW(Pointer server, int session, int infoClass,
      PointerByReference buffer, IntByReference bytes);

  void WTSFreeMemory(Pointer memory);
}
