package org.gait4j.dsp;

import org.gait4j.internal.Checks;
import org.gait4j.model.SamplingRate;

/**
 * Resampling of a uniformly sampled signal to another constant rate by interpolation.
 *
 * <h2>Signal expected</h2>
 *
 * A scalar series with sample {@code i} at time {@code i / fromHz} (first sample at time 0), e.g. an
 * IMU axis to be put on the time base of a motion-capture system. Interpolation does not low-pass
 * filter: when downsampling, filter below the new Nyquist frequency first, or the result aliases.
 *
 * <h2>Algorithm</h2>
 *
 * <ol>
 *   <li>The new samples sit at times {@code t_k = k / toHz}, {@code k = 0, 1, ...}, as long as {@code
 *       t_k} does not pass the last original time. Exactly: position {@code u_k = k * fromHz / toHz}
 *       (in original samples) and {@code k} runs while {@code u_k <= n - 1}; see {@link
 *       #outputLength}.
 *   <li>{@link Interpolation#LINEAR}: straight line between the two bracketing samples, equal to
 *       {@code numpy.interp(t_new, t, x)}.
 *   <li>{@link Interpolation#CUBIC_SPLINE}: the C² cubic spline through all samples with the
 *       not-a-knot end condition (third derivative continuous at the second and second-to-last
 *       knot), equal to {@code scipy.interpolate.CubicSpline(t, x)(t_new)}. On a uniform grid the
 *       not-a-knot condition reduces the spline's moment equations to {@code M_1 = Δ²x_1} and {@code
 *       M_{n-2} = Δ²x_{n-2}} plus a strictly diagonally dominant tridiagonal system (diagonal 4,
 *       off-diagonals 1) for the inner moments, solved by the Thomas algorithm in O(n). Three
 *       samples give the interpolating parabola and two a straight line, as in SciPy.
 *   <li>When {@code fromHz == toHz} the input is returned unchanged (a copy).
 * </ol>
 *
 * <h2>Missing samples (NaN policy)</h2>
 *
 * NaN never spreads beyond the samples it touches. {@code LINEAR}: a new sample is NaN when one of its
 * two bracketing samples is NaN (a new sample that falls exactly on a valid original sample keeps
 * that value). {@code CUBIC_SPLINE}: the signal is split at NaN samples and each NaN-free run is
 * splined on its own (a run of 3 gives a parabola, 2 a line, 1 only its own sample); a new sample
 * is NaN when it does not lie within a NaN-free run. Without NaN the result is the single spline
 * described above. Infinite values are rejected.
 *
 * <h2>Thread-safety</h2>
 *
 * Stateless static methods; inputs are not modified.
 *
 * <p>References: C. de Boor, "A Practical Guide to Splines", Springer, 1978 (revised 2001, DOI
 * 10.1007/978-1-4612-6333-3), ch. IV (not-a-knot end condition).
 */
public final class Resampling {

  /** How values between the original samples are obtained. */
  public enum Interpolation {
    /** Piecewise linear between neighbouring samples. */
    LINEAR,
    /** Not-a-knot cubic spline (C², exact for cubic polynomials). */
    CUBIC_SPLINE
  }

  private Resampling() {}

  /**
   * Number of samples after resampling {@code n} samples from {@code from} to {@code to}: the count
   * of {@code k >= 0} with {@code k * from.hz() / to.hz() <= n - 1}; 0 when {@code n == 0}.
   *
   * @param n number of input samples, {@code >= 0}
   * @param from input rate
   * @param to output rate
   * @throws IllegalArgumentException if {@code n < 0} or the count does not fit an array
   */
  public static int outputLength(int n, SamplingRate from, SamplingRate to) {
    Checks.nonNegative(n, "n");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    if (n == 0) {
      return 0;
    }
    if (from.hz() == to.hz()) {
      return n;
    }
    double f = from.hz();
    double g = to.hz();
    double estimate = Math.floor((n - 1) * g / f);
    Checks.requireArgument(
        estimate < Integer.MAX_VALUE - 8,
        "resampling %d samples from %s to %s gives too many samples", n, from, to);
    long k = (long) estimate;
    while ((k + 1) * f / g <= n - 1) {
      k++;
    }
    while (k * f / g > n - 1) {
      k--;
    }
    return Math.toIntExact(k + 1);
  }

  /**
   * Resamples {@code x} from {@code from} to {@code to}.
   *
   * @param x the signal, first sample at time 0; not modified
   * @param from rate of {@code x}
   * @param to rate of the result
   * @param method interpolation method
   * @return a new array of {@link #outputLength} samples
   * @throws IllegalArgumentException if {@code x} contains an infinite value
   */
  public static double[] resample(
      double[] x, SamplingRate from, SamplingRate to, Interpolation method) {
    Checks.notNull(x, "x");
    return resample(x, from, to, method, new double[outputLength(x.length, from, to)]);
  }

