package org.gait4j.bench;

import java.util.SplittableRandom;

/** Deterministic gait-like test signals shared by the benchmarks (and the SciPy comparison). */
final class BenchSignals {
  private BenchSignals() {}

  /** One hour at 100 Hz. */
  static final int ONE_HOUR_100HZ = 360_000;

  /** The one-channel input of the benchmarks: {@code hours} of 100 Hz data, seed 42. */
  static double[] oneChannel(int hours) {
    return gaitLike(hours * ONE_HOUR_100HZ, 100, 42);
  }

  /** The six-channel input of the filter benchmarks: {@code hours} of 100 Hz data, seeds 100-105. */
  static double[][] sixChannels(int hours) {
    double[][] x = new double[6][];
    for (int c = 0; c < 6; c++) {
      x[c] = gaitLike(hours * ONE_HOUR_100HZ, 100, 100 + c);
    }
    return x;
  }

  /**
   * A foot-gyroscope-like signal: a 1 Hz stride rhythm with harmonics, a slow drift and white
   * noise; seeded so every run measures the same input.
   */
  static double[] gaitLike(int n, double rateHz, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      double t = i / rateHz;
      double w = 2 * Math.PI * 0.95 * t;
      x[i] = 250 * Math.sin(w) + 120 * Math.sin(2 * w + 0.7) + 60 * Math.sin(3 * w + 1.9)
          + 20 * Math.sin(2 * Math.PI * 0.01 * t) + 15 * rnd.nextGaussian();
    }
    return x;
  }
}
