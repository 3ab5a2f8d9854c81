package org.gait4j.dsp;

import org.gait4j.internal.Checks;
import org.gait4j.model.SamplingRate;

/**
 * Estimates the time lag between two recordings of the same movement, e.g. an IMU and a
 * motion-capture marker, or two IMUs started by hand, by maximising their normalised
 * cross-correlation.
 *
 * <h2>Signals expected</h2>
 *
 * Two scalar series that share a feature-rich stretch of the same physical quantity or of quantities
 * with the same shape (e.g. vertical foot acceleration from an IMU and the second derivative of a heel
 * marker), possibly at different rates. Remove drift and offsets beforehand if they differ strongly;
 * the means are removed here.
 *
 * <h2>Algorithm</h2>
 *
 * <ol>
 *   <li>If the rates differ, {@code b} is resampled to the rate of {@code a} with {@link
 *       Resampling.Interpolation#LINEAR}; all lags are then in samples of {@code a}'s rate.
 *   <li>Both signals have their mean removed; for every integer lag {@code l} with {@code |l| <=
 *       maxLag} ({@code maxLag = rate.samples(maxLagS)}, capped at the possible overlap) the
 *       normalised cross-correlation is {@code c(l) = Σ_n a[n+l] b[n] / sqrt(Σ a² Σ b²)}: the full
 *       sums of squares normalise, so {@code c} equals {@code scipy.signal.correlate(a, b)} divided by
 *       {@code sqrt(Σa² Σb²)} at lag {@code correlation_lags(len(a), len(b))}. Direct summation,
 *       O(n · maxLag).
 *   <li>The integer lag with the largest {@code c} is taken (ties: the smallest |lag|, then the
 *       negative one).
 *   <li>Sub-sample refinement: a parabola through {@code c(l-1), c(l), c(l+1)} gives the offset
 *       {@code δ = (c(l-1) - c(l+1)) / (2 (c(l-1) - 2 c(l) + c(l+1)))}, kept within ±0.5. At the edge
 *       of the search window, or if the three values are not strictly concave, {@code δ = 0}.
 * </ol>
 *
 * <h2>Edge cases</h2>
 *
 * Because the sums run over the overlap only, a signal whose mean differs from its level around
 * the feature (e.g. a short pulse on a flat baseline) gets a term proportional to {@code |l|} added
 * to {@code c(l)}; it does not move the integer maximum in practice but biases the sub-sample
 * refinement by up to a few tenths of a sample. Signals that oscillate about their mean (filtered
 * accelerations, angular velocities) are not affected. Signals must have at least 2 samples, no NaN or infinite values (fill gaps first), and non-zero
 * variance. A lag at the window edge usually means {@code maxLagS} is too small. A periodic signal
 * (steady walking) correlates well at every multiple of the stride time: keep {@code maxLagS} below
 * half a stride, or include a non-periodic start or stop.
 *
 * <h2>Thread-safety</h2>
 *
 * Stateless static methods; inputs are not modified.
 *
 * <p>Reference: C. H. Knapp and G. C. Carter, "The generalized correlation method for estimation of
 * time delay", IEEE Trans. Acoustics, Speech, and Signal Processing 24(4):320–327, 1976, DOI
 * 10.1109/TASSP.1976.1162830.
 */
public final class TimeAlignment {

  private TimeAlignment() {}

  /**
   * Estimates the lag of {@code a} relative to {@code b} (see {@link LagEstimate} for the sign).
   *
   * @param a first signal; not modified
   * @param rateA its sampling rate; the result is expressed at this rate
   * @param b second signal; not modified
   * @param rateB its sampling rate
   * @param maxLagS largest |lag| searched, seconds, {@code >= 0}
   * @return the lag with its correlation
   * @throws IllegalArgumentException if a signal has fewer than 2 samples, a non-finite value or zero
   *     variance, or {@code maxLagS} is negative or not finite
   */
  public static LagEstimate estimate(
      double[] a, SamplingRate rateA, double[] b, SamplingRate rateB, double maxLagS) {
    Checks.notNull(a, "a");
    Checks.notNull(b, "b");
    Checks.notNull(rateA, "rateA");
    Checks.notNull(rateB, "rateB");
    Checks.nonNegative(maxLagS, "maxLagS");
    requireFinite(a, "a");
    requireFinite(b, "b");
    double[] bb =
        rateA.hz() == rateB.hz()
            ? b
            : Resampling.resample(b, rateB, rateA, Resampling.Interpolation.LINEAR);
    Checks.requireArgument(
        a.length >= 2 && bb.length >= 2,
        "signals need >= 2 samples (a: %d, b at the rate of a: %d)",
        a.length,
        bb.length);
    int maxLag = Math.min(rateA.samples(maxLagS), Math.max(a.length, bb.length) - 1);
    int lo = -Math.min(maxLag, bb.length - 1);
    int hi = Math.min(maxLag, a.length - 1);
    double[] c = normalisedCrossCorrelation(a, bb, lo, hi);
    int best = 0;
    for (int q = 1; q < c.length; q++) {
      int lq = lo + q;
      int lb = lo + best;
      if (c[q] > c[best]
          || (c[q] == c[best]
              && (Math.abs(lq) < Math.abs(lb) || (Math.abs(lq) == Math.abs(lb) && lq < lb)))) {
        best = q;
      }
    }
    double delta = 0.0;
    if (best > 0 && best < c.length - 1) {
      double left = c[best - 1];
      double mid = c[best];
      double right = c[best + 1];
      double curvature = left - 2.0 * mid + right;
      if (curvature < 0) {
        delta = 0.5 * (left - right) / curvature;
        delta = Math.max(-0.5, Math.min(0.5, delta));
      }
    }
    int lag = lo + best;
    return new LagEstimate(lag + delta, lag, c[best], rateA);
  }

  /**
   * Normalised cross-correlation of the mean-removed signals for lags {@code lo..hi}: {@code c[l -
   * lo] = Σ_n a'[n+l] b'[n] / sqrt(Σ a'² Σ b'²)} over the overlap, {@code a' = a - mean(a)}.
   */
  static double[] normalisedCrossCorrelation(double[] a, double[] b, int lo, int hi) {
    double[] am = centred(a, "a");
    double[] bm = centred(b, "b");
    double norm = Math.sqrt(sumSquares(am) * sumSquares(bm));
    double[] c = new double[hi - lo + 1];
    for (int l = lo; l <= hi; l++) {
      int n0 = Math.max(0, -l);
      int n1 = Math.min(bm.length, am.length - l);
      double s = 0;
      for (int n = n0; n < n1; n++) {
        s += am[n + l] * bm[n];
      }
      c[l - lo] = s / norm;
    }
    return c;
  }

  private static double[] centred(double[] x, String name) {
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] - mean;
    }
    Checks.requireArgument(sumSquares(out) > 0, "%s must not be constant", name);
    return out;
  }

  private static double sumSquares(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v * v;
    }
    return s;
  }

  private static void requireFinite(double[] x, String name) {
    for (int i = 0; i < x.length; i++) {
      Checks.requireArgument(
          Double.isFinite(x[i]), "%s[%d] (%s) must be finite", name, i, x[i]);
    }
  }
}
