package org.gait4j.dsp;

/**
 * Hot loops of second-order-section filtering on primitive doubles.
 *
 * <p><b>Recursion.</b> Each section is direct form II transposed, {@code y = b0 x + z0; z0' = b1 x -
 * a1 y + z1; z1' = b2 x - a2 y}, with {@code y} substituted into the state updates so that the
 * state no longer waits for the output:
 *
 * <pre>
 *   y    = fma(b0, x, z0)
 *   z0'  = fma(-a1, z0, fma(-a2, z0prev, fma(c1, x, p)))     c1 = b1 - a1 b0
 *   p'   = c2 x                                               c2 = b2 - a2 b0
 * </pre>
 *
 * where {@code z0prev} is the previous {@code z0} and {@code p} the previous {@code c2 x}, so that
 * {@code z1 = -a2 z0prev + p}. The loop-carried chain {@code z0 -> z0'} is then a single fused
 * multiply-add (the {@code z0prev} path has two over two samples), against an add and a
 * multiply-add ({@code z0 -> y -> z0'}) in the textbook form; the output {@code y} and the next
 * section hang off the chain. Mathematically this is the same filter; the results differ from
 * SciPy's unfused evaluation only by rounding (measured in the golden tests).
 *
 * <p><b>Layout.</b> Coefficients are packed five per section as {@code b0, c1, c2, -a1, -a2}.
 * State is packed three per section, {@code z0, z0prev, p}; SciPy's state {@code (z0, z1)} is
 * {@code (z0, 0, z1)} in this form. State is read at the start and written back at the end of every
 * call, so a long signal can be processed in blocks, and every kernel (one section, two cascaded
 * sections, two channels interleaved, forward or backward, one sample at a time) applies exactly
 * the same operations per sample and section: all give bit-identical results.
 *
 * <p><b>Loops.</b> Forward kernels read {@code src[srcFrom .. srcFrom+n)} and write {@code
 * dst[dstFrom ..]}; backward kernels read {@code src[srcFrom], src[srcFrom-1], ...} ({@code n}
 * samples) and write {@code dst[dstFrom], dst[dstFrom-1], ...}. Each is a counted loop with unit
 * stride and a loop-invariant offset between source and destination, so the JIT hoists the array
 * bounds checks out of the loop; state lives in local variables. {@code src} and {@code dst} may
 * be the same array when the index sequences coincide.
 */
final class SosKernels {
  private SosKernels() {}

  /** From {@code b0, b1, b2, -a1, -a2} per section to the kernels' {@code b0, c1, c2, -a1, -a2}. */
  static double[] kernelCoefficients(double[] coef, int sections) {
    double[] k = new double[5 * sections];
    for (int s = 0; s < sections; s++) {
      int j = 5 * s;
      double b0 = coef[j];
      k[j] = b0;
      k[j + 1] = Math.fma(coef[j + 3], b0, coef[j + 1]);
      k[j + 2] = Math.fma(coef[j + 4], b0, coef[j + 2]);
      k[j + 3] = coef[j + 3];
      k[j + 4] = coef[j + 4];
    }
    return k;
  }

  /** The whole cascade on one sample; state updated in place. */
  static double sample(double[] c, int sections, double[] st, double x) {
    double v = x;
    for (int s = 0, k = 0, m = 0; s < sections; s++, k += 5, m += 3) {
      double z0 = st[m];
      double y = Math.fma(c[k], v, z0);
      double q = Math.fma(c[k + 4], st[m + 1], Math.fma(c[k + 1], v, st[m + 2]));
      st[m + 2] = c[k + 2] * v;
      st[m + 1] = z0;
      st[m] = Math.fma(c[k + 3], z0, q);
      v = y;
    }
    return v;
  }

