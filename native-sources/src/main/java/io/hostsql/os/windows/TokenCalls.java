package io.hostsql.os.windows;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;

/** The advapi32 functions that give a process's user: its token and the SID's account. */
interface TokenCalls extends StdCallLibrary {
  int TOKEN_QUERY = 0x0008;
  int TOKEN_USER = 1;

  /** Loaded on first use, which only a Windows platform makes. */
  static TokenCalls load() {
    return Libraries.load("advapi32", TokenCalls.class);
  }

  boolean OpenProcessToken(Pointer process, int access, PointerByReference token);

  boolean GetTokenInformation(Pointer token, int infoClass, Pointer buffer, int length,
      IntByReference returned);

  boolean LookupAccountSidW(Pointer system, Pointer sid, char[] name, IntByReference nameLength,
      char[] domain, IntByReference domainLength, IntByReference use);
}
