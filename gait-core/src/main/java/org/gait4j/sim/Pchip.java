package org.gait4j.sim;

import org.gait4j.internal.Checks;

/**
 * Monotone piecewise-cubic Hermite interpolation (Fritsch &amp; Carlson 1980, DOI
 * 10.1137/0717021): continuous first derivative, no overshoot between increasing knots. Beyond
 * the ends it extrapolates linearly with the end slopes. Immutable.
 */
final class Pchip {
  private final double[] x;
  private final double[] y;
  private final double[] d;

  /**
   * @param x strictly increasing knots. Not modified.
   * @param y values. Not modified.
   */
  Pchip(double[] x, double[] y) {
    Checks.requireArgument(x.length == y.length && x.length >= 2, "need >= 2 knots");
    this.x = x.clone();
    this.y = y.clone();
    int n = x.length;
    double[] h = new double[n - 1];
    double[] del = new double[n - 1];
    for (int i = 0; i < n - 1; i++) {
      h[i] = x[i + 1] - x[i];
      Checks.requireArgument(h[i] > 0, "knots must increase (at %d: %s, %s)", i, x[i], x[i + 1]);
      del[i] = (y[i + 1] - y[i]) / h[i];
    }
    d = new double[n];
    d[0] = del[0];
    d[n - 1] = del[n - 2];
    for (int i = 1; i < n - 1; i++) {
      if (del[i - 1] * del[i] <= 0) {
        d[i] = 0;
      } else {
        double w1 = 2 * h[i] + h[i - 1];
        double w2 = h[i] + 2 * h[i - 1];
        d[i] = (w1 + w2) / (w1 / del[i - 1] + w2 / del[i]);
      }
    }
  }

  double value(double t) {
    int n = x.length;
    if (t <= x[0]) {
      return y[0] + d[0] * (t - x[0]);
    }
    if (t >= x[n - 1]) {
      return y[n - 1] + d[n - 1] * (t - x[n - 1]);
    }
    int lo = 0;
    int hi = n - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (x[mid] <= t) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double h = x[hi] - x[lo];
    double s = (t - x[lo]) / h;
    double s2 = s * s;
    double s3 = s2 * s;
    return (2 * s3 - 3 * s2 + 1) * y[lo] + (s3 - 2 * s2 + s) * h * d[lo]
        + (-2 * s3 + 3 * s2) * y[hi] + (s3 - s2) * h * d[hi];
  }
}
