package org.gait4j.dsp;

/**
 * Hot loops of second-order-section filtering, direct form II transposed on primitive doubles.
 *
 * <p>Coefficients are packed five per section as {@code b0, b1, b2, -a1, -a2} ({@code a0 = 1}).
 * State is packed two per section, {@code z0, z1}, and is read at the start and written back at
 * the end of every call, so a long signal can be processed in blocks. Every kernel applies exactly
 * the same three operations per sample and section,
 *
 * <pre>
 *   y  = b0 x + z0
 *   z0 = fma(-a1, y, b1 x + z1)
 *   z1 = fma(-a2, y, b2 x)
 * </pre>
 *
 * so all kernels (one section, two cascaded sections, several channels interleaved) give
 * bit-identical results. The fused multiply-adds keep the loop-carried chain {@code z0 -> y -> z0}
 * at two floating-point latencies per sample; compared with SciPy's unfused {@code (b1 x - a1 y) +
 * z1} they change results only at the rounding level (see the golden tests for the measured
 * difference).
 *
 * <p>Indices run from {@code srcFrom} (resp. {@code dstFrom}) in steps of {@code step} (+1 forward,
 * -1 backward) for {@code n} samples; {@code src} and {@code dst} may be the same array when the
 * index sequences coincide.
 */
final class SosKernels {
  private SosKernels() {}

  /** One section: coefficients at {@code c[5s..5s+4]}, state at {@code st[so], st[so+1]}. */
  static void single(
      double[] c, int s, double[] st, int so,
      double[] src, int srcFrom, double[] dst, int dstFrom, int n, int step) {
    final int k = 5 * s;
    final double b0 = c[k];
    final double b1 = c[k + 1];
    final double b2 = c[k + 2];
    final double na1 = c[k + 3];
    final double na2 = c[k + 4];
    double z0 = st[so];
    double z1 = st[so + 1];
    int i = srcFrom;
    int o = dstFrom;
    for (int j = 0; j < n; j++) {
      double x = src[i];
      double y = b0 * x + z0;
      z0 = Math.fma(na1, y, b1 * x + z1);
      z1 = Math.fma(na2, y, b2 * x);
      dst[o] = y;
      i += step;
      o += step;
    }
    st[so] = z0;
    st[so + 1] = z1;
  }

  /**
   * Sections {@code s} and {@code s+1} in cascade within one loop, so the out-of-order core
   * overlaps their dependency chains. State of both at {@code st[so..so+3]}.
   */
  static void pair(
      double[] c, int s, double[] st, int so,
      double[] src, int srcFrom, double[] dst, int dstFrom, int n, int step) {
    final int k = 5 * s;
    final double b0 = c[k];
    final double b1 = c[k + 1];
    final double b2 = c[k + 2];
    final double na1 = c[k + 3];
    final double na2 = c[k + 4];
    final double d0 = c[k + 5];
    final double d1 = c[k + 6];
    final double d2 = c[k + 7];
    final double nc1 = c[k + 8];
    final double nc2 = c[k + 9];
    double z0 = st[so];
    double z1 = st[so + 1];
    double w0 = st[so + 2];
    double w1 = st[so + 3];
    int i = srcFrom;
    int o = dstFrom;
    for (int j = 0; j < n; j++) {
      double x = src[i];
      double y = b0 * x + z0;
      z0 = Math.fma(na1, y, b1 * x + z1);
      z1 = Math.fma(na2, y, b2 * x);
      double v = d0 * y + w0;
      w0 = Math.fma(nc1, v, d1 * y + w1);
      w1 = Math.fma(nc2, v, d2 * y);
      dst[o] = v;
      i += step;
      o += step;
    }
    st[so] = z0;
    st[so + 1] = z1;
    st[so + 2] = w0;
    st[so + 3] = w1;
  }

  /**
   * One section over four channels interleaved (independent chains hide the FMA latency). State of
   * channel {@code q} at {@code st[so + 2q], st[so + 2q + 1]}.
   */
  static void single4(
      double[] c, int s, double[] st, int so,
      double[] s0, double[] s1, double[] s2, double[] s3, int srcFrom,
      double[] t0, double[] t1, double[] t2, double[] t3, int dstFrom, int n, int step) {
    final int k = 5 * s;
    final double b0 = c[k];
    final double b1 = c[k + 1];
    final double b2 = c[k + 2];
    final double na1 = c[k + 3];
    final double na2 = c[k + 4];
    double p0 = st[so];
    double p1 = st[so + 1];
    double q0 = st[so + 2];
    double q1 = st[so + 3];
    double r0 = st[so + 4];
    double r1 = st[so + 5];
    double u0 = st[so + 6];
    double u1 = st[so + 7];
    int i = srcFrom;
    int o = dstFrom;
    for (int j = 0; j < n; j++) {
      double xp = s0[i];
      double xq = s1[i];
      double xr = s2[i];
      double xu = s3[i];
      double yp = b0 * xp + p0;
      double yq = b0 * xq + q0;
      double yr = b0 * xr + r0;
      double yu = b0 * xu + u0;
      p0 = Math.fma(na1, yp, b1 * xp + p1);
      q0 = Math.fma(na1, yq, b1 * xq + q1);
      r0 = Math.fma(na1, yr, b1 * xr + r1);
      u0 = Math.fma(na1, yu, b1 * xu + u1);
      p1 = Math.fma(na2, yp, b2 * xp);
      q1 = Math.fma(na2, yq, b2 * xq);
      r1 = Math.fma(na2, yr, b2 * xr);
      u1 = Math.fma(na2, yu, b2 * xu);
      t0[o] = yp;
      t1[o] = yq;
      t2[o] = yr;
      t3[o] = yu;
      i += step;
      o += step;
    }
    st[so] = p0;
    st[so + 1] = p1;
    st[so + 2] = q0;
    st[so + 3] = q1;
    st[so + 4] = r0;
    st[so + 5] = r1;
    st[so + 6] = u0;
    st[so + 7] = u1;
  }

