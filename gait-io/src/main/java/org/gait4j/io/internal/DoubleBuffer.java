package org.gait4j.io.internal;

import java.util.Arrays;

/**
 * A growable array of primitive doubles: the column store readers stream into, so that a file's
 * text is never held in memory. Grows by half its size; not thread-safe.
 *
 * <p>Internal API.
 */
public final class DoubleBuffer {
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
      int n = data.length + (data.length >> 1) + 1;
      if (n < 0 || n > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("more than " + size + " samples in one column");
      }
      data = Arrays.copyOf(data, n);
    }
    data[size++] = v;
  }

  /** Number of values added. */
  public int size() {
    return size;
  }

  /** Value {@code i}. */
  public double get(int i) {
    return data[i];
  }

  /** A trimmed copy of the values. */
  public double[] toArray() {
    return Arrays.copyOf(data, size);
  }
}