  /** The whole cascade forward over a block, sections taken two at a time. */
  static void forward(
      double[] c, int sections, double[] st,
      double[] src, int srcFrom, double[] dst, int dstFrom, int n) {
    if (n <= 0) {
      return;
    }
    double[] in = src;
    int inFrom = srcFrom;
    for (int s = 0; s < sections; s += 2) {
      if (s + 1 < sections) {
        pairForward(c, s, st, 3 * s, in, inFrom, dst, dstFrom, n);
      } else {
        singleForward(c, s, st, 3 * s, in, inFrom, dst, dstFrom, n);
      }
      in = dst;
      inFrom = dstFrom;
    }
  }

  /** The whole cascade backward over a block (from {@code srcFrom} down), two sections at a time. */
  static void backward(
      double[] c, int sections, double[] st,
      double[] src, int srcFrom, double[] dst, int dstFrom, int n) {
    if (n <= 0) {
      return;
    }
    double[] in = src;
    int inFrom = srcFrom;
    for (int s = 0; s < sections; s += 2) {
      if (s + 1 < sections) {
        pairBackward(c, s, st, 3 * s, in, inFrom, dst, dstFrom, n);
      } else {
        singleBackward(c, s, st, 3 * s, in, inFrom, dst, dstFrom, n);
      }
      in = dst;
      inFrom = dstFrom;
    }
  }


  /** One section; state at {@code st[so..so+2]}. */
  static void singleForward(
      double[] c, int s, double[] st, int so,
      double[] src, int srcFrom, double[] dst, int dstFrom, int n) {
    final int k = 5 * s;
    final double b0 = c[k];
    final double c1 = c[k + 1];
    final double c2 = c[k + 2];
    final double na1 = c[k + 3];
    final double na2 = c[k + 4];
    double z = st[so];
    double zp = st[so + 1];
    double p = st[so + 2];
    final int off = dstFrom - srcFrom;
    for (int i = srcFrom, end = srcFrom + n; i < end; i++) {
      double x = src[i];
      double y = Math.fma(b0, x, z);
      double qy = Math.fma(na2, zp, Math.fma(c1, x, p));
      p = c2 * x;
      zp = z;
      z = Math.fma(na1, z, qy);
      dst[i + off] = y;
    }
    st[so] = z;
    st[so + 1] = zp;
    st[so + 2] = p;
  }

  /** One section; state at {@code st[so..so+2]}. */
  static void singleBackward(
      double[] c, int s, double[] st, int so,
      double[] src, int srcFrom, double[] dst, int dstFrom, int n) {
    final int k = 5 * s;
    final double b0 = c[k];
    final double c1 = c[k + 1];
    final double c2 = c[k + 2];
    final double na1 = c[k + 3];
    final double na2 = c[k + 4];
    double z = st[so];
    double zp = st[so + 1];
    double p = st[so + 2];
    final int off = dstFrom - srcFrom;
    for (int i = srcFrom, end = srcFrom - n; i > end; i--) {
      double x = src[i];
      double y = Math.fma(b0, x, z);
      double qy = Math.fma(na2, zp, Math.fma(c1, x, p));
      p = c2 * x;
      zp = z;
      z = Math.fma(na1, z, qy);
      dst[i + off] = y;
    }
    st[so] = z;
    st[so + 1] = zp;
    st[so + 2] = p;
  }

