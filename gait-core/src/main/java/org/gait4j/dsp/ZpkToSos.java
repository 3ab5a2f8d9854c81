package org.gait4j.dsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the zeros and poles of a digital filter into second-order sections with the "nearest"
 * pairing rule, reproducing the section order and gain placement of SciPy's {@code zpk2sos} (the
 * default for digital filters):
 *
 * <ol>
 *   <li>pad poles or zeros with values at the origin until both counts are equal and even;
 *   <li>keep one member of every complex-conjugate pair (averaging the two to remove rounding
 *       asymmetry), sorted by real part then by |imaginary part|, followed by the real values;
 *   <li>fill the sections from the last to the first: each takes the remaining pole closest to the
 *       unit circle (with its conjugate, or the next real pole closest to the circle) and the
 *       zero(s) nearest to that pole, so the poles closest to the circle end up in the last
 *       sections;
 *   <li>multiply the first section's numerator by the overall gain.
 * </ol>
 */
final class ZpkToSos {
  private ZpkToSos() {}

  /** Relative tolerance deciding that a value is real or that two real parts coincide. */
  private static final double TOL = 100 * Math.ulp(1.0);

  /** Row-major sections {@code b0 b1 b2 a0 a1 a2}. */
  static double[][] convert(List<Complex> zeros, List<Complex> poles, double gain) {
    List<Complex> z = new ArrayList<>(zeros);
    List<Complex> p = new ArrayList<>(poles);
    if (z.isEmpty() && p.isEmpty()) {
      return new double[][] {{gain, 0, 0, 1, 0, 0}};
    }
    while (p.size() < z.size()) {
      p.add(Complex.ZERO);
    }
    while (z.size() < p.size()) {
      z.add(Complex.ZERO);
    }
    int sections = (p.size() + 1) / 2;
    if (p.size() % 2 == 1) {
      p.add(Complex.ZERO);
      z.add(Complex.ZERO);
    }
    z = conjugatePairsThenReals(z);
    p = conjugatePairsThenReals(p);

    double[][] sos = new double[sections][];
    for (int si = sections - 1; si >= 0; si--) {
      Complex p1 = p.remove(worst(p));
      if (p1.isReal() && countReal(p) == 0) {
        Complex z1 = z.remove(nearest(z, p1, Which.REAL));
        sos[si] = section(List.of(z1, Complex.ZERO), List.of(p1, Complex.ZERO));
      } else if (p.size() + 1 == z.size()
          && !p1.isReal()
          && countReal(p) == 1
          && countReal(z) == 1) {
        Complex z1 = z.remove(nearest(z, p1, Which.COMPLEX));
        sos[si] = section(List.of(z1, z1.conj()), List.of(p1, p1.conj()));
      } else {
        Complex p2;
        if (p1.isReal()) {
          List<Integer> realIdx = new ArrayList<>();
          List<Complex> reals = new ArrayList<>();
          for (int i = 0; i < p.size(); i++) {
            if (p.get(i).isReal()) {
              realIdx.add(i);
              reals.add(p.get(i));
            }
          }
          p2 = p.remove((int) realIdx.get(worst(reals)));
        } else {
          p2 = p1.conj();
        }
        if (!z.isEmpty()) {
          Complex z1 = z.remove(nearest(z, p1, Which.ANY));
          if (!z1.isReal()) {
            sos[si] = section(List.of(z1, z1.conj()), List.of(p1, p2));
          } else if (!z.isEmpty()) {
            Complex z2 = z.remove(nearest(z, p1, Which.REAL));
            sos[si] = section(List.of(z1, z2), List.of(p1, p2));
          } else {
            sos[si] = section(List.of(z1), List.of(p1, p2));
          }
        } else {
          sos[si] = section(List.of(), List.of(p1, p2));
        }
      }
    }
    for (int j = 0; j < 3; j++) {
      sos[0][j] *= gain;
    }
    return sos;
  }

  private enum Which {
    REAL,
    COMPLEX,
    ANY
  }

  private static int countReal(List<Complex> values) {
    int n = 0;
    for (Complex c : values) {
      if (c.isReal()) {
        n++;
      }
    }
    return n;
  }

  /** Index of the value closest to the unit circle; the first one on ties. */
  private static int worst(List<Complex> values) {
    int best = -1;
    double bestDist = Double.POSITIVE_INFINITY;
    for (int i = 0; i < values.size(); i++) {
      double d = Math.abs(1.0 - values.get(i).abs());
      if (best < 0 || d < bestDist) {
        best = i;
        bestDist = d;
      }
    }
    return best;
  }

