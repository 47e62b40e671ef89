package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service decoders on the buffers Wine's service control manager filled for services.c,
 * against what the harness read from the same buffers through the SDK's structs (the expect
 * files). {@link #check} is also run on a fresh recording by {@link ServicesRecordingTest}.
 */
class ServiceBuffersTest {
  @Test
  void committedRecordingDecodesToTheHarnessReading() {
    check(Recordings.committed("services"));
  }

  /** Every buffer of the recording decodes, without a problem, to its expect file's rows. */
  static void check(Recordings rec) {
    List<String> problems = new ArrayList<>();
    List<Map<String, String>> expectEnum = rec.rows("enum");
    List<ServiceBuffers.Entry> entries = ServiceBuffers.entries(
        ByteBuffer.wrap(rec.file("enum.bin")), rec.hex("enum.base"),
        Integer.parseInt(rec.text("enum.count")), problems);
    assertEquals(List.of(), problems);
    assertEquals(expectEnum.size(), entries.size());
    assertTrue(entries.size() >= 10, "Wine lists its own services too: " + entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Map<String, String> x = expectEnum.get(i);
      ServiceBuffers.Entry e = entries.get(i);
      assertEquals(x.get("name"), e.name());
      assertEquals(x.get("display_name"), e.displayName(), e.name());
      assertEquals(x.get("service_type"), Integer.toString(e.status().serviceType()), e.name());
      assertEquals(x.get("current_state"), Integer.toString(e.status().currentState()));
      assertEquals(x.get("win32_exit_code"), Long.toString(e.status().win32ExitCode()));
      assertEquals(x.get("service_specific_exit_code"),
          Long.toString(e.status().serviceExitCode()));
      assertEquals(x.get("process_id"), Integer.toString(e.status().processId()), e.name());
    }

    List<Map<String, String>> expectConfig = rec.rows("config");
    assertFalse(expectConfig.isEmpty());
    for (Map<String, String> x : expectConfig) {
      String key = "config_" + Recordings.fileKey(x.get("name"));
      ServiceBuffers.Config c = ServiceBuffers.config(ByteBuffer.wrap(rec.file(key + ".bin")),
          rec.hex(key + ".base"), x.get("name"), problems);
      assertNotNull(c, x.get("name"));
      assertEquals(x.get("service_type"), Integer.toString(c.serviceType()));
      assertEquals(x.get("start_type"), Integer.toString(c.startType()));
      assertEquals(x.get("error_control"), Integer.toString(c.errorControl()));
      assertEquals(x.get("binary_path_name"), c.binaryPath());
      assertEquals(x.get("load_order_group"), c.loadOrderGroup());
      assertEquals(x.get("tag_id"), Integer.toString(c.tagId()));
      assertEquals(x.get("dependencies"),
          c.dependencies() == null ? null : String.join("/", c.dependencies()));
      assertEquals(x.get("service_start_name"), c.startName());
      assertEquals(x.get("display_name"), c.displayName());
    }

    List<Map<String, String>> expectDescr = rec.rows("descr");
    assertFalse(expectDescr.isEmpty());
    for (Map<String, String> x : expectDescr) {
      String key = "descr_" + Recordings.fileKey(x.get("name"));
      assertEquals(x.get("description"), ServiceBuffers.description(
          ByteBuffer.wrap(rec.file(key + ".bin")), rec.hex(key + ".base"), x.get("name"),
          problems), x.get("name"));
    }

    for (Map<String, String> x : rec.rows("status")) {
      byte[] b = rec.file("status_" + Recordings.fileKey(x.get("name")) + ".bin");
      ServiceBuffers.Status s = ServiceBuffers.status(ByteBuffer.wrap(b), x.get("name"),
          problems);
      assertEquals(x.get("service_type"), Integer.toString(s.serviceType()));
      assertEquals(x.get("current_state"), Integer.toString(s.currentState()));
      assertEquals(x.get("win32_exit_code"), Long.toString(s.win32ExitCode()));
      assertEquals(x.get("process_id"), Integer.toString(s.processId()), x.get("name"));
    }

    List<Map<String, String>> expectDll = rec.rows("dll");
    assertFalse(expectDll.isEmpty(), "Wine's svchost services have a ServiceDll");
    for (Map<String, String> x : expectDll) {
      byte[] b = rec.file("dll_" + Recordings.fileKey(x.get("name")) + ".bin");
      assertEquals(x.get("service_dll"), ServiceBuffers.serviceDll(ByteBuffer.wrap(b)));
    }
    assertEquals(List.of(), problems);
  }
}