  /**
   * Sections {@code s} and {@code s+1} in cascade in one loop (the second works on the first's
   * output of the same sample; the out-of-order core overlaps their chains). State at {@code
   * st[so..so+5]}.
   */
  static void pairForward(
      double[] c, int s, double[] st, int so,
      double[] src, int srcFrom, double[] dst, int dstFrom, int n) {
    final int k = 5 * s;
    final double b0 = c[k];
    final double c1 = c[k + 1];
    final double c2 = c[k + 2];
    final double na1 = c[k + 3];
    final double na2 = c[k + 4];
    final double d0 = c[k + 5];
    final double e1 = c[k + 6];
    final double e2 = c[k + 7];
    final double nc1 = c[k + 8];
    final double nc2 = c[k + 9];
    double z = st[so];
    double zp = st[so + 1];
    double p = st[so + 2];
    double w = st[so + 3];
    double wp = st[so + 4];
    double r = st[so + 5];
    final int off = dstFrom - srcFrom;
    for (int i = srcFrom, end = srcFrom + n; i < end; i++) {
      double x = src[i];
      double y = Math.fma(b0, x, z);
      double qy = Math.fma(na2, zp, Math.fma(c1, x, p));
      p = c2 * x;
      zp = z;
      z = Math.fma(na1, z, qy);
      double v = Math.fma(d0, y, w);
      double qv = Math.fma(nc2, wp, Math.fma(e1, y, r));
      r = e2 * y;
      wp = w;
      w = Math.fma(nc1, w, qv);
      dst[i + off] = v;
    }
    st[so] = z;
    st[so + 1] = zp;
    st[so + 2] = p;
    st[so + 3] = w;
    st[so + 4] = wp;
    st[so + 5] = r;
  }

  /**
   * Sections {@code s} and {@code s+1} in cascade in one loop (the second works on the first's
   * output of the same sample; the out-of-order core overlaps their chains). State at {@code
   * st[so..so+5]}.
   */
  static void pairBackward(
      double[] c, int s, double[] st, int so,
      double[] src, int srcFrom, double[] dst, int dstFrom, int n) {
    final int k = 5 * s;
    final double b0 = c[k];
    final double c1 = c[k + 1];
    final double c2 = c[k + 2];
    final double na1 = c[k + 3];
    final double na2 = c[k + 4];
    final double d0 = c[k + 5];
    final double e1 = c[k + 6];
    final double e2 = c[k + 7];
    final double nc1 = c[k + 8];
    final double nc2 = c[k + 9];
    double z = st[so];
    double zp = st[so + 1];
    double p = st[so + 2];
    double w = st[so + 3];
    double wp = st[so + 4];
    double r = st[so + 5];
    final int off = dstFrom - srcFrom;
    for (int i = srcFrom, end = srcFrom - n; i > end; i--) {
      double x = src[i];
      double y = Math.fma(b0, x, z);
      double qy = Math.fma(na2, zp, Math.fma(c1, x, p));
      p = c2 * x;
      zp = z;
      z = Math.fma(na1, z, qy);
      double v = Math.fma(d0, y, w);
      double qv = Math.fma(nc2, wp, Math.fma(e1, y, r));
      r = e2 * y;
      wp = w;
      w = Math.fma(nc1, w, qv);
      dst[i + off] = v;
    }
    st[so] = z;
    st[so + 1] = zp;
    st[so + 2] = p;
    st[so + 3] = w;
    st[so + 4] = wp;
    st[so + 5] = r;
  }

  /** One section over two channels interleaved; state of channel {@code q} at {@code st[so+3q..]}. */
  static void single2Forward(
      double[] c, int s, double[] st, int so,
      double[] srca, double[] srcb, int srcFrom, double[] dsta, double[] dstb, int dstFrom, int n) {
    final int k = 5 * s;
    final double b0 = c[k];
    final double c1 = c[k + 1];
    final double c2 = c[k + 2];
    final double na1 = c[k + 3];
    final double na2 = c[k + 4];
    double za = st[so];
    double zpa = st[so + 1];
    double pa = st[so + 2];
    double zb = st[so + 3];
    double zpb = st[so + 4];
    double pb = st[so + 5];
    final int off = dstFrom - srcFrom;
    for (int i = srcFrom, end = srcFrom + n; i < end; i++) {
      double xa = srca[i];
      double xb = srcb[i];
      double ya = Math.fma(b0, xa, za);
      double qya = Math.fma(na2, zpa, Math.fma(c1, xa, pa));
      pa = c2 * xa;
      zpa = za;
      za = Math.fma(na1, za, qya);
      double yb = Math.fma(b0, xb, zb);
      double qyb = Math.fma(na2, zpb, Math.fma(c1, xb, pb));
      pb = c2 * xb;
      zpb = zb;
      zb = Math.fma(na1, zb, qyb);
      dsta[i + off] = ya;
      dstb[i + off] = yb;
    }
    st[so] = za;
    st[so + 1] = zpa;
    st[so + 2] = pa;
    st[so + 3] = zb;
    st[so + 4] = zpb;
    st[so + 5] = pb;
  }

