package io.hostsql.os.testing;

import io.hostsql.os.windows.Recordings;
import io.hostsql.os.windows.ServiceBuffers;
import io.hostsql.os.windows.ServiceControl;
import io.hostsql.os.windows.Win32Buffer;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service control manager replayed from services.c's recording: each call answers with the
 * buffer (or the error) Wine gave the harness for the same call, so WindowsServices and the SQL
 * tables run over the same decoders as on Windows. A service the recording has no file for does
 * not exist (ERROR_SERVICE_DOES_NOT_EXIST). Counts the by-name opens, for pushdown tests.
 */
public final class RecordedServices implements ServiceControl {
  private final Recordings recording;
  private final AtomicInteger enumerations = new AtomicInteger();
  private final AtomicInteger opens = new AtomicInteger();

  public RecordedServices(Recordings recording) {
    this.recording = recording;
  }

  /** The committed recording. */
  public static RecordedServices committed() {
    return new RecordedServices(Recordings.committed("services"));
  }

  /** How many times the whole listing was asked for. */
  public int enumerations() {
    return enumerations.get();
  }

  /** How many services were opened by name for their status (lookups by name). */
  public int opens() {
    return opens.get();
  }

  @Override
  public Win32Buffer enumerate() {
    enumerations.incrementAndGet();
    return buffer("enum", Integer.parseInt(recording.text("enum.count")));
  }

  @Override
  public Win32Buffer status(String name) {
    opens.incrementAndGet();
    return buffer("status_" + Recordings.fileKey(name), -1);
  }

  @Override
  public Win32Buffer config(String name) {
    return buffer("config_" + Recordings.fileKey(name), -1);
  }

  @Override
  public Win32Buffer description(String name) {
    return buffer("descr_" + Recordings.fileKey(name), -1);
  }

  @Override
  public Win32Buffer serviceDll(String name) {
    byte[] b = recording.file("dll_" + Recordings.fileKey(name) + ".bin");
    return b == null ? null : Win32Buffer.of(b, 0, -1);
  }

  /** GetServiceKeyNameW answers from the database the listing shows: the recorded listing. */
  @Override
  public String keyName(String displayName) {
    Win32Buffer listing = buffer("enum", Integer.parseInt(recording.text("enum.count")));
    for (ServiceBuffers.Entry e : ServiceBuffers.entries(listing.bytes(), listing.base(),
        listing.count(), new ArrayList<>())) {
      if (displayName.equalsIgnoreCase(e.displayName())) {
        return e.name();
      }
    }
    return null;
  }

  private Win32Buffer buffer(String name, int count) {
    byte[] b = recording.file(name + ".bin");
    if (b != null) {
      return Win32Buffer.of(b, recording.hex(name + ".base"), count);
    }
    String err = recording.text(name + ".err");
    return Win32Buffer.failed(err == null ? Win32Buffer.SERVICE_DOES_NOT_EXIST
        : Integer.parseInt(err));
  }
}
