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
