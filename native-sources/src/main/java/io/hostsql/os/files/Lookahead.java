package io.hostsql.os.files;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that finds its next element only when asked ({@link #compute}), so that a walk
 * reads a directory when its first entry is wanted and not before.
 *
 * @param <T> the element
 */
abstract class Lookahead<T> implements Iterator<T> {
  private T next;

  /** The next element, or null at the end. */
  abstract T compute();

  @Override
  public final boolean hasNext() {
    if (next == null) {
      next = compute();
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T out = next;
    next = null;
    return out;
  }
}
