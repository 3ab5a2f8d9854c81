package org.gait4j.internal;

/**
 * Argument checks with messages that name the parameter and its value.
 *
 * <p>Internal: not part of the public API and may change without notice.
 */
public final class Checks {
  private Checks() {}

  /** Throws {@link IllegalArgumentException} with {@code message} unless {@code condition}. */
  public static void requireArgument(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Throws {@link IllegalArgumentException} unless {@code condition}; formats lazily. */
  public static void requireArgument(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, format, args));
    }
  }

  /** Returns {@code value} if finite and strictly positive. */
  public static double positive(double value, String name) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " (" + value + ") must be finite and > 0");
    }
    return value;
  }

  /** Returns {@code value} if finite and {@code >= 0}. */
  public static double nonNegative(double value, String name) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " (" + value + ") must be finite and >= 0");
    }
    return value;
  }

  /** Returns {@code value} if {@code > 0}. */
  public static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " (" + value + ") must be > 0");
    }
    return value;
  }

  /** Returns {@code value} if {@code >= 0}. */
  public static int nonNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " (" + value + ") must be >= 0");
    }
    return value;
  }

  /** Returns {@code value} if finite. */
  public static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " (" + value + ") must be finite");
    }
    return value;
  }

  /** Returns {@code value} if within {@code [min, max]}. */
  public static double inRange(double value, double min, double max, String name) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          name + " (" + value + ") must be in [" + min + ", " + max + "]");
    }
    return value;
  }

  /** Returns {@code value} if within {@code [min, max]}. */
  public static int inRange(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " (" + value + ") must be in [" + min + ", " + max + "]");
    }
    return value;
  }

  /** Returns {@code ref} if not null. */
  public static <T> T notNull(T ref, String name) {
    if (ref == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return ref;
  }
}
