package org.gait4j.dsp;

import java.util.Locale;

/**
 * A closed interval {@code [min, max]} that a peak property must lie in, or the explicit absence of
 * a condition ({@link #NOT_REQUESTED}).
 *
 * <p>An interval with only a lower bound has {@code max == +Infinity}; one with only an upper bound
 * has {@code min == -Infinity}. Because {@link PeakFinder} rejects non-finite samples, every
 * property it compares is finite, so an infinite bound is exactly "no bound".
 */
final class Bounds {
  /** The condition was not requested: nothing is filtered and the property is not computed. */
  static final Bounds NOT_REQUESTED = new Bounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

  final double min;
  final double max;

  private Bounds(double min, double max) {
    this.min = min;
    this.max = max;
  }

  /** {@code [min, max]}; both must be non-NaN with {@code min <= max}. */
  static Bounds of(double min, double max, String name) {
    if (Double.isNaN(min) || Double.isNaN(max)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s bounds (%s, %s) must not be NaN", name, min, max));
    }
    if (!(min <= max)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s min (%s) must be <= max (%s)", name, min, max));
    }
    return new Bounds(min, max);
  }

  /** {@code [min, +Infinity)}. */
  static Bounds atLeast(double min, String name) {
    return of(min, Double.POSITIVE_INFINITY, name);
  }

  boolean requested() {
    return this != NOT_REQUESTED;
  }

  boolean contains(double v) {
    return min <= v && v <= max;
  }

  /** The same interval with both ends multiplied by {@code factor > 0}. */
  Bounds scaled(double factor) {
    return requested() ? new Bounds(min * factor, max * factor) : this;
  }

  @Override
  public String toString() {
    if (!requested()) {
      return "-";
    }
    if (max == Double.POSITIVE_INFINITY) {
      return ">= " + min;
    }
    if (min == Double.NEGATIVE_INFINITY) {
      return "<= " + max;
    }
    return "[" + min + ", " + max + "]";
  }
}
