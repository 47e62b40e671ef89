package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes what the service control manager fills in (64-bit layouts): the
 * ENUM_SERVICE_STATUS_PROCESSW array of EnumServicesStatusExW(SC_ENUM_PROCESS_INFO),
 * QUERY_SERVICE_CONFIGW, SERVICE_DESCRIPTIONW, SERVICE_STATUS_PROCESS and the ServiceDll
 * registry value. Pure functions of the bytes and the address they were at; nothing here
 * throws on bad input: an entry that does not fit is skipped, a string that does not decode is
 * null, and each is one sentence in {@code problems}.
 */
public final class ServiceBuffers {
  /** sizeof(ENUM_SERVICE_STATUS_PROCESSW): two pointers and nine DWORDs, padded to 8. */
  static final int ENUM_ENTRY = 56;
  /** sizeof(SERVICE_STATUS_PROCESS). */
  static final int STATUS = 36;
  /** sizeof(QUERY_SERVICE_CONFIGW). */
  static final int CONFIG = 64;

  private ServiceBuffers() {
  }

  /**
   * SERVICE_STATUS_PROCESS: what the listing (or QueryServiceStatusEx) says of a service now.
   *
   * @param serviceType dwServiceType
   * @param currentState dwCurrentState (SERVICE_RUNNING...)
   * @param win32ExitCode dwWin32ExitCode
   * @param serviceExitCode dwServiceSpecificExitCode
   * @param processId dwProcessId, 0 when not running
   */
  public record Status(int serviceType, int currentState, long win32ExitCode,
      long serviceExitCode, int processId) {
  }

  /** One entry of the listing: the names and the status. */
  public record Entry(String name, String displayName, Status status) {
  }

  /**
   * QUERY_SERVICE_CONFIGW: a service's configuration; a string field is null when its pointer
   * was null or did not decode.
   */
  public record Config(int serviceType, int startType, int errorControl, String binaryPath,
      String loadOrderGroup, int tagId, List<String> dependencies, String startName,
      String displayName) {
  }

  /**
   * The listing. Entries whose name does not decode are skipped; a count larger than the
   * buffer holds is cut to what it holds.
   *
   * @param count the number of entries EnumServicesStatusExW returned beside the buffer
   */
  public static List<Entry> entries(ByteBuffer in, long base, int count, List<String> problems) {
    ByteBuffer b = in.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    int fits = b.limit() / ENUM_ENTRY;
    if (count < 0 || count > fits) {
      problems.add("service listing: " + count + " entries reported, " + fits
          + " fit in its " + b.limit() + "-byte buffer");
      count = Math.max(0, Math.min(count, fits));
    }
    List<Entry> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int at = i * ENUM_ENTRY;
      String what = "service listing entry " + i;
      String name = WideStrings.at(b, base, b.getLong(at), what + " name", problems);
      if (name == null || name.isEmpty()) {
        problems.add(what + ": no service name, skipped");
        continue;
      }
      String display = WideStrings.at(b, base, b.getLong(at + 8),
          "service '" + name + "' display name", problems);
      out.add(new Entry(name, display, status(b, at + 16)));
    }
    return out;
  }

  /**
   * A SERVICE_STATUS_PROCESS on its own (QueryServiceStatusEx), or null with a problem when the
   * buffer is shorter than one.
   */
  public static Status status(ByteBuffer in, String name, List<String> problems) {
    ByteBuffer b = in.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (b.limit() < STATUS) {
      problems.add("service '" + name + "' status: " + b.limit() + " bytes, "
          + STATUS + " expected");
      return null;
    }
    return status(b, 0);
  }

  private static Status status(ByteBuffer b, int at) {
    return new Status(b.getInt(at), b.getInt(at + 4), Integer.toUnsignedLong(b.getInt(at + 12)),
        Integer.toUnsignedLong(b.getInt(at + 16)), b.getInt(at + 28));
  }

  /** A QUERY_SERVICE_CONFIGW, or null with a problem when the buffer is shorter than one. */
  public static Config config(ByteBuffer in, long base, String name, List<String> problems) {
    ByteBuffer b = in.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    String what = "service '" + name + "' configuration";
    if (b.limit() < CONFIG) {
      problems.add(what + ": " + b.limit() + " bytes, " + CONFIG + " expected");
      return null;
    }
    return new Config(b.getInt(0), b.getInt(4), b.getInt(8),
        WideStrings.at(b, base, b.getLong(16), what + " binary path", problems),
        WideStrings.at(b, base, b.getLong(24), what + " load order group", problems),
        b.getInt(32),
        WideStrings.listAt(b, base, b.getLong(40), what + " dependencies", problems),
        WideStrings.at(b, base, b.getLong(48), what + " start name", problems),
        WideStrings.at(b, base, b.getLong(56), what + " display name", problems));
  }

  /**
   * A SERVICE_DESCRIPTIONW's text; null when the service has none, or (with a problem) when
   * the buffer does not hold it.
   */
  public static String description(ByteBuffer in, long base, String name,
      List<String> problems) {
    ByteBuffer b = in.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (b.limit() < 8) {
      problems.add("service '" + name + "' description: " + b.limit() + " bytes, 8 expected");
      return null;
    }
    return WideStrings.at(b, base, b.getLong(0), "service '" + name + "' description",
        problems);
  }

  /** The ServiceDll registry value's text, as stored (an unexpanded REG_EXPAND_SZ). */
  public static String serviceDll(ByteBuffer in) {
    return WideStrings.value(in.duplicate().order(ByteOrder.LITTLE_ENDIAN));
  }
}
