package org.gait4j.dsp;

import org.gait4j.internal.Checks;
import org.gait4j.model.SamplingRate;

/**
 * Finite-difference derivative of a uniformly sampled signal, equal to {@code numpy.gradient(x,
 * 1/fs, edge_order=...)} (NumPy 1.24).
 *
 * <h2>Signal expected</h2>
 *
 * Any scalar series at a constant rate (position in m, angle in deg, ...); the result is in the
 * signal's unit per second. For noisy signals prefer {@link SavitzkyGolay#derivative}, which smooths
 * while differentiating.
 *
 * <h2>Algorithm</h2>
 *
 * With {@code dt = 1/fs}:
 *
 * <ul>
 *   <li>interior {@code 0 < i < n-1}: second-order central difference {@code (x[i+1] - x[i-1]) /
 *       (2 dt)};
 *   <li>ends with {@link EdgeOrder#FIRST}: one-sided first-order differences {@code (x[1] - x[0]) /
 *       dt} and {@code (x[n-1] - x[n-2]) / dt};
 *   <li>ends with {@link EdgeOrder#SECOND}: one-sided second-order differences {@code (-3 x[0] + 4
 *       x[1] - x[2]) / (2 dt)} and its mirror image.
 * </ul>
 *
 * The arithmetic follows NumPy's operation order, so results agree to the last bit or two.
 *
 * <h2>Edge cases</h2>
 *
 * At least {@code edgeOrder + 1} samples are needed (2 for {@code FIRST}, 3 for {@code SECOND}), as
 * in NumPy. NaN is not treated specially: a NaN sample makes the (at most three) outputs whose
 * stencil contains it NaN.
 *
 * <h2>Thread-safety</h2>
 *
 * Stateless static methods; inputs are not modified.
 *
 * <p>Reference: B. Fornberg, "Generation of finite difference formulas on arbitrarily spaced grids",
 * Mathematics of Computation 51(184):699–706, 1988, DOI 10.1090/S0025-5718-1988-0935077-0.
 */
public final class Derivatives {

  /** Accuracy order of the one-sided differences at the two ends. */
  public enum EdgeOrder {
    /** First-order forward/backward differences (NumPy's default {@code edge_order=1}). */
    FIRST,
    /** Second-order one-sided differences ({@code edge_order=2}). */
    SECOND
  }

  private Derivatives() {}

  /**
   * Gradient with first-order edges, like {@code numpy.gradient(x, 1/fs)}.
   *
   * @param x the signal; not modified
   * @param rate its sampling rate
   * @return a new array, unit of {@code x} per second
   * @throws IllegalArgumentException if {@code x} has fewer than 2 samples
   */
  public static double[] gradient(double[] x, SamplingRate rate) {
    return gradient(x, rate, EdgeOrder.FIRST);
  }

  /**
   * Gradient with the given edge order.
   *
   * @param x the signal; not modified
   * @param rate its sampling rate
   * @param edgeOrder accuracy at the ends
   * @return a new array, unit of {@code x} per second
   * @throws IllegalArgumentException if {@code x} has fewer than {@code edgeOrder + 1} samples
   */
  public static double[] gradient(double[] x, SamplingRate rate, EdgeOrder edgeOrder) {
    Checks.notNull(x, "x");
    return gradient(x, rate, edgeOrder, new double[x.length]);
  }

  /**
   * Gradient into {@code out}.
   *
   * @param x the signal; not modified
   * @param rate its sampling rate
   * @param edgeOrder accuracy at the ends
   * @param out receives the result; same length as {@code x}, not the same array. Modified.
   * @return {@code out}
   * @throws IllegalArgumentException if {@code x} is too short, or {@code out} has the wrong length
   *     or is {@code x}
   */
  public static double[] gradient(
      double[] x, SamplingRate rate, EdgeOrder edgeOrder, double[] out) {
    Checks.notNull(x, "x");
    Checks.notNull(rate, "rate");
    Checks.notNull(edgeOrder, "edgeOrder");
    Checks.notNull(out, "out");
    int n = x.length;
    int need = edgeOrder == EdgeOrder.FIRST ? 2 : 3;
    Checks.requireArgument(
        n >= need, "x length (%d) must be >= %d for edge order %s", n, need, edgeOrder);
    Checks.requireArgument(
        out.length == n, "out length (%d) must equal x length (%d)", out.length, n);
    Checks.requireArgument(out != x, "out must not be the input array");
    double dt = 1.0 / rate.hz();
    double twoDt = 2.0 * dt;
    for (int i = 1; i < n - 1; i++) {
      out[i] = (x[i + 1] - x[i - 1]) / twoDt;
    }
    if (edgeOrder == EdgeOrder.FIRST) {
      out[0] = (x[1] - x[0]) / dt;
      out[n - 1] = (x[n - 1] - x[n - 2]) / dt;
    } else {
      double a = -1.5 / dt;
      double b = 2.0 / dt;
      double c = -0.5 / dt;
      out[0] = a * x[0] + b * x[1] + c * x[2];
      double ra = 0.5 / dt;
      double rb = -2.0 / dt;
      double rc = 1.5 / dt;
      out[n - 1] = ra * x[n - 3] + rb * x[n - 2] + rc * x[n - 1];
    }
    return out;
  }
}
