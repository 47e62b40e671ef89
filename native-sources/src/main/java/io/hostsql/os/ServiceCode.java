package io.hostsql.os;

import java.util.function.Function;

/**
 * What ServiceStatus and ServiceStartType each hold for a constant: the Win32 code the service
 * control manager answers, psutil's label and osquery's name, with the one lookup by code.
 */
record ServiceCode(long code, String label, String osqueryName) {
  /** The constant of {@code values} whose code is {@code code}; {@code unknown} for any other. */
  static <E extends Enum<E>> E lookup(E[] values, Function<E, ServiceCode> codeOf, long code,
      E unknown) {
    for (E e : values) {
      if (e != unknown && codeOf.apply(e).code() == code) {
        return e;
      }
    }
    return unknown;
  }
}
