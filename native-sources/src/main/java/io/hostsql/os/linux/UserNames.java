package io.hostsql.os.linux;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * uid to user name through getpwuid_r, so NSS sources (LDAP, systemd-homed) answer as they do for
 * {@code ps}. Names are cached: a full process scan asks for the same few uids thousands of times.
 */
public final class UserNames {
  private static final ConcurrentHashMap<Integer, String> CACHE = new ConcurrentHashMap<>();
  private static final int PASSWD_STRUCT_SIZE = 64;
  private static final int BUFFER_SIZE = 16 * 1024;

  private UserNames() {
  }

  /** The user name for a uid, or the uid as text when no user has it (as psutil does). */
  public static String of(int uid) {
    return CACHE.computeIfAbsent(uid, UserNames::lookup);
  }

  private static String lookup(int uid) {
    try {
      Memory pwd = new Memory(PASSWD_STRUCT_SIZE);
      Memory buf = new Memory(BUFFER_SIZE);
      PointerByReference result = new PointerByReference();
      int rc = LibC.getpwuid_r(uid, pwd, buf, new NativeLong(BUFFER_SIZE), result);
      Pointer entry = result.getValue();
      if (rc != 0 || entry == null) {
        return Integer.toString(uid);
      }
      // pw_name is the first member of struct passwd.
      return entry.getPointer(0).getString(0);
    } catch (UnsatisfiedLinkError e) {
      return Integer.toString(uid);
    }
  }
}