  /**
   * As {@link #resample(double[], SamplingRate, SamplingRate, Interpolation)}, into {@code out}.
   *
   * @param x the signal; not modified
   * @param from rate of {@code x}
   * @param to rate of the result
   * @param method interpolation method
   * @param out receives the result; length {@link #outputLength}, not {@code x}. Modified.
   * @return {@code out}
   * @throws IllegalArgumentException if {@code out} has the wrong length or is {@code x}, or {@code x}
   *     contains an infinite value
   */
  public static double[] resample(
      double[] x, SamplingRate from, SamplingRate to, Interpolation method, double[] out) {
    Checks.notNull(x, "x");
    Checks.notNull(method, "method");
    Checks.notNull(out, "out");
    int n = x.length;
    int m = outputLength(n, from, to);
    Checks.requireArgument(
        out.length == m, "out length (%d) must be %d (see outputLength)", out.length, m);
    Checks.requireArgument(out != x, "out must not be the input array");
    for (int i = 0; i < n; i++) {
      Checks.requireArgument(
          !Double.isInfinite(x[i]), "x[%d] (%s) must not be infinite", i, x[i]);
    }
    if (m == 0) {
      return out;
    }
    if (from.hz() == to.hz()) {
      System.arraycopy(x, 0, out, 0, n);
      return out;
    }
    double f = from.hz();
    double g = to.hz();
    double[] moments = method == Interpolation.CUBIC_SPLINE ? splineMoments(x) : null;
    for (int k = 0; k < m; k++) {
      double u = k * f / g;
      int i = (int) Math.floor(u);
      if (i >= n - 1) {
        out[k] = x[n - 1]; // u == n - 1 exactly
        continue;
      }
      double t = u - i;
      if (t == 0.0) {
        out[k] = x[i];
        continue;
      }
      double y0 = x[i];
      double y1 = x[i + 1];
      if (Double.isNaN(y0) || Double.isNaN(y1)) {
        out[k] = Double.NaN;
        continue;
      }
      if (moments == null) {
        out[k] = y0 + t * (y1 - y0);
      } else {
        double s = 1.0 - t;
        out[k] = s * y0 + t * y1 + ((s * s * s - s) * moments[i] + (t * t * t - t) * moments[i + 1]) / 6.0;
      }
    }
    return out;
  }

  /**
   * Second derivatives (per sample²) of the not-a-knot spline of every NaN-free run of {@code x};
   * NaN at NaN samples.
   */
  static double[] splineMoments(double[] x) {
    int n = x.length;
    double[] mm = new double[n];
    int i = 0;
    while (i < n) {
      if (Double.isNaN(x[i])) {
        mm[i] = Double.NaN;
        i++;
        continue;
      }
      int start = i;
      while (i < n && !Double.isNaN(x[i])) {
        i++;
      }
      runMoments(x, start, i - start, mm);
    }
    return mm;
  }

  /** Moments of the not-a-knot spline through x[s .. s+len-1] into mm[s .. s+len-1]. */
  private static void runMoments(double[] x, int s, int len, double[] mm) {
    if (len <= 2) {
      for (int k = 0; k < len; k++) {
        mm[s + k] = 0.0; // one point or a straight line
      }
      return;
    }
    if (len == 3) {
      double c = x[s] - 2.0 * x[s + 1] + x[s + 2]; // parabola: constant second derivative
      mm[s] = c;
      mm[s + 1] = c;
      mm[s + 2] = c;
      return;
    }
    int last = len - 1;
    // not-a-knot on a uniform grid: M_0 = 2 M_1 - M_2 turns row 1 into 6 M_1 = 6 Δ²x_1
    mm[s + 1] = secondDifference(x, s + 1);
    mm[s + last - 1] = secondDifference(x, s + last - 1);
    // inner unknowns M_2 .. M_{last-2}: M_{j-1} + 4 M_j + M_{j+1} = 6 Δ²x_j
    int lo = 2;
    int hi = last - 2;
    int size = hi - lo + 1;
    if (size > 0) {
      double[] cprime = new double[size];
      double[] dprime = new double[size];
      for (int q = 0; q < size; q++) {
        int j = lo + q;
        double rhs = 6.0 * secondDifference(x, s + j);
        if (q == 0) {
          rhs -= mm[s + 1];
        }
        if (q == size - 1) {
          rhs -= mm[s + last - 1];
        }
        double denom = q == 0 ? 4.0 : 4.0 - cprime[q - 1];
        cprime[q] = 1.0 / denom;
        dprime[q] = (q == 0 ? rhs : rhs - dprime[q - 1]) / denom;
      }
      mm[s + hi] = dprime[size - 1];
      for (int q = size - 2; q >= 0; q--) {
        mm[s + lo + q] = dprime[q] - cprime[q] * mm[s + lo + q + 1];
      }
    }
    mm[s] = 2.0 * mm[s + 1] - mm[s + 2];
    mm[s + last] = 2.0 * mm[s + last - 1] - mm[s + last - 2];
  }

  private static double secondDifference(double[] x, int i) {
    return x[i - 1] - 2.0 * x[i] + x[i + 1];
  }
}
