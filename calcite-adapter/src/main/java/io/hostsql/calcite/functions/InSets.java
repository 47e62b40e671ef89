package io.hostsql.calcite.functions;

import java.util.HashSet;
import java.util.Set;

/**
 * Membership in a long IN list, by hash lookup. Calcite generates one comparison per listed
 * value joined by OR: from about 1,500 values the generated expression is too deep for the
 * code generator and the compiler (StackOverflowError). {@code io.hostsql.calcite.plan
 * .LongInLists} hands the list here instead, encoded in one text constant that is decoded once
 * per thread and statement, so a row costs one lookup whatever the list's length.
 *
 * <p>The encoding: a header {@code "<negated><null>:"}, where negated is {@code +} (IN) or
 * {@code -} (NOT IN) and null is {@code T}, {@code F} or {@code U} (what a null value gives:
 * true, false or unknown), then each value as {@code <length>:<text>}.
 */
public final class InSets {
  private static final ThreadLocal<Decoded> LAST = new ThreadLocal<>();

  /** One decoded list; {@code encoded} is compared by identity (the generated constant). */
  private record Decoded(String encoded, Set<String> values, boolean negated, Boolean onNull) {
  }

  private InSets() {
  }

  /** Whether {@code value} (a number) is in the encoded list. */
  public static Boolean containsLong(Long value, String encoded) {
    Decoded d = decode(encoded);
    return value == null ? d.onNull() : d.values().contains(Long.toString(value)) != d.negated();
  }

  /** Whether {@code value} (a text) is in the encoded list. */
  public static Boolean containsString(String value, String encoded) {
    Decoded d = decode(encoded);
    return value == null ? d.onNull() : d.values().contains(value) != d.negated();
  }

  /** The encoding of {@code values} (see the class comment). */
  public static String encode(Iterable<String> values, boolean negated, Boolean onNull) {
    StringBuilder b = new StringBuilder().append(negated ? '-' : '+')
        .append(onNull == null ? 'U' : onNull ? 'T' : 'F').append(':');
    for (String v : values) {
      b.append(v.length()).append(':').append(v);
    }
    return b.toString();
  }

  /** The values of an encoded IN list of texts, or null for NOT IN. */
  public static Set<String> strings(String encoded) {
    Decoded d = decode(encoded);
    return d.negated() ? null : Set.copyOf(d.values());
  }

  /** The values of an encoded IN list of whole numbers, or null for NOT IN. */
  public static java.util.Set<Long> longs(String encoded) {
    Decoded d = decode(encoded);
    if (d.negated()) {
      return null;
    }
    java.util.Set<Long> out = new java.util.TreeSet<>();
    for (String v : d.values()) {
      out.add(Long.parseLong(v));
    }
    return out;
  }

  private static Decoded decode(String encoded) {
    Decoded d = LAST.get();
    if (d != null && d.encoded() == encoded) {
      return d;
    }
    Set<String> values = new HashSet<>();
    int i = 3;
    while (i < encoded.length()) {
      int colon = encoded.indexOf(':', i);
      int length = Integer.parseInt(encoded, i, colon, 10);
      values.add(encoded.substring(colon + 1, colon + 1 + length));
      i = colon + 1 + length;
    }
    char nulls = encoded.charAt(1);
    d = new Decoded(encoded, values, encoded.charAt(0) == '-',
        nulls == 'U' ? null : nulls == 'T');
    LAST.set(d);
    return d;
  }
}
