package org.gait4j.dsp;

import java.util.Locale;
import org.gait4j.model.SamplingRate;

/**
 * A length given either in samples or in seconds, or explicitly absent ({@link #NOT_REQUESTED}).
 */
final class Span {
  static final Span NOT_REQUESTED = new Span(0, false);

  /** Relative tolerance under which {@code seconds * hz} counts as a whole number of samples. */
  private static final double WHOLE_TOLERANCE = 1e-9;

  private final double value;
  private final boolean seconds;

  private Span(double value, boolean seconds) {
    this.value = value;
    this.seconds = seconds;
  }

  static Span ofSamples(int samples) {
    return new Span(samples, false);
  }

  static Span ofSeconds(double seconds) {
    return new Span(seconds, true);
  }

  boolean requested() {
    return this != NOT_REQUESTED;
  }

  boolean inSeconds() {
    return seconds;
  }

  /**
   * The length in whole samples. Seconds are converted by rounding {@code seconds * hz} up (as SciPy
   * rounds a fractional {@code distance} or {@code wlen} up), except that a product within a
   * relative 1e-9 of a whole number counts as that number, so that {@code 0.3 s * 100 Hz} is 30
   * samples and not 31.
   */
  int samples(SamplingRate rate, String name) {
    if (!seconds) {
      return (int) value;
    }
    double s = value * rate.hz();
    double whole = Math.rint(s);
    double n = Math.abs(s - whole) <= WHOLE_TOLERANCE * Math.max(1.0, whole) ? whole : Math.ceil(s);
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "%s (%s s at %s Hz) is more samples than an int holds",
              name, value, rate.hz()));
    }
    return (int) n;
  }

  @Override
  public String toString() {
    if (!requested()) {
      return "-";
    }
    return seconds ? value + " s" : (int) value + " samples";
  }
}
