package org.gait4j.dsp;

import org.gait4j.internal.Checks;

/**
 * Continuous wavelet transform (CWT) of a uniformly sampled signal with a real wavelet, reproducing
 * the discretisations of PyWavelets ({@code pywt.cwt}, Gaussian derivatives) and SciPy ({@code
 * scipy.signal.cwt}, Ricker) exactly, so that published event detectors tuned on those libraries
 * behave the same here.
 *
 * <h2>Signal expected</h2>
 *
 * Any scalar series. For lower-back IMU gait events (McCamley et al. 2012; Pham et al. 2017) it is
 * the vertical acceleration (m/s², gravity removed) integrated once over time, transformed with
 * {@link Wavelet#GAUS1}/{@link Wavelet#GAUS2} at one scale of roughly a tenth of a step; initial
 * contacts are minima of the result, final contacts maxima of a second transform. Scales are in
 * samples, so choose them from the sampling rate: PyWavelets' pseudo-frequency of a {@code gausN}
 * scale {@code s} is {@code pywt.scale2frequency(gausN, s) * fs}.
 *
 * <h2>Algorithm</h2>
 *
 * Gaussian derivatives (as {@code pywt.cwt(x, scales, 'gausN', method='conv')}, PyWavelets 1.1.1):
 *
 * <ol>
 *   <li>Once per wavelet: {@code psi} is sampled at 1024 = 2<sup>10</sup> points evenly spaced on
 *       [-5, 5] and integrated by a running (rectangle-rule) sum, {@code Ψ[k] = Δ Σ_{q<=k} psi[q]}.
 *   <li>Per scale {@code s}: the integrated wavelet is resampled at {@code j_k = floor(k / (s Δ))},
 *       {@code k = 0 .. ceil(10 s + 1) - 1} (indices beyond 1023 dropped), and reversed, giving a
 *       filter of {@code L} taps.
 *   <li>The signal is fully convolved with that filter; the first difference of the convolution
 *       times {@code -sqrt(s)} approximates the correlation with {@code psi(t/s)/sqrt(s)}; the
 *       {@code n} central values are kept (dropping {@code floor((L-2)/2)} at the start).
 * </ol>
 *
 * Ricker (as {@code scipy.signal.cwt(x, scipy.signal.ricker, widths)}, SciPy 1.10.1): for width
 * {@code a} the wavelet is sampled at {@code N = ceil(min(10a, n))} integer-spaced points centred on
 * the support, and the signal is convolved with it, keeping the centred {@code n} outputs ("same").
 *
 * <p>Convolution is direct, O(n · L) per scale: fine for gait use (L ≤ 10 s + 1 ≈ a few hundred
 * samples). Four neighbouring outputs are summed together (each in the order of a plain loop, so
 * the values are those of the one-at-a-time sum), about four times faster than one at a time.
 * An FFT path for very long signals at large scales is future work.
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>The signal is implicitly zero outside [0, n): coefficients within half a support of either
 *       end are affected (the cone of influence, Torrence &amp; Compo 1998, §3g). Detrend first.
 *   <li>Gaussian scales must be large enough to give at least 2 filter taps ({@code s >= 0.1} always
 *       suffices), as PyWavelets requires; smaller scales are rejected.
 *   <li>NaN or infinite samples are rejected: a convolution would spread them over a whole support.
 * </ul>
 *
 * <h2>Thread-safety</h2>
 *
 * Immutable and thread-safe; the integrated wavelet tables are built once per class load. Inputs
 * are not modified; each result is a new immutable {@link CwtResult}.
 *
 * <p>References: C. Torrence and G. P. Compo, "A Practical Guide to Wavelet Analysis", Bulletin of
 * the American Meteorological Society 79(1):61–78, 1998, DOI
 * 10.1175/1520-0477(1998)079&lt;0061:APGTWA&gt;2.0.CO;2. J. McCamley, M. Donati, E. Grimpampi and C.
 * Mazzà, "An enhanced estimate of initial contact and final contact instants of time using lower
 * trunk inertial sensor data", Gait &amp; Posture 36(2):316–318, 2012, DOI
 * 10.1016/j.gaitpost.2012.02.019. G. R. Lee et al., "PyWavelets: A Python package for wavelet
 * analysis", JOSS 4(36):1237, 2019, DOI 10.21105/joss.01237.
 */
public final class ContinuousWaveletTransform {

  private static final int GRID = 1024; // 2^precision, precision = 10 as in pywt.cwt

  /** Integrated Gaussian-derivative wavelets, index = order - 1. */
  private static final double[][] INTEGRATED = new double[8][];

  /** Spacing of the 1024-point grid, computed as NumPy's linspace does (x[1] - x[0]). */
  private static final double STEP;

