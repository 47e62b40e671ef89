package io.hostsql.calcite.plan;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Map;

/**
 * What a row costs the heap while an operator keeps it, estimated from its values: a text 40
 * bytes plus 2 per character, a boxed number 16, an array 16 plus 8 per element plus its
 * elements, and {@link #ENTRY} for the slot the operator's list or map gives it. The estimate
 * is meant to err high: JDK strings of Latin-1 text take one byte per character, not two.
 */
final class RowSizes {
  /** The slot a kept row takes in a list, tree or hash map (node, reference, header). */
  static final long ENTRY = 48;
  /** How deep nested arrays and lists are looked into; deeper ones count as flat. */
  private static final int DEPTH = 4;

  private RowSizes() {
  }

  /** The bytes a kept row takes, its slot in the operator's collection included. */
  static long row(Object row) {
    return ENTRY + of(row, 0);
  }

  /** The bytes one value takes (0 for null: its reference is counted by its container). */
  static long of(Object v, int depth) {
    if (v == null) {
      return 0;
    }
    if (v instanceof String s) {
      return 40 + 2L * s.length();
    }
    if (v instanceof Number || v instanceof Boolean || v instanceof Character) {
      return 16;
    }
    if (v instanceof Object[] a) {
      long n = 16 + 8L * a.length;
      if (depth < DEPTH) {
        for (Object e : a) {
          n += of(e, depth + 1);
        }
      }
      return n;
    }
    if (v instanceof byte[] b) {
      return 16 + b.length;
    }
    if (v.getClass().isArray()) {
      return 16 + 8L * java.lang.reflect.Array.getLength(v);
    }
    if (v instanceof Collection<?> c) {
      long n = 40 + 8L * c.size();
      if (depth < DEPTH) {
        for (Object e : c) {
          n += of(e, depth + 1);
        }
      }
      return n;
    }
    if (v instanceof Map<?, ?> m) {
      long n = 48 + ENTRY * m.size();
      if (depth < DEPTH) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
          n += of(e.getKey(), depth + 1) + of(e.getValue(), depth + 1);
        }
      }
      return n;
    }
    if (v instanceof org.apache.calcite.avatica.util.ByteString b) {
      return 56 + b.length();
    }
    Field[] fields = depth < DEPTH ? RECORD_FIELDS.get(v.getClass()) : NONE;
    long n = 16 + 8L * fields.length;
    for (Field f : fields) {
      try {
        n += of(f.get(v), depth + 1);
      } catch (IllegalAccessException e) {
        n += 16;
      }
    }
    return Math.max(n, 32); // a date, a time, or another small value object
  }

  private static final Field[] NONE = new Field[0];

  /**
   * The public fields of the row classes Calcite generates for some plans ({@code Record2_0}
   * and so on, named by JavaTypeFactoryImpl); other classes are not looked into.
   */
  private static final ClassValue<Field[]> RECORD_FIELDS = new ClassValue<>() {
    @Override
    protected Field[] computeValue(Class<?> type) {
      if (!type.getSimpleName().startsWith("Record")) {
        return NONE;
      }
      return java.util.Arrays.stream(type.getFields())
          .filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers()))
          .toArray(Field[]::new);
    }
  };
}
