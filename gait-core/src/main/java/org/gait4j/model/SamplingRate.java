package org.gait4j.model;

import org.gait4j.internal.Checks;

/**
 * A fixed sampling rate in hertz. Travels with every series so that algorithms, configured in
 * physical units (seconds, hertz), convert to samples themselves.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hz samples per second; finite and {@code > 0}
 */
public record SamplingRate(double hz) {

  public SamplingRate {
    Checks.positive(hz, "hz");
  }

  /** The rate {@code hz} samples per second. */
  public static SamplingRate ofHz(double hz) {
    return new SamplingRate(hz);
  }

  /** Seconds between two samples. */
  public double periodS() {
    return 1.0 / hz;
  }

  /** Half the sampling rate, in hertz. */
  public double nyquistHz() {
    return hz / 2.0;
  }

  /** Time in seconds of sample {@code index} (sample 0 at time 0). */
  public double timeS(long index) {
    return index / hz;
  }

  /** The nearest whole number of samples spanning {@code seconds}. */
  public int samples(double seconds) {
    Checks.finite(seconds, "seconds");
    long n = Math.round(seconds * hz);
    Checks.requireArgument(
        n <= Integer.MAX_VALUE && n >= Integer.MIN_VALUE,
        "%s s at %s Hz is more samples than an int holds", seconds, hz);
    return (int) n;
  }

  /**
   * Checks {@code frequencyHz} against the Nyquist frequency of this rate.
   *
   * @param name the parameter's name, used in the message
   * @throws IllegalArgumentException if {@code frequencyHz >= nyquistHz()}
   */
  public void requireBelowNyquist(double frequencyHz, String name) {
    if (!(frequencyHz < nyquistHz())) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT,
              "%s (%s) must be below Nyquist (%s Hz for %s Hz data)",
              name, frequencyHz, nyquistHz(), hz));
    }
  }

  @Override
  public String toString() {
    return hz + " Hz";
  }
}
