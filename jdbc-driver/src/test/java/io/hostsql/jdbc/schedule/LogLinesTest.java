package io.hostsql.jdbc.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hostsql.os.testing.Commands;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The result log's lines, against osquery's format written out by hand. */
class LogLinesTest {
  private static final Instant T = Instant.ofEpochSecond(1_793_610_303L);

  @Test
  void differentialLinesCarryOneRowEach() {
    LogLines lines = new LogLines("host1", false);
    Map<String, String> deco = new LinkedHashMap<>();
    deco.put("host_uuid", "42");
    String row = LogLines.row(new String[] {"pid", "name"}, new String[] {"7", "a\"b"});
    List<String> out = lines.differential("pack_ir_ports", T, 2, 5, deco, List.of(row),
        List.of(LogLines.row(new String[] {"pid", "name"}, new String[] {"8", ""})));
    String calendar = Commands.run("date", "-u", "-d", "@" + T.getEpochSecond(),
        "+%a %b %e %H:%M:%S %Y UTC").strip();
    assertEquals(List.of(
        "{\"name\":\"pack_ir_ports\",\"hostIdentifier\":\"host1\",\"calendarTime\":\""
            + calendar + "\",\"unixTime\":1793610303,\"epoch\":2,\"counter\":5,"
            + "\"numerics\":false,\"decorations\":{\"host_uuid\":\"42\"},"
            + "\"columns\":{\"pid\":\"7\",\"name\":\"a\\\"b\"},\"action\":\"added\"}",
        "{\"name\":\"pack_ir_ports\",\"hostIdentifier\":\"host1\",\"calendarTime\":\""
            + calendar + "\",\"unixTime\":1793610303,\"epoch\":2,\"counter\":5,"
            + "\"numerics\":false,\"decorations\":{\"host_uuid\":\"42\"},"
            + "\"columns\":{\"pid\":\"8\",\"name\":\"\"},\"action\":\"removed\"}"), out);
  }

  @Test
  void snapshotsCarryTheWholeResultAndDecorationsMayBeTopLevel() {
    LogLines lines = new LogLines("h", true);
    String line = lines.snapshot("snap", T, 0, Map.of("d", "v"),
        List.of("{\"n\":\"1\"}", "{\"n\":\"2\"}"));
    assertEquals("{\"name\":\"snap\",\"hostIdentifier\":\"h\",\"calendarTime\":\""
        + Commands.run("date", "-u", "-d", "@" + T.getEpochSecond(),
            "+%a %b %e %H:%M:%S %Y UTC").strip()
        + "\",\"unixTime\":1793610303,\"epoch\":0,\"counter\":0,\"numerics\":false,"
        + "\"d\":\"v\",\"snapshot\":[{\"n\":\"1\"},{\"n\":\"2\"}],\"action\":\"snapshot\"}",
        line);
  }

  @Test
  void rowValuesAreEscapedAsJsonNeedsAndReadBackTheSame() throws Exception {
    String[] values = {"plain", "", "quote\"in", "back\\slash", "tab\there", "nl\nline",
        "\u0001ctl\u001f", "del\u007f", "é ü 日本", "emoji \ud83d\ude00", "/slash/", "\u2028"};
    String[] columns = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      columns[i] = "c" + i;
    }
    String row = LogLines.row(columns, values);
    assertEquals(-1, row.indexOf('\n'), "a row is one line");
    com.fasterxml.jackson.databind.JsonNode read =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(row);
    for (int i = 0; i < values.length; i++) {
      assertEquals(values[i], read.path(columns[i]).asText(), columns[i]);
    }
    assertEquals("{\"a\":\"x\\\"y\",\"b\":\"\\u0001\"}",
        LogLines.row(new String[] {"a", "b"}, new String[] {"x\"y", "\u0001"}));
  }
}
