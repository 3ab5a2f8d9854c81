package org.gait4j.dsp;

/**
 * A complex number with exactly the floating-point operation order NumPy (1.24) and glibc use, so
 * that a filter design reproduces SciPy's poles, zeros and gain to the last bit or close to it.
 *
 * <p>Only used while designing filters, never on the filtering hot path.
 */
record Complex(double re, double im) {

  static final Complex ZERO = new Complex(0.0, 0.0);

  static Complex real(double re) {
    return new Complex(re, 0.0);
  }

  boolean isReal() {
    return im == 0.0;
  }

  Complex conj() {
    return new Complex(re, -im);
  }

  Complex negate() {
    return new Complex(-re, -im);
  }

  Complex plus(Complex o) {
    return new Complex(re + o.re, im + o.im);
  }

  Complex minus(Complex o) {
    return new Complex(re - o.re, im - o.im);
  }

  /** Textbook product: four rounded products, no fused multiply-add (as NumPy's C loop). */
  Complex times(Complex o) {
    return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
  }

  /** Smith's division with NumPy's branch structure (scale by the larger part of the divisor). */
  Complex div(Complex o) {
    double br = o.re;
    double bi = o.im;
    if (Math.abs(br) >= Math.abs(bi)) {
      if (br == 0.0 && bi == 0.0) {
        return new Complex(re / Math.abs(br), im / Math.abs(bi));
      }
      double rat = bi / br;
      double scl = 1.0 / (br + bi * rat);
      return new Complex((re + im * rat) * scl, (im - re * rat) * scl);
    }
    double rat = br / bi;
    double scl = 1.0 / (bi + br * rat);
    return new Complex((re * rat + im) * scl, (im * rat - re) * scl);
  }

  /** Modulus, {@code hypot(re, im)}. */
  double abs() {
    return Math.hypot(re, im);
  }

  /** {@code this * this} as NumPy's {@code square} loop. */
  Complex square() {
    return new Complex(re * re - im * im, re * im + im * re);
  }

  /**
   * Principal square root in glibc's {@code csqrt} formulation (half-angle identities chosen to
   * avoid cancellation). The rescaling glibc applies near overflow and underflow is omitted: filter
   * design values are far from both.
   */
  Complex sqrt() {
    if (im == 0.0) {
      if (re < 0.0) {
        return new Complex(0.0, Math.copySign(Math.sqrt(-re), im));
      }
      return new Complex(Math.abs(Math.sqrt(re)), Math.copySign(0.0, im));
    }
    if (re == 0.0) {
      double r =
          Math.abs(im) >= 2.0 * Double.MIN_NORMAL
              ? Math.sqrt(0.5 * Math.abs(im))
              : 0.5 * Math.sqrt(2.0 * Math.abs(im));
      return new Complex(r, Math.copySign(r, im));
    }
    double d = Math.hypot(re, im);
    double r;
    double s;
    if (re > 0.0) {
      r = Math.sqrt(0.5 * (d + re));
      s = 0.5 * (im / r);
    } else {
      s = Math.sqrt(0.5 * (d - re));
      r = Math.abs(0.5 * (im / s));
    }
    return new Complex(r, Math.copySign(s, im));
  }

  /** Sequential product of all values, left to right (NumPy's {@code prod}); 1 when empty. */
  static Complex product(java.util.List<Complex> values) {
    if (values.isEmpty()) {
      return real(1.0);
    }
    Complex acc = values.get(0);
    for (int i = 1; i < values.size(); i++) {
      acc = acc.times(values.get(i));
    }
    return acc;
  }
}
