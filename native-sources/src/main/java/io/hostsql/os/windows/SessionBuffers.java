package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes what psutil's users reads from terminal services on Windows: WTSEnumerateSessionsW's
 * WTS_SESSION_INFOW array (the session ids), and per session WTSQuerySessionInformationW's
 * WTSUserName (a string), WTSClientAddress (WTS_CLIENT_ADDRESS: an AF_INET host is Address
 * bytes 2 to 5, any other family no host) and WTSSessionInfo (WTSINFOW: psutil's started is its
 * ConnectTime).
 */
final class SessionBuffers {
  /** sizeof(WTS_SESSION_INFOW) on x64: SessionId, the station name's pointer, State. */
  static final int SESSION_RECORD = 24;
  /** sizeof(WTS_CLIENT_ADDRESS). */
  static final int ADDRESS_SIZE = 24;
  /** sizeof(WTSINFOW) on x64. */
  static final int INFO_SIZE = 216;
  private static final int AF_INET = 2;
  // 8 DWORDs, WCHAR WinStationName[32], Domain[17], UserName[21], aligned to 8.
  private static final int CONNECT_TIME = 176;

  private SessionBuffers() {
  }

  /** The ids of the first {@code count} sessions (fewer, and a problem, when the buffer ends). */
  static List<Integer> sessionIds(ByteBuffer buffer, int count, List<String> problems) {
    ByteBuffer b = CpuStatsBuffers.le(buffer);
    List<Integer> ids = new ArrayList<>();
    if (count < 0 || (long) count * SESSION_RECORD > b.limit()) {
      problems.add("session listing: " + count + " sessions do not fit " + b.limit()
          + " bytes");
    }
    for (int i = 0; i < count && (i + 1) * SESSION_RECORD <= b.limit(); i++) {
      ids.add(b.getInt(i * SESSION_RECORD));
    }
    return ids;
  }

  /** WTSUserName: up to its NUL (the whole buffer when it has none). */
  static String userName(ByteBuffer buffer) {
    return WideStrings.value(CpuStatsBuffers.le(buffer));
  }

  /** The IPv4 host of a WTS_CLIENT_ADDRESS, or null for another family or a short buffer. */
  static String host(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = CpuStatsBuffers.le(buffer);
    if (b.limit() < ADDRESS_SIZE) {
      problems.add("client address: " + b.limit() + " bytes, " + ADDRESS_SIZE + " needed");
      return null;
    }
    if (b.getInt(0) != AF_INET) {
      return null;
    }
    return (b.get(6) & 0xff) + "." + (b.get(7) & 0xff) + "." + (b.get(8) & 0xff) + "."
        + (b.get(9) & 0xff);
  }

  /** WTSINFOW's ConnectTime, or null when the buffer is short or the time before 1970. */
  static Instant connectTime(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = CpuStatsBuffers.le(buffer);
    if (b.limit() < CONNECT_TIME + 8) {
      problems.add("session information: " + b.limit() + " bytes, " + INFO_SIZE + " needed");
      return null;
    }
    return FileTimes.instant(b.getLong(CONNECT_TIME), "connect time", problems);
  }
}
