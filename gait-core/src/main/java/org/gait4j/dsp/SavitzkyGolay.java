package org.gait4j.dsp;

import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.gait4j.internal.Checks;
import org.gait4j.model.SamplingRate;

/**
 * Savitzky–Golay smoothing and differentiation of a uniformly sampled signal: a least-squares
 * polynomial of degree {@code polyOrder} is fitted to every window of {@code windowLength}
 * consecutive samples and the fitted value (or derivative) at the window centre is the output.
 *
 * <h2>Signal expected</h2>
 *
 * Any scalar series sampled at a constant rate, for example a marker coordinate (m) or a joint angle
 * (deg) before differentiation to velocity, or one accelerometer axis (m/s²). Derivatives come out
 * in the signal's unit per second<sup>order</sup>, using the {@link SamplingRate} passed with the
 * data.
 *
 * <h2>Algorithm</h2>
 *
 * <ol>
 *   <li>At construction, for the window positions {@code t = -h..h} ({@code h = windowLength / 2})
 *       the pseudo-inverse {@code P = (AᵀA)⁻¹Aᵀ} of the Vandermonde matrix {@code A[t][k] = (t/h)^k}
 *       is computed once by a column-pivoted QR least-squares solve (EJML); the scaled abscissa
 *       {@code t/h} keeps the problem well conditioned for long windows.
 *   <li>From {@code P}, for every derivative order {@code d <= polyOrder} and every evaluation
 *       position {@code t}, the weights that map the window samples to the d-th derivative of the
 *       fitted polynomial at {@code t} are tabulated (the central row {@code t = 0} is the classic
 *       Savitzky–Golay FIR filter).
 *   <li>{@link #smooth}/{@link #derivative} correlate the signal with the central weights. Near the
 *       ends the window leaves the signal, and {@link EdgeMode} says what happens: {@link
 *       EdgeMode#INTERP} (the default) fits one polynomial to the first (last) {@code windowLength}
 *       samples and evaluates it at the first (last) {@code h} positions; the other modes extend the
 *       signal ({@code scipy.ndimage} conventions) and filter as in the interior.
 *   <li>Derivative weights in samples are multiplied by {@code fs^d}.
 * </ol>
 *
 * The result equals {@code scipy.signal.savgol_filter(x, windowLength, polyOrder, deriv=d,
 * delta=1/fs, mode=...)} (SciPy 1.10.1) to about 1e-12 relative to the signal's scale (golden tests).
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>{@code windowLength} must be odd and {@code polyOrder < windowLength} (SciPy's rule). Even
 *       windows, which SciPy accepts with a half-sample shift, are not supported: they would shift
 *       the signal by half a sample, which is never what gait work wants.
 *   <li>{@link EdgeMode#INTERP} needs at least {@code windowLength} samples; the other modes accept
 *       any non-empty signal (extension repeats as needed, e.g. mirror of a 5-sample signal with a
 *       9-sample window).
 *   <li>Derivative orders above {@code polyOrder} are rejected (the fitted polynomial's derivative
 *       would be identically zero; SciPy silently returns zeros).
 *   <li>NaN is not treated specially: it is a finite impulse response, so a NaN sample makes exactly
 *       the outputs whose window (or, near the ends with {@code INTERP}, whose edge fit) contains it
 *       NaN. Fill gaps with a named policy before filtering.
 * </ul>
 *
 * <h2>Thread-safety and latency</h2>
 *
 * Immutable and thread-safe; the coefficient tables are computed once in the factory. Input arrays
 * are never modified. As a non-causal FIR filter its latency would be {@code h} samples; this class
 * is batch only.
 *
 * <p>Reference: A. Savitzky and M. J. E. Golay, "Smoothing and Differentiation of Data by Simplified
 * Least Squares Procedures", Analytical Chemistry 36(8):1627–1639, 1964, DOI 10.1021/ac60214a047.
 */
public final class SavitzkyGolay {

  /** What the filter sees beyond the ends of the signal. */
  public enum EdgeMode {
    /** Fit one polynomial to the first/last window and evaluate it at the edge positions. */
    INTERP,
    /** Extend by repeating the edge sample: {@code a a a | a b c d | d d d}. */
    NEAREST,
    /** Reflect about the edge sample: {@code d c b | a b c d | c b a}. */
    MIRROR,
    /** Extend with zeros: {@code 0 0 0 | a b c d | 0 0 0}. */
    CONSTANT,
    /** Extend periodically: {@code b c d | a b c d | a b c}. */
    WRAP
  }

  private final int windowLength;
  private final int polyOrder;
  private final int half;
  private final EdgeMode mode;
  /** weights[d][t + half][k]: d-th derivative (per sample^d) at window position t, sample k. */
  private final double[][][] weights;