  /** One section over two channels interleaved. */
  static void single2(
      double[] c, int s, double[] st, int so,
      double[] s0, double[] s1, int srcFrom, double[] t0, double[] t1, int dstFrom,
      int n, int step) {
    final int k = 5 * s;
    final double b0 = c[k];
    final double b1 = c[k + 1];
    final double b2 = c[k + 2];
    final double na1 = c[k + 3];
    final double na2 = c[k + 4];
    double p0 = st[so];
    double p1 = st[so + 1];
    double q0 = st[so + 2];
    double q1 = st[so + 3];
    int i = srcFrom;
    int o = dstFrom;
    for (int j = 0; j < n; j++) {
      double xp = s0[i];
      double xq = s1[i];
      double yp = b0 * xp + p0;
      double yq = b0 * xq + q0;
      p0 = Math.fma(na1, yp, b1 * xp + p1);
      q0 = Math.fma(na1, yq, b1 * xq + q1);
      p1 = Math.fma(na2, yp, b2 * xp);
      q1 = Math.fma(na2, yq, b2 * xq);
      t0[o] = yp;
      t1[o] = yq;
      i += step;
      o += step;
    }
    st[so] = p0;
    st[so + 1] = p1;
    st[so + 2] = q0;
    st[so + 3] = q1;
  }

  /**
   * Sections {@code s} and {@code s+1} in cascade over two channels interleaved: four independent
   * chains. State: channel 0 at {@code st[so..so+3]}, channel 1 at {@code st[so+4..so+7]} (each as
   * in {@link #pair}).
   */
  static void pair2(
      double[] c, int s, double[] st, int so,
      double[] s0, double[] s1, int srcFrom, double[] t0, double[] t1, int dstFrom,
      int n, int step) {
    final int k = 5 * s;
    final double b0 = c[k];
    final double b1 = c[k + 1];
    final double b2 = c[k + 2];
    final double na1 = c[k + 3];
    final double na2 = c[k + 4];
    final double d0 = c[k + 5];
    final double d1 = c[k + 6];
    final double d2 = c[k + 7];
    final double nc1 = c[k + 8];
    final double nc2 = c[k + 9];
    double p0 = st[so];
    double p1 = st[so + 1];
    double pw0 = st[so + 2];
    double pw1 = st[so + 3];
    double q0 = st[so + 4];
    double q1 = st[so + 5];
    double qw0 = st[so + 6];
    double qw1 = st[so + 7];
    int i = srcFrom;
    int o = dstFrom;
    for (int j = 0; j < n; j++) {
      double xp = s0[i];
      double xq = s1[i];
      double yp = b0 * xp + p0;
      double yq = b0 * xq + q0;
      p0 = Math.fma(na1, yp, b1 * xp + p1);
      q0 = Math.fma(na1, yq, b1 * xq + q1);
      p1 = Math.fma(na2, yp, b2 * xp);
      q1 = Math.fma(na2, yq, b2 * xq);
      double vp = d0 * yp + pw0;
      double vq = d0 * yq + qw0;
      pw0 = Math.fma(nc1, vp, d1 * yp + pw1);
      qw0 = Math.fma(nc1, vq, d1 * yq + qw1);
      pw1 = Math.fma(nc2, vp, d2 * yp);
      qw1 = Math.fma(nc2, vq, d2 * yq);
      t0[o] = vp;
      t1[o] = vq;
      i += step;
      o += step;
    }
    st[so] = p0;
    st[so + 1] = p1;
    st[so + 2] = pw0;
    st[so + 3] = pw1;
    st[so + 4] = q0;
    st[so + 5] = q1;
    st[so + 6] = qw0;
    st[so + 7] = qw1;
  }

  /** The whole cascade on one sample; state updated in place. */
  static double sample(double[] c, int sections, double[] st, double x) {
    double v = x;
    for (int s = 0, k = 0, m = 0; s < sections; s++, k += 5, m += 2) {
      double y = c[k] * v + st[m];
      st[m] = Math.fma(c[k + 3], y, c[k + 1] * v + st[m + 1]);
      st[m + 1] = Math.fma(c[k + 4], y, c[k + 2] * v);
      v = y;
    }
    return v;
  }

  /** The whole cascade over a block, sections taken two at a time. */
  static void cascade(
      double[] c, int sections, double[] st,
      double[] src, int srcFrom, double[] dst, int dstFrom, int n, int step) {
    if (n <= 0) {
      return;
    }
    double[] in = src;
    int inFrom = srcFrom;
    for (int s = 0; s < sections; s += 2) {
      if (s + 1 < sections) {
        pair(c, s, st, 2 * s, in, inFrom, dst, dstFrom, n, step);
      } else {
        single(c, s, st, 2 * s, in, inFrom, dst, dstFrom, n, step);
      }
      in = dst;
      inFrom = dstFrom;
    }
  }
}
