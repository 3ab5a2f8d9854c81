package org.gait4j.io.internal;

import java.util.Arrays;

/**
 * A growable array of primitive doubles: the column store readers stream into, so that a file's
 * text is never held in memory. Grows by half its size (so at most a third of the capacity is
 * unused, and a growth step holds the old and new arrays, 2.5 times the values, for one column at
 * a time); not thread-safe.
 *
 * <p>{@link #take()} hands the values over without a second copy when the buffer is exactly full
 * and releases the buffer either way, so building the final series needs at most one column's
 * worth of transient memory beyond the values.
 *
 * <p>Internal API.
 */
public final class DoubleBuffer {
  private static final double[] RELEASED = new double[0];
  private static final int MAX_CAPACITY = Integer.MAX_VALUE - 16;

  private double[] data;
  private int size;

  /** An empty buffer with a small initial capacity. */
  public DoubleBuffer() {
    this(64);
  }

  /**
   * An empty buffer. {@code initialCapacity} is clamped to [16, 65536] so that a lying header
   * cannot force a large allocation.
   */
  public DoubleBuffer(long initialCapacity) {
    data = new double[(int) Math.max(16, Math.min(65_536, initialCapacity))];
  }

  /** Appends {@code v}. */
  public void add(double v) {
    if (size == data.length) {
      grow(size + 1);
    }
    data[size++] = v;
  }

  /**
   * Makes room for {@code capacity} values in one step. Callers pass an estimate justified by
   * the input's size (e.g. the file length over the bytes per row seen so far), never an
   * unchecked header field.
   */
  public void ensureCapacity(long capacity) {
    if (capacity > data.length) {
      if (capacity > MAX_CAPACITY) {
        throw new IllegalStateException("more than " + MAX_CAPACITY + " samples in one column");
      }
      data = Arrays.copyOf(data, (int) capacity);
    }
  }

  private void grow(int minCapacity) {
    if (data == RELEASED) {
      throw new IllegalStateException("buffer was taken");
    }
    long n = Math.max(minCapacity, data.length + (long) (data.length >> 1) + 1);
    if (n > MAX_CAPACITY) {
      if (minCapacity > MAX_CAPACITY) {
        throw new IllegalStateException("more than " + size + " samples in one column");
      }
      n = MAX_CAPACITY;
    }
    data = Arrays.copyOf(data, (int) n);
  }

  /** Number of values added. */
  public int size() {
    return size;
  }

  /** The number of values the buffer holds without growing. */
  public int capacity() {
    return data.length;
  }

  /** Value {@code i}. */
  public double get(int i) {
    return data[i];
  }

  /** A trimmed copy of the values; the buffer stays usable. */
  public double[] toArray() {
    return Arrays.copyOf(data, size);
  }

  /**
   * The values, trimmed, after which the buffer is empty and may not be added to: the internal
   * array itself when it is exactly full, else a trimmed copy (the internal array is released
   * for collection).
   */
  public double[] take() {
    double[] out = size == data.length ? data : Arrays.copyOf(data, size);
    data = RELEASED;
    size = 0;
    return out;
  }
}