  private SavitzkyGolay(int windowLength, int polyOrder, EdgeMode mode, double[][][] weights) {
    this.windowLength = windowLength;
    this.polyOrder = polyOrder;
    this.half = windowLength / 2;
    this.mode = mode;
    this.weights = weights;
  }

  /**
   * A filter with edge mode {@link EdgeMode#INTERP}.
   *
   * @param windowLength samples per window; odd and {@code >= 1}
   * @param polyOrder degree of the fitted polynomial; {@code 0 <= polyOrder < windowLength}
   * @throws IllegalArgumentException if the window is even or not positive, or the order is out of
   *     range
   */
  public static SavitzkyGolay of(int windowLength, int polyOrder) {
    Checks.positive(windowLength, "windowLength");
    Checks.requireArgument(
        windowLength % 2 == 1, "windowLength (%d) must be odd", windowLength);
    Checks.nonNegative(polyOrder, "polyOrder");
    Checks.requireArgument(
        polyOrder < windowLength,
        "polyOrder (%d) must be less than windowLength (%d)",
        polyOrder,
        windowLength);
    return new SavitzkyGolay(
        windowLength, polyOrder, EdgeMode.INTERP, tabulate(windowLength, polyOrder));
  }

  /** A copy of this filter using {@code edgeMode}; the coefficient tables are shared. */
  public SavitzkyGolay withEdgeMode(EdgeMode edgeMode) {
    Checks.notNull(edgeMode, "edgeMode");
    return new SavitzkyGolay(windowLength, polyOrder, edgeMode, weights);
  }

  /** Samples per window. */
  public int windowLength() {
    return windowLength;
  }

  /** Degree of the fitted polynomial. */
  public int polyOrder() {
    return polyOrder;
  }

  /** The edge mode. */
  public EdgeMode edgeMode() {
    return mode;
  }

  /**
   * The central (interior) FIR weights for derivative {@code order} in samples, in correlation order
   * (weight {@code k} multiplies sample {@code i - h + k} for output {@code i}). With {@code order =
   * 0} these are SciPy's {@code savgol_coeffs(windowLength, polyOrder, use='dot')}.
   *
   * @param order derivative order, {@code 0..polyOrder}
   * @return a new array of length {@code windowLength}
   */
  public double[] coefficients(int order) {
    checkOrder(order);
    return weights[order][half].clone();
  }

  /**
   * Smoothed signal.
   *
   * @param x the signal; not modified
   * @return a new array of the same length
   * @throws IllegalArgumentException if {@code x} is empty, or shorter than the window in {@link
   *     EdgeMode#INTERP}
   */
  public double[] smooth(double[] x) {
    return smooth(x, new double[x.length]);
  }

  /**
   * Smoothed signal into {@code out}.
   *
   * @param x the signal; not modified
   * @param out receives the result; same length as {@code x}, not the same array. Modified.
   * @return {@code out}
   * @throws IllegalArgumentException as {@link #smooth(double[])}, or if {@code out} has the wrong
   *     length or is {@code x}
   */
  public double[] smooth(double[] x, double[] out) {
    apply(x, out, 0, 1.0);
    return out;
  }

  /**
   * Derivative of order {@code order} of the locally fitted polynomial, in the signal's unit per
   * second^order.
   *
   * @param x the signal; not modified
   * @param order derivative order, {@code 0..polyOrder} (0 smooths)
   * @param rate sampling rate of {@code x}
   * @return a new array of the same length
   * @throws IllegalArgumentException if the order is out of range, or as {@link #smooth(double[])}
   */
  public double[] derivative(double[] x, int order, SamplingRate rate) {
    return derivative(x, order, rate, new double[x.length]);
  }

  /**
   * As {@link #derivative(double[], int, SamplingRate)}, into {@code out}.
   *
   * @param x the signal; not modified
   * @param order derivative order, {@code 0..polyOrder}
   * @param rate sampling rate of {@code x}
   * @param out receives the result; same length as {@code x}, not the same array. Modified.
   * @return {@code out}
   * @throws IllegalArgumentException if the order is out of range, or as {@link
   *     #smooth(double[], double[])}
   */
  public double[] derivative(double[] x, int order, SamplingRate rate, double[] out) {
    Checks.notNull(rate, "rate");
    checkOrder(order);
    apply(x, out, order, Math.pow(rate.hz(), order));
    return out;
  }

  private void checkOrder(int order) {
    Checks.inRange(order, 0, polyOrder, "order");
  }