  /** One section over two channels interleaved; state of channel {@code q} at {@code st[so+3q..]}. */
  static void single2Backward(
      double[] c, int s, double[] st, int so,
      double[] srca, double[] srcb, int srcFrom, double[] dsta, double[] dstb, int dstFrom, int n) {
    final int k = 5 * s;
    final double b0 = c[k];
    final double c1 = c[k + 1];
    final double c2 = c[k + 2];
    final double na1 = c[k + 3];
    final double na2 = c[k + 4];
    double za = st[so];
    double zpa = st[so + 1];
    double pa = st[so + 2];
    double zb = st[so + 3];
    double zpb = st[so + 4];
    double pb = st[so + 5];
    final int off = dstFrom - srcFrom;
    for (int i = srcFrom, end = srcFrom - n; i > end; i--) {
      double xa = srca[i];
      double xb = srcb[i];
      double ya = Math.fma(b0, xa, za);
      double qya = Math.fma(na2, zpa, Math.fma(c1, xa, pa));
      pa = c2 * xa;
      zpa = za;
      za = Math.fma(na1, za, qya);
      double yb = Math.fma(b0, xb, zb);
      double qyb = Math.fma(na2, zpb, Math.fma(c1, xb, pb));
      pb = c2 * xb;
      zpb = zb;
      zb = Math.fma(na1, zb, qyb);
      dsta[i + off] = ya;
      dstb[i + off] = yb;
    }
    st[so] = za;
    st[so + 1] = zpa;
    st[so + 2] = pa;
    st[so + 3] = zb;
    st[so + 4] = zpb;
    st[so + 5] = pb;
  }

  /**
   * Sections {@code s} and {@code s+1} over two channels interleaved: four independent chains.
   * State of channel {@code q} at {@code st[so+6q..so+6q+5]} (as in {@code pair}).
   */
  static void pair2Forward(
      double[] c, int s, double[] st, int so,
      double[] srca, double[] srcb, int srcFrom, double[] dsta, double[] dstb, int dstFrom, int n) {
    final int k = 5 * s;
    final double b0 = c[k];
    final double c1 = c[k + 1];
    final double c2 = c[k + 2];
    final double na1 = c[k + 3];
    final double na2 = c[k + 4];
    final double d0 = c[k + 5];
    final double e1 = c[k + 6];
    final double e2 = c[k + 7];
    final double nc1 = c[k + 8];
    final double nc2 = c[k + 9];
    double za = st[so];
    double zpa = st[so + 1];
    double pa = st[so + 2];
    double wa = st[so + 3];
    double wpa = st[so + 4];
    double ra = st[so + 5];
    double zb = st[so + 6];
    double zpb = st[so + 7];
    double pb = st[so + 8];
    double wb = st[so + 9];
    double wpb = st[so + 10];
    double rb = st[so + 11];
    final int off = dstFrom - srcFrom;
    for (int i = srcFrom, end = srcFrom + n; i < end; i++) {
      double xa = srca[i];
      double xb = srcb[i];
      double ya = Math.fma(b0, xa, za);
      double qya = Math.fma(na2, zpa, Math.fma(c1, xa, pa));
      pa = c2 * xa;
      zpa = za;
      za = Math.fma(na1, za, qya);
      double yb = Math.fma(b0, xb, zb);
      double qyb = Math.fma(na2, zpb, Math.fma(c1, xb, pb));
      pb = c2 * xb;
      zpb = zb;
      zb = Math.fma(na1, zb, qyb);
      double va = Math.fma(d0, ya, wa);
      double qva = Math.fma(nc2, wpa, Math.fma(e1, ya, ra));
      ra = e2 * ya;
      wpa = wa;
      wa = Math.fma(nc1, wa, qva);
      double vb = Math.fma(d0, yb, wb);
      double qvb = Math.fma(nc2, wpb, Math.fma(e1, yb, rb));
      rb = e2 * yb;
      wpb = wb;
      wb = Math.fma(nc1, wb, qvb);
      dsta[i + off] = va;
      dstb[i + off] = vb;
    }
    st[so] = za;
    st[so + 1] = zpa;
    st[so + 2] = pa;
    st[so + 3] = wa;
    st[so + 4] = wpa;
    st[so + 5] = ra;
    st[so + 6] = zb;
    st[so + 7] = zpb;
    st[so + 8] = pb;
    st[so + 9] = wb;
    st[so + 10] = wpb;
    st[so + 11] = rb;
  }

