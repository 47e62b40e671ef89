package io.hostsql.os.common;

import java.util.HashMap;
import java.util.Map;

/**
 * Corrects counters that wrapped around (32-bit kernel counters, or a device re-plugged): when a
 * value goes down, the value it had is added to every later reading of that field, so the
 * corrected sequence never decreases. psutil's {@code nowrap=True}. One instance per series of
 * readings; not thread-safe.
 */
public final class CounterWraps {
  private final Map<String, long[]> last = new HashMap<>();
  private final Map<String, long[]> carry = new HashMap<>();

  /** The corrected counters for one key (a disk, a NIC), given this reading. */
  public long[] correct(String key, long[] now) {
    long[] before = last.put(key, now.clone());
    long[] add = carry.computeIfAbsent(key, k -> new long[now.length]);
    long[] out = new long[now.length];
    for (int i = 0; i < now.length; i++) {
      if (before != null && i < before.length && now[i] < before[i]) {
        add[i] += before[i];
      }
      out[i] = now[i] + add[i];
    }
    return out;
  }
}
