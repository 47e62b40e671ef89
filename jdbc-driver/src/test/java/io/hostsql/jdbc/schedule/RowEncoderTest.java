package io.hostsql.jdbc.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rows serialized with column types known, against Jackson's serialization of the same map. */
class RowEncoderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String jackson(String[] columns, String[] values) throws Exception {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < columns.length; i++) {
      m.put(columns[i], values[i]);
    }
    return JSON.writeValueAsString(m);
  }

  @Test
  void typedColumnsSerializeAsJacksonDoes() throws Exception {
    String[] columns = {"pid", "start", "path", "na\"me", "ok", "ratio"};
    int[] types = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.BOOLEAN,
        Types.DOUBLE};
    RowEncoder typed = new RowEncoder(columns, types);
    RowEncoder untyped = new RowEncoder(columns, null);
    String[][] rows = {
        {"1", "0x7f00", "/usr/lib/libc.so.6", "-3", "true", "1.5E-7"},
        {"0", "", "", "0", "false", "0.0"},
        {"42", "a\"b\\c", "tab\there\nnl \u0001 é 日本 \ud83d\ude00", "7", "true", "-2"},
    };
    for (String[] row : rows) {
      assertEquals(jackson(columns, row), typed.encode(row));
      assertEquals(jackson(columns, row), untyped.encode(row));
    }
  }

  @Test
  void randomTextColumnsSerializeAsJacksonDoes() throws Exception {
    Random random = new Random(23);
    String[] columns = {"a", "b"};
    RowEncoder encoder = new RowEncoder(columns, new int[] {Types.VARCHAR, Types.CHAR});
    for (int n = 0; n < 2000; n++) {
      String[] row = new String[2];
      for (int c = 0; c < 2; c++) {
        StringBuilder s = new StringBuilder();
        for (int k = random.nextInt(12); k > 0; k--) {
          s.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x3000)));
        }
        row[c] = s.toString();
      }
      assertEquals(jackson(columns, row), encoder.encode(row));
    }
  }

  @Test
  void noColumnsIsAnEmptyObject() {
    assertEquals("{}", new RowEncoder(new String[0], new int[0]).encode(new String[0]));
  }
}
