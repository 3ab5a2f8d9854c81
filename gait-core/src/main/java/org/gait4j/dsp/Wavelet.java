package org.gait4j.dsp;

/**
 * Real mother wavelets for {@link ContinuousWaveletTransform}.
 *
 * <p>{@code GAUS1..GAUS8} are the derivatives of order 1..8 of the Gaussian {@code exp(-t²)},
 * normalised to unit energy, exactly as PyWavelets' {@code 'gaus1'..'gaus8'}, including its signs (e.g. {@code gaus2}
 * is {@code -(2t² - 1) e^{-t²}}, a Mexican hat) and its support [-5, 5]. Their scale is
 * PyWavelets' scale: a scale {@code s} stretches the support [-5, 5] to {@code 10 s} samples.
 *
 * <p>{@code RICKER} is SciPy's Ricker (Mexican hat) wavelet {@code A (1 - t²/a²) exp(-t²/(2a²))},
 * {@code A = 2 / (sqrt(3a) π^¼)}, with SciPy's width {@code a} (samples) taking the role of the
 * scale and a support of {@code min(10a, n)} samples.
 */
public enum Wavelet {
  /** First derivative of a Gaussian (PyWavelets {@code gaus1}). */
  GAUS1(1),
  /** Second derivative of a Gaussian (PyWavelets {@code gaus2}); used by McCamley 2012. */
  GAUS2(2),
  /** Third derivative of a Gaussian (PyWavelets {@code gaus3}). */
  GAUS3(3),
  /** Fourth derivative of a Gaussian (PyWavelets {@code gaus4}). */
  GAUS4(4),
  /** Fifth derivative of a Gaussian (PyWavelets {@code gaus5}). */
  GAUS5(5),
  /** Sixth derivative of a Gaussian (PyWavelets {@code gaus6}). */
  GAUS6(6),
  /** Seventh derivative of a Gaussian (PyWavelets {@code gaus7}). */
  GAUS7(7),
  /** Eighth derivative of a Gaussian (PyWavelets {@code gaus8}). */
  GAUS8(8),
  /** Ricker / Mexican hat as in {@code scipy.signal.ricker}, scale = SciPy's width. */
  RICKER(0);

  private final int gaussianOrder;

  Wavelet(int gaussianOrder) {
    this.gaussianOrder = gaussianOrder;
  }

  /** Derivative order of the Gaussian, 1..8; 0 for {@link #RICKER}. */
  int gaussianOrder() {
    return gaussianOrder;
  }

  /**
   * The wavelet {@code psi(t)} as PyWavelets evaluates it for {@code gausN}; only for {@code
   * GAUS1..GAUS8}.
   */
  double gaus(double x) {
    double e = Math.exp(-x * x);
    double c = Math.sqrt(Math.PI / 2.0);
    double x2 = x * x;
    switch (gaussianOrder) {
      case 1:
        return -2.0 * x * e / Math.sqrt(c);
      case 2:
        return -2.0 * (2.0 * x2 - 1.0) * e / Math.sqrt(3.0 * c);
      case 3:
        return -4.0 * (-2.0 * x2 * x + 3.0 * x) * e / Math.sqrt(15.0 * c);
      case 4:
        return 4.0 * (-12.0 * x2 + 4.0 * x2 * x2 + 3.0) * e / Math.sqrt(105.0 * c);
      case 5:
        return 8.0 * (-4.0 * x2 * x2 * x + 20.0 * x2 * x - 15.0 * x) * e / Math.sqrt(945.0 * c);
      case 6:
        return -8.0 * (8.0 * x2 * x2 * x2 - 60.0 * x2 * x2 + 90.0 * x2 - 15.0) * e
            / Math.sqrt(10395.0 * c);
      case 7:
        return -16.0 * (-8.0 * x2 * x2 * x2 * x + 84.0 * x2 * x2 * x - 210.0 * x2 * x + 105.0 * x)
            * e / Math.sqrt(135135.0 * c);
      case 8:
        return 16.0
            * (16.0 * x2 * x2 * x2 * x2 - 224.0 * x2 * x2 * x2 + 840.0 * x2 * x2 - 840.0 * x2 + 105.0)
            * e / Math.sqrt(2027025.0 * c);
      default:
        throw new IllegalStateException(this + " is not a Gaussian derivative");
    }
  }
}
