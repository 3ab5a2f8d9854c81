package org.gait4j.events;

import org.gait4j.dsp.SosFilter;

/** Helpers shared by the streaming faces of the detectors. Package-private. */
final class Streams {
  private Streams() {}

  /**
   * Group delay of {@code filter} at 0 Hz, in samples: per section {@code Σ k b_k / Σ b_k - Σ k
   * a_k / Σ a_k}, summed. For a low-pass this is close to the delay across its pass band, so a
   * causal output {@code y[i + d]} approximates the zero-phase output at {@code i}.
   */
  static double dcGroupDelaySamples(SosFilter filter) {
    double d = 0;
    for (double[] s : filter.sections()) {
      d += (s[1] + 2 * s[2]) / (s[0] + s[1] + s[2]) - (s[4] + 2 * s[5]) / (s[3] + s[4] + s[5]);
    }
    return d;
  }

  /**
   * Samples after which the impulse response of {@code filter} stays below {@code tolerance}
   * times its peak: the margin that makes a backward pass started from a guessed state (the
   * steady state of the newest sample) agree with one started much later, since the error of
   * the guess decays like the filter's free response. Computed by running the impulse response
   * for {@code ln(tolerance 1e-4) / ln r} samples, {@code r} the largest pole radius.
   */
  static int settleSamples(SosFilter filter, double tolerance) {
    double r = 0;
    for (double[] s : filter.sections()) {
      double a1 = s[4];
      double a2 = s[5];
      double disc = a1 * a1 - 4 * a2;
      double radius = disc < 0 ? Math.sqrt(a2)
          : Math.max(Math.abs(-a1 + Math.sqrt(disc)), Math.abs(-a1 - Math.sqrt(disc))) / 2;
      r = Math.max(r, radius);
    }
    if (!(r < 1)) {
      throw new IllegalArgumentException("filter is not stable (pole radius " + r + ")");
    }
    long run = (long) Math.ceil(Math.log(tolerance * 1e-4) / Math.log(r)) + 16;
    if (run > 1 << 26) {
      throw new IllegalArgumentException("filter settles too slowly (pole radius " + r + ")");
    }
    SosFilter.Stream s = filter.newStream();
    double[] h = new double[(int) run];
    double peak = 0;
    for (int k = 0; k < h.length; k++) {
      h[k] = Math.abs(s.process(k == 0 ? 1 : 0));
      peak = Math.max(peak, h[k]);
    }
    int last = h.length - 1;
    while (last > 0 && h[last] < tolerance * peak) {
      last--;
    }
    return last + 1;
  }

  /** The smallest power of two {@code >= n}, {@code n >= 1}. */
  static int powerOfTwoAtLeast(int n) {
    int p = Integer.highestOneBit(Math.max(1, n));
    if (p < n) {
      p <<= 1;
    }
    if (p <= 0) {
      throw new IllegalArgumentException("buffer of " + n + " samples is too large");
    }
    return p;
  }

  /**
   * Throws an {@link IllegalArgumentException} naming the sample unless {@code x, y, z} are all
   * finite (no boxing or formatting unless it throws).
   *
   * @param sensor e.g. {@code "accelerometer"}
   * @param unit e.g. {@code "m/s²"}
   * @param index the sample's index in the stream
   */
  static void requireFinite(String sensor, String unit, int index, double x, double y,
      double z) {
    if (!(Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z))) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "%s sample %d (%s, %s, %s %s) must be finite; fill gaps first", sensor, index, x, y, z,
          unit));
    }
  }

  /** Throws if the stream was flushed or the next index would overflow an int. */
  static void checkCanPush(boolean flushed, int pushed) {
    if (flushed) {
      throw new IllegalStateException("stream was flushed; create a new stream");
    }
    if (pushed == Integer.MAX_VALUE) {
      throw new IllegalStateException("stream is full (" + Integer.MAX_VALUE
          + " samples); create a new stream");
    }
  }
}
