package io.hostsql.calcite.osquery;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code std_to_string(x)}: a floating-point number as osquery's C++ prints it with
 * {@code std::to_string(double)}, which is glibc's printf {@code %f}: the exact binary value
 * rounded to six decimals, half to even (glibc rounds the exact value, and load averages are
 * multiples of 1/65536, some of them exact ties), a leading {@code 0} below 1, a {@code -} on
 * every negative value, -0.0 and values that round to zero included. NULL stays NULL.
 */
public final class StdToString {
  private StdToString() {
  }

  public static String std_to_string(Double x) {
    if (x == null) {
      return null;
    }
    if (x.isNaN()) {
      return Double.doubleToRawLongBits(x) < 0 ? "-nan" : "nan";
    }
    if (x.isInfinite()) {
      return x > 0 ? "inf" : "-inf";
    }
    String digits = new BigDecimal(Math.abs(x)).setScale(6, RoundingMode.HALF_EVEN)
        .toPlainString();
    return Double.doubleToRawLongBits(x) < 0 ? "-" + digits : digits;
  }
}