  /** Index of the value of the requested kind nearest to {@code to}; the first one on ties. */
  private static int nearest(List<Complex> from, Complex to, Which which) {
    int best = -1;
    double bestDist = Double.POSITIVE_INFINITY;
    for (int i = 0; i < from.size(); i++) {
      Complex c = from.get(i);
      boolean ok = which == Which.ANY || (which == Which.REAL) == c.isReal();
      if (!ok) {
        continue;
      }
      double d = c.minus(to).abs();
      if (best < 0 || d < bestDist) {
        best = i;
        bestDist = d;
      }
    }
    if (best < 0) {
      throw new IllegalStateException("no " + which + " value left to pair with " + to);
    }
    return best;
  }

  /** Numerator and denominator of one section from up to two zeros and two poles. */
  private static double[] section(List<Complex> zs, List<Complex> ps) {
    double[] b = poly(zs);
    double[] a = poly(ps);
    double[] row = new double[6];
    System.arraycopy(b, 0, row, 3 - b.length, b.length);
    System.arraycopy(a, 0, row, 6 - a.length, a.length);
    return row;
  }

  /** Monic polynomial with the given roots (at most two, real or a conjugate pair): real parts. */
  private static double[] poly(List<Complex> roots) {
    switch (roots.size()) {
      case 0:
        return new double[] {1.0};
      case 1:
        return new double[] {1.0, -roots.get(0).re()};
      case 2:
        Complex r1 = roots.get(0).negate();
        Complex r2 = roots.get(1).negate();
        return new double[] {1.0, r2.re() + r1.re(), r1.times(r2).re()};
      default:
        throw new IllegalArgumentException("a section has at most two roots");
    }
  }

  private static final Comparator<Complex> BY_REAL_THEN_ABS_IMAG =
      (u, v) -> {
        int c = compare(u.re(), v.re());
        return c != 0 ? c : compare(Math.abs(u.im()), Math.abs(v.im()));
      };

  /** Numeric comparison treating -0.0 and 0.0 as equal (unlike {@link Double#compare}). */
  private static int compare(double u, double v) {
    return u < v ? -1 : (u > v ? 1 : 0);
  }

  /**
   * One member (positive imaginary part) of each conjugate pair, then the real values with their
   * imaginary parts dropped, as SciPy's {@code _cplxreal}.
   */
  static List<Complex> conjugatePairsThenReals(List<Complex> values) {
    List<Complex> z = new ArrayList<>(values);
    z.sort(BY_REAL_THEN_ABS_IMAG); // List.sort is stable, like lexsort
    List<Complex> reals = new ArrayList<>();
    List<Complex> pos = new ArrayList<>();
    List<Complex> neg = new ArrayList<>();
    for (Complex c : z) {
      if (Math.abs(c.im()) <= TOL * c.abs()) {
        reals.add(Complex.real(c.re()));
      } else if (c.im() > 0) {
        pos.add(c);
      } else {
        neg.add(c);
      }
    }
    if (pos.size() != neg.size()) {
      throw new IllegalArgumentException("complex value without matching conjugate");
    }
    // runs of (nearly) equal real parts are ordered by |imaginary part|
    int n = pos.size();
    int i = 0;
    while (i < n - 1) {
      if (pos.get(i + 1).re() - pos.get(i).re() <= TOL * pos.get(i).abs()) {
        int start = i;
        while (i < n - 1 && pos.get(i + 1).re() - pos.get(i).re() <= TOL * pos.get(i).abs()) {
          i++;
        }
        Comparator<Complex> byAbsImag = (u, v) -> compare(Math.abs(u.im()), Math.abs(v.im()));
        pos.subList(start, i + 1).sort(byAbsImag);
        neg.subList(start, i + 1).sort(byAbsImag);
      }
      i++;
    }
    List<Complex> out = new ArrayList<>(n + reals.size());
    for (int k = 0; k < n; k++) {
      Complex zp = pos.get(k);
      Complex zn = neg.get(k);
      if (zp.minus(zn.conj()).abs() > TOL * zn.abs()) {
        throw new IllegalArgumentException("complex value without matching conjugate");
      }
      out.add(zp.plus(zn.conj()).div(Complex.real(2.0)));
    }
    out.addAll(reals);
    return out;
  }
}