  /**
   * Sections {@code s} and {@code s+1} over two channels interleaved: four independent chains.
   * State of channel {@code q} at {@code st[so+6q..so+6q+5]} (as in {@code pair}).
   */
  static void pair2Backward(
      double[] c, int s, double[] st, int so,
      double[] srca, double[] srcb, int srcFrom, double[] dsta, double[] dstb, int dstFrom, int n) {
    final int k = 5 * s;
    final double b0 = c[k];
    final double c1 = c[k + 1];
    final double c2 = c[k + 2];
    final double na1 = c[k + 3];
    final double na2 = c[k + 4];
    final double d0 = c[k + 5];
    final double e1 = c[k + 6];
    final double e2 = c[k + 7];
    final double nc1 = c[k + 8];
    final double nc2 = c[k + 9];
    double za = st[so];
    double zpa = st[so + 1];
    double pa = st[so + 2];
    double wa = st[so + 3];
    double wpa = st[so + 4];
    double ra = st[so + 5];
    double zb = st[so + 6];
    double zpb = st[so + 7];
    double pb = st[so + 8];
    double wb = st[so + 9];
    double wpb = st[so + 10];
    double rb = st[so + 11];
    final int off = dstFrom - srcFrom;
    for (int i = srcFrom, end = srcFrom - n; i > end; i--) {
      double xa = srca[i];
      double xb = srcb[i];
      double ya = Math.fma(b0, xa, za);
      double qya = Math.fma(na2, zpa, Math.fma(c1, xa, pa));
      pa = c2 * xa;
      zpa = za;
      za = Math.fma(na1, za, qya);
      double yb = Math.fma(b0, xb, zb);
      double qyb = Math.fma(na2, zpb, Math.fma(c1, xb, pb));
      pb = c2 * xb;
      zpb = zb;
      zb = Math.fma(na1, zb, qyb);
      double va = Math.fma(d0, ya, wa);
      double qva = Math.fma(nc2, wpa, Math.fma(e1, ya, ra));
      ra = e2 * ya;
      wpa = wa;
      wa = Math.fma(nc1, wa, qva);
      double vb = Math.fma(d0, yb, wb);
      double qvb = Math.fma(nc2, wpb, Math.fma(e1, yb, rb));
      rb = e2 * yb;
      wpb = wb;
      wb = Math.fma(nc1, wb, qvb);
      dsta[i + off] = va;
      dstb[i + off] = vb;
    }
    st[so] = za;
    st[so + 1] = zpa;
    st[so + 2] = pa;
    st[so + 3] = wa;
    st[so + 4] = wpa;
    st[so + 5] = ra;
    st[so + 6] = zb;
    st[so + 7] = zpb;
    st[so + 8] = pb;
    st[so + 9] = wb;
    st[so + 10] = wpb;
    st[so + 11] = rb;
  }
}