  private void apply(double[] x, double[] out, int order, double scale) {
    Checks.notNull(x, "x");
    Checks.notNull(out, "out");
    int n = x.length;
    Checks.requireArgument(n > 0, "x must not be empty");
    Checks.requireArgument(
        out.length == n, "out length (%d) must equal x length (%d)", out.length, n);
    Checks.requireArgument(out != x, "out must not be the input array");
    if (mode == EdgeMode.INTERP) {
      Checks.requireArgument(
          n >= windowLength,
          "x length (%d) must be >= windowLength (%d) with edge mode INTERP",
          n,
          windowLength);
    }
    double[] c = weights[order][half];
    int h = half;
    // interior: the window lies inside the signal
    for (int i = h; i < n - h; i++) {
      double s = 0;
      int base = i - h;
      for (int k = 0; k < windowLength; k++) {
        s += c[k] * x[base + k];
      }
      out[i] = s * scale;
    }
    if (mode == EdgeMode.INTERP) {
      double[][] w = weights[order];
      for (int r = 0; r < h; r++) {
        // left: window [0, windowLength), evaluated at position r (t = r - h)
        double[] wl = w[r];
        double s = 0;
        for (int k = 0; k < windowLength; k++) {
          s += wl[k] * x[k];
        }
        out[r] = s * scale;
        // right: window [n - windowLength, n), evaluated at n - h + r (t = r + 1)
        double[] wr = w[h + 1 + r];
        int base = n - windowLength;
        double t = 0;
        for (int k = 0; k < windowLength; k++) {
          t += wr[k] * x[base + k];
        }
        out[n - h + r] = t * scale;
      }
      return;
    }
    for (int i = 0; i < n; i++) {
      if (i >= h && i < n - h) {
        continue; // interior already done
      }
      double s = 0;
      for (int k = 0; k < windowLength; k++) {
        s += c[k] * extended(x, i - h + k);
      }
      out[i] = s * scale;
    }
  }

  /** Sample {@code j} of the signal extended by this filter's mode; j may be outside [0, n). */
  private double extended(double[] x, int j) {
    int n = x.length;
    if (j >= 0 && j < n) {
      return x[j];
    }
    switch (mode) {
      case CONSTANT:
        return 0.0;
      case NEAREST:
        return j < 0 ? x[0] : x[n - 1];
      case WRAP:
        return x[Math.floorMod(j, n)];
      case MIRROR:
        if (n == 1) {
          return x[0];
        }
        int period = 2 * (n - 1);
        int m = Math.floorMod(j, period);
        return x[m < n ? m : period - m];
      default:
        throw new AssertionError(mode);
    }
  }

  /** weights[d][p][k] for d in 0..polyOrder, window positions p = t + h in 0..w-1. */
  private static double[][][] tabulate(int w, int p) {
    int h = w / 2;
    double unit = h == 0 ? 1.0 : h; // abscissa u = t / unit
    DMatrixRMaj a = new DMatrixRMaj(w, p + 1);
    for (int k = 0; k < w; k++) {
      double u = (k - h) / unit;
      double v = 1.0;
      for (int j = 0; j <= p; j++) {
        a.set(k, j, v);
        v *= u;
      }
    }
    LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquaresQrPivot(true, false);
    if (!solver.setA(a)) {
      throw new IllegalStateException(
          String.format(Locale.ROOT, "Savitzky-Golay design singular (w=%d, p=%d)", w, p));
    }
    DMatrixRMaj identity = new DMatrixRMaj(w, w);
    for (int k = 0; k < w; k++) {
      identity.set(k, k, 1.0);
    }
    DMatrixRMaj pinv = new DMatrixRMaj(p + 1, w); // polynomial coefficient j = sum_k pinv[j][k] x_k
    solver.solve(identity, pinv);
    double[][][] out = new double[p + 1][w][w];
    for (int d = 0; d <= p; d++) {
      double perSample = Math.pow(unit, -d); // d/dt = (1/unit) d/du
      for (int pos = 0; pos < w; pos++) {
        double u = (pos - h) / unit;
        double[] row = out[d][pos];
        // d-th derivative of sum_j c_j u^j at u: sum_{j>=d} c_j j!/(j-d)! u^(j-d)
        for (int j = d; j <= p; j++) {
          double f = 1.0;
          for (int q = j - d + 1; q <= j; q++) {
            f *= q;
          }
          double factor = f * Math.pow(u, j - d) * perSample;
          if (factor == 0.0) {
            continue;
          }
          for (int k = 0; k < w; k++) {
            row[k] += factor * pinv.get(j, k);
          }
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "SavitzkyGolay[windowLength=" + windowLength + ", polyOrder=" + polyOrder
        + ", edgeMode=" + mode + "]";
  }
}
