package io.hostsql.calcite.functions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a thread keeps of the patterns it compiled lately: a query matches one pattern against
 * many rows, and the code Calcite generates calls the functions here row by row with the same
 * pattern text. Per thread, so no lock; least recently used out first.
 */
final class ThreadCache {
  private ThreadCache() {
  }

  /** A per-thread map that keeps its {@code size} most recently used entries. */
  static <V> ThreadLocal<Map<String, V>> of(int size) {
    return ThreadLocal.withInitial(() -> new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > size;
      }
    });
  }
}