  static {
    double lower = -5.0;
    double upper = 5.0;
    double linStep = (upper - lower) / (GRID - 1);
    double[] grid = new double[GRID];
    for (int k = 0; k < GRID; k++) {
      grid[k] = k * linStep + lower;
    }
    grid[GRID - 1] = upper;
    STEP = grid[1] - grid[0];
    for (Wavelet w : Wavelet.values()) {
      if (w.gaussianOrder() == 0) {
        continue;
      }
      double[] integral = new double[GRID];
      double sum = 0;
      for (int k = 0; k < GRID; k++) {
        sum += w.gaus(grid[k]);
        integral[k] = sum * STEP;
      }
      INTEGRATED[w.gaussianOrder() - 1] = integral;
    }
  }

  private final Wavelet wavelet;

  private ContinuousWaveletTransform(Wavelet wavelet) {
    this.wavelet = wavelet;
  }

  /** A transform with {@code wavelet}. */
  public static ContinuousWaveletTransform of(Wavelet wavelet) {
    return new ContinuousWaveletTransform(Checks.notNull(wavelet, "wavelet"));
  }

  /** The wavelet. */
  public Wavelet wavelet() {
    return wavelet;
  }

  /**
   * Transforms {@code x} at each of {@code scales}.
   *
   * @param x the signal; not modified
   * @param scales scales in samples (PyWavelets scales for {@code GAUSn}, SciPy widths for {@code
   *     RICKER}), each finite and {@code > 0}; not modified
   * @return coefficients, one row per scale in the given order
   * @throws IllegalArgumentException if {@code x} is empty or not finite, no scale is given, a scale
   *     is not positive, or a Gaussian scale is too small to give 2 filter taps
   */
  public CwtResult transform(double[] x, double... scales) {
    Checks.notNull(x, "x");
    Checks.notNull(scales, "scales");
    int n = x.length;
    Checks.requireArgument(n > 0, "x must not be empty");
    Checks.requireArgument(scales.length > 0, "at least one scale is needed");
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(x[i])) { // not Checks.requireArgument: no boxing per sample
        Checks.requireArgument(false, "x[%d] (%s) must be finite", i, x[i]);
      }
    }
    double[] s = scales.clone();
    for (int i = 0; i < s.length; i++) {
      Checks.positive(s[i], "scales[" + i + "]");
    }
    double[] out = new double[s.length * n];
    for (int i = 0; i < s.length; i++) {
      if (wavelet == Wavelet.RICKER) {
        ricker(x, s[i], out, i * n);
      } else {
        gaussian(x, s[i], out, i * n);
      }
    }
    return new CwtResult(wavelet, s, n, out);
  }

  /**
   * The transform at one scale as an FIR filter, for streaming use: away from the ends of a signal
   * {@code x} (within {@code lead} and {@code k.length - 1 - lead} samples of them, where {@link
   * #transform} pads with zeros), {@code transform(x, scale)} is {@code out[i] = Σ_j k[j] x[i +
   * lead - j]} with {@code k} the returned kernel and {@code lead = (k.length - 1) / 2}: an output
   * needs {@code lead} samples after it. The sums are ordered differently from {@link #transform},
   * so values agree to rounding. The kernel sums to zero.
   *
   * @param scale scale in samples (PyWavelets scale), finite and {@code > 0}
   * @return a new array of {@code L + 1} taps for the {@code L}-tap integrated wavelet filter
   * @throws IllegalArgumentException if the wavelet is not a Gaussian derivative or the scale gives
   *     fewer than 2 filter taps
   */
  public double[] kernel(double scale) {
    Checks.requireArgument(wavelet != Wavelet.RICKER, "kernel() is for Gaussian wavelets");
    Checks.positive(scale, "scale");
    double[] filter = gaussianFilter(scale);
    int taps = filter.length;
    double factor = -Math.sqrt(scale);
    double[] k = new double[taps + 1];
    for (int j = 0; j <= taps; j++) {
      k[j] = factor * ((j < taps ? filter[j] : 0) - (j > 0 ? filter[j - 1] : 0));
    }
    return k;
  }

  /** The integrated wavelet resampled at {@code scale} and reversed (step 2 of the algorithm). */
  private double[] gaussianFilter(double scale) {
    double[] integral = INTEGRATED[wavelet.gaussianOrder() - 1];
    double stop = scale * 10.0 + 1.0; // scale * (x[-1] - x[0]) + 1
    long count = (long) Math.ceil(stop);
    double spacing = scale * STEP;
    int taps = 0;
    for (long k = 0; k < count; k++) {
      if ((long) (k / spacing) >= GRID) {
        break; // indices increase with k
      }
      taps++;
    }
    Checks.requireArgument(
        taps >= 2, "scale (%s) is too small for %s: it must give >= 2 filter taps", scale, wavelet);
    double[] filter = new double[taps];
    for (int k = 0; k < taps; k++) {
      filter[taps - 1 - k] = integral[(int) (k / spacing)];
    }
    return filter;
  }

  private void gaussian(double[] x, double scale, double[] out, int offset) {
    double[] filter = gaussianFilter(scale);
    int taps = filter.length;
    int n = x.length;
    int skip = (taps - 2) / 2; // floor(d), d = (L - 2) / 2
    double factor = -Math.sqrt(scale);
    double[] conv = new double[n + 1];
    fullConvolution(x, filter, skip, conv);
    for (int i = 0; i < n; i++) {
      out[offset + i] = factor * (conv[i + 1] - conv[i]);
    }
  }

  private static void ricker(double[] x, double width, double[] out, int offset) {
    int n = x.length;
    double points = Math.min(10.0 * width, n);
    int count = (int) Math.ceil(points);
    double amplitude = 2.0 / (Math.sqrt(3.0 * width) * Math.pow(Math.PI, 0.25));
    double wsq = width * width;
    double centre = (points - 1.0) / 2.0;
    double[] reversed = new double[count];
    for (int k = 0; k < count; k++) {
      double v = k - centre;
      double xsq = v * v;
      double value = amplitude * (1.0 - xsq / wsq) * Math.exp(-xsq / (2.0 * wsq));
      reversed[count - 1 - k] = value;
    }
    double[] conv = new double[n];
    fullConvolution(x, reversed, (count - 1) / 2, conv);
    System.arraycopy(conv, 0, out, offset, n);
  }

  /**
   * Elements {@code m0 .. m0 + out.length - 1} of the full convolution of {@code x} and {@code h}.
   * Every element is summed over {@code k} in increasing order, exactly as one plain loop would
   * sum it, so the values do not depend on the blocking; four neighbouring elements are summed
   * together, which gives the processor four independent additions instead of one chain.
   *
   * @param out Modified.
   */
  private static void fullConvolution(double[] x, double[] h, int m0, double[] out) {
    int taps = h.length;
    int last = x.length - 1;
    int count = out.length;
    // h reversed, so that the inner loop walks both arrays upwards: h[m - k] = hr[k - k0]
    double[] hr = new double[taps];
    for (int t = 0; t < taps; t++) {
      hr[t] = h[taps - 1 - t];
    }
    int j = 0;
    for (; j + 4 <= count && taps >= 4; j += 4) {
      int m = m0 + j;
      int k0 = m - taps + 1; // first k of element m; element m + q runs over [k0 + q, m + q]
      if (k0 < 0 || m + 3 > last) {
        for (int q = 0; q < 4; q++) {
          out[j + q] = fullConvolution(x, h, m + q);
        }
        continue;
      }
      // the first terms of the three lower elements, in their order (sums start from 0, as
      // the plain loop's: 0 + -0.0 is 0.0)
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      s0 += x[k0] * hr[0];
      s0 += x[k0 + 1] * hr[1];
      s1 += x[k0 + 1] * hr[0];
      s0 += x[k0 + 2] * hr[2];
      s1 += x[k0 + 2] * hr[1];
      s2 += x[k0 + 2] * hr[0];
      int b = k0 + 3;
      for (int t = 0; t < taps - 3; t++) {
        double xk = x[b + t];
        s0 += xk * hr[t + 3];
        s1 += xk * hr[t + 2];
        s2 += xk * hr[t + 1];
        s3 += xk * hr[t];
      }
      // the last terms of the three upper elements
      double xa = x[m + 1];
      double xb = x[m + 2];
      double xc = x[m + 3];
      s1 += xa * hr[taps - 1];
      s2 += xa * hr[taps - 2];
      s3 += xa * hr[taps - 3];
      s2 += xb * hr[taps - 1];
      s3 += xb * hr[taps - 2];
      s3 += xc * hr[taps - 1];
      out[j] = s0;
      out[j + 1] = s1;
      out[j + 2] = s2;
      out[j + 3] = s3;
    }
    for (; j < count; j++) {
      out[j] = fullConvolution(x, h, m0 + j);
    }
  }

  /** Element {@code m} of the full convolution of {@code x} and {@code h}. */
  private static double fullConvolution(double[] x, double[] h, int m) {
    int k0 = Math.max(0, m - h.length + 1);
    int k1 = Math.min(x.length - 1, m);
    double s = 0;
    for (int k = k0; k <= k1; k++) {
      s += x[k] * h[m - k];
    }
    return s;
  }

  @Override
  public String toString() {
    return "ContinuousWaveletTransform[" + wavelet + "]";
  }
}
