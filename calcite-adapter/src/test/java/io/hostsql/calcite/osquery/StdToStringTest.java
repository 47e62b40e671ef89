package io.hostsql.calcite.osquery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hostsql.os.testing.Commands;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * std_to_string against Python's {@code '%f'} (correctly rounded, as glibc's printf is), on
 * every load average step (k/65536) below 4, ties included, and on negatives, zeros, tiny and
 * large values. Values go to Python as hexadecimal floats, so both sides see the same double.
 */
class StdToStringTest {
  @Test
  void printsWhatPrintfPrints() {
    List<Double> values = new ArrayList<>();
    for (int k = 0; k < 4 * 65536; k += 97) {  // one argument holds 128 KiB
      values.add(k / 65536.0);
    }
    for (int k = 512; k < 65536; k += 1024) {
      values.add(k / 65536.0);  // 6 decimals of these end in an exact 5: ties
    }
    values.addAll(List.of(-0.0, 0.0, -1e-9, 1e-9, -0.5, -0.0078125, -12.3456789, 5e-7,
        -5e-7, 1.5e-6, 123456789.123456789, 1e20, Double.MIN_VALUE));
    StringBuilder script = new StringBuilder("import sys\nfor h in sys.argv[1].split(','):"
        + " print('%f' % float.fromhex(h))\n");
    StringBuilder hex = new StringBuilder();
    for (double v : values) {
      hex.append(hex.length() == 0 ? "" : ",").append(Double.toHexString(v));
    }
    String[] expected = Commands.run("python3", "-c", script.toString(), hex.toString())
        .split("\n");
    assertEquals(values.size(), expected.length);
    for (int i = 0; i < values.size(); i++) {
      assertEquals(expected[i], StdToString.std_to_string(values.get(i)),
          Double.toString(values.get(i)));
    }
    assertNull(StdToString.std_to_string(null));
  }
}
