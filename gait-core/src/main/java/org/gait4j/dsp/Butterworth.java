package org.gait4j.dsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gait4j.internal.Checks;
import org.gait4j.model.SamplingRate;

/**
 * Digital Butterworth filter design: low-pass, high-pass, band-pass and band-stop filters of order 1
 * to 10, returned as a cascade of second-order sections ({@link SosFilter}) that matches {@code
 * scipy.signal.butter(order, Wn, btype, output='sos', fs=rate)} (SciPy 1.10) coefficient for
 * coefficient, to about {@code 1e-15} relative.
 *
 * <h2>What it is for</h2>
 *
 * <p>Gait signals are smoothed with a low-pass Butterworth filter before events are detected
 * (marker trajectories at 6 Hz, IMU angular velocity at 5–15 Hz, ground reaction forces at 20–50
 * Hz), drift is removed with a high-pass filter, and mains hum with a band-stop filter. The
 * Butterworth response is maximally flat in the pass band (Butterworth 1930), which is why
 * biomechanics uses it almost exclusively. Run the designed filter with {@link
 * SosFilter#filterZeroPhase(double[])} when the timing of events matters: the causal filter delays
 * the signal.
 *
 * <h2>Algorithm</h2>
 *
 * <ol>
 *   <li>Normalise each cutoff {@code f} to {@code Wn = 2 f / fs} (1 is Nyquist) and pre-warp it for
 *       the bilinear transform: {@code w = 4 tan(pi Wn / 2)}, so the digital filter has its -3 dB
 *       point exactly at {@code f}.
 *   <li>Analog prototype of order {@code N}: no zeros, poles {@code -exp(i pi m / (2N))} for {@code
 *       m = -N+1, -N+3, ..., N-1} (equally spaced on the left half of the unit circle, the middle one
 *       exactly -1 for odd {@code N}), gain 1.
 *   <li>Frequency transformation of the prototype, in zero-pole-gain form: low-pass {@code p -> w
 *       p}; high-pass {@code p -> w / p} with {@code N} zeros at the origin; band-pass and band-stop
 *       with centre {@code w0 = sqrt(w1 w2)} and width {@code bw = w2 - w1}, each pole splitting in
 *       two ({@code q +- sqrt(q^2 - w0^2)} with {@code q = p bw / 2}, resp. {@code q = (bw/2) / p}),
 *       band-pass zeros at 0 and band-stop zeros at {@code +-i w0}.
 *   <li>Bilinear transform {@code z = (4 + s) / (4 - s)} of every zero and pole (sampling rate 2 in
 *       normalised units); zeros at infinity go to {@code z = -1} (Nyquist); the gain is corrected by
 *       {@code prod(4 - zeros) / prod(4 - poles)}.
 *   <li>Pair the zeros and poles into second-order sections by SciPy's "nearest" rule (poles
 *       closest to the unit circle last, each with its nearest zeros) and put the gain into the
 *       first section's numerator; see {@code ZpkToSos}.
 * </ol>
 *
 * <p>The floating-point operations follow NumPy's order (Smith's complex division, glibc's complex
 * square root, sequential products), so the coefficients agree with SciPy to the last few bits;
 * the golden test allows {@code 1e-12} relative. An order-{@code N} band filter has {@code 2N}
 * poles and so {@code N} sections; a low- or high-pass filter has {@code ceil(N/2)} sections.
 *
 * <h2>Edge cases</h2>
 *
 * <p>Cutoffs must lie strictly between 0 and Nyquist; band edges must be increasing. Cutoffs close
 * to 0 or Nyquist give poles close to the unit circle: the second-order-section form keeps such
 * filters usable where the transfer-function form ({@code b, a}) loses all precision.
 *
 * <h2>Thread-safety</h2>
 *
 * <p>Stateless; all methods are static and thread-safe. The returned {@link SosFilter} is
 * immutable.
 *
 * <h2>References</h2>
 *
 * <ul>
 *   <li>S. Butterworth (1930). On the theory of filter amplifiers. <i>Wireless Engineer</i> 7:536–541.
 *   <li>Bilinear transform with frequency pre-warping: A. V. Oppenheim, R. W. Schafer (2010).
 *       <i>Discrete-Time Signal Processing</i>, 3rd ed., section 7.2.
 *   <li>SciPy 1.10 {@code scipy.signal.butter}, {@code iirfilter}, {@code bilinear_zpk}, {@code
 *       zpk2sos}: the reference implementation whose numbers are reproduced.
 * </ul>
 *
 * <pre>{@code
 * SamplingRate rate = SamplingRate.ofHz(100);
 * SosFilter lowPass = Butterworth.lowPass(4, 6.0, rate);
 * double[] smooth = lowPass.filterZeroPhase(markerZ);
 * }</pre>
 */
public final class Butterworth {
  private Butterworth() {}

  /** Smallest supported order. */
  public static final int MIN_ORDER = 1;

  /** Largest supported order. */
  public static final int MAX_ORDER = 10;

  /**
   * Low-pass filter.
   *
   * @param order filter order, 1 to 10
   * @param cutoffHz -3 dB frequency in Hz, {@code 0 < cutoffHz < rate.nyquistHz()}
   * @param rate sampling rate of the data to be filtered
   * @throws IllegalArgumentException if the order or the cutoff is out of range
   */
  public static SosFilter lowPass(int order, double cutoffHz, SamplingRate rate) {
    return design(order, BandType.LOW_PASS, cutoffHz, rate);
  }

  /**
   * High-pass filter.
   *
   * @param order filter order, 1 to 10
   * @param cutoffHz -3 dB frequency in Hz, {@code 0 < cutoffHz < rate.nyquistHz()}
   * @param rate sampling rate of the data to be filtered
   * @throws IllegalArgumentException if the order or the cutoff is out of range
   */
  public static SosFilter highPass(int order, double cutoffHz, SamplingRate rate) {
    return design(order, BandType.HIGH_PASS, cutoffHz, rate);
  }

  /**
   * Band-pass filter ({@code 2 * order} poles).
   *
   * @param order filter order, 1 to 10
   * @param lowHz lower -3 dB edge in Hz, {@code > 0}
   * @param highHz upper -3 dB edge in Hz, {@code lowHz < highHz < rate.nyquistHz()}
   * @param rate sampling rate of the data to be filtered
   * @throws IllegalArgumentException if the order or an edge is out of range
   */
  public static SosFilter bandPass(int order, double lowHz, double highHz, SamplingRate rate) {
    return design(order, BandType.BAND_PASS, lowHz, highHz, rate);
  }

  /**
   * Band-stop (notch) filter ({@code 2 * order} poles).
   *
   * @param order filter order, 1 to 10
   * @param lowHz lower -3 dB edge in Hz, {@code > 0}
   * @param highHz upper -3 dB edge in Hz, {@code lowHz < highHz < rate.nyquistHz()}
   * @param rate sampling rate of the data to be filtered
   * @throws IllegalArgumentException if the order or an edge is out of range
   */
  public static SosFilter bandStop(int order, double lowHz, double highHz, SamplingRate rate) {
    return design(order, BandType.BAND_STOP, lowHz, highHz, rate);
  }

  /**
   * Low- or high-pass filter of the given band type.
   *
   * @param order filter order, 1 to 10
   * @param type {@link BandType#LOW_PASS} or {@link BandType#HIGH_PASS}
   * @param cutoffHz -3 dB frequency in Hz, {@code 0 < cutoffHz < rate.nyquistHz()}
   * @param rate sampling rate of the data to be filtered
   * @throws IllegalArgumentException if the order or the cutoff is out of range, or {@code type}
   *     needs two band edges
   */
  public static SosFilter design(int order, BandType type, double cutoffHz, SamplingRate rate) {
    Checks.notNull(type, "type");
    Checks.requireArgument(
        !type.isBand(), "%s needs two band edges (lowHz, highHz), not one cutoff", type);
    checkOrder(order);
    checkCutoff(cutoffHz, "cutoffHz", rate);
    double w = prewarp(cutoffHz, rate);
    Zpk proto = prototype(order);
    Zpk analog = type == BandType.LOW_PASS ? toLowPass(proto, w) : toHighPass(proto, w);
    return toSos(analog);
  }

  /**
   * Band-pass or band-stop filter of the given band type.
   *
   * @param order filter order, 1 to 10
   * @param type {@link BandType#BAND_PASS} or {@link BandType#BAND_STOP}
   * @param lowHz lower -3 dB edge in Hz, {@code > 0}
   * @param highHz upper -3 dB edge in Hz, {@code lowHz < highHz < rate.nyquistHz()}
   * @param rate sampling rate of the data to be filtered
   * @throws IllegalArgumentException if the order or an edge is out of range, or {@code type} has
   *     a single cutoff
   */
  public static SosFilter design(
      int order, BandType type, double lowHz, double highHz, SamplingRate rate) {
    Checks.notNull(type, "type");
    Checks.requireArgument(type.isBand(), "%s takes one cutoff, not two band edges", type);
    checkOrder(order);
    checkCutoff(lowHz, "lowHz", rate);
    checkCutoff(highHz, "highHz", rate);
    Checks.requireArgument(
        lowHz < highHz, "lowHz (%s) must be below highHz (%s)", lowHz, highHz);
    double w1 = prewarp(lowHz, rate);
    double w2 = prewarp(highHz, rate);
    double bw = w2 - w1;
    double w0 = Math.sqrt(w1 * w2);
    Zpk proto = prototype(order);
    Zpk analog =
        type == BandType.BAND_PASS ? toBandPass(proto, w0, bw) : toBandStop(proto, w0, bw);
    return toSos(analog);
  }

  private static void checkOrder(int order) {
    Checks.inRange(order, MIN_ORDER, MAX_ORDER, "order");
  }

  private static void checkCutoff(double hz, String name, SamplingRate rate) {
    Checks.notNull(rate, "rate");
    Checks.positive(hz, name);
    rate.requireBelowNyquist(hz, name);
  }

  /** Normalised, pre-warped analog frequency for sampling rate 2 (SciPy's convention). */
  private static double prewarp(double hz, SamplingRate rate) {
    double wn = 2 * hz / rate.hz();
    if (!(wn > 0 && wn < 1)) { // only reachable through rounding at the very edge
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s Hz is not strictly inside (0, Nyquist) of %s", hz, rate));
    }
    return 2 * 2.0 * Math.tan(Math.PI * wn / 2.0);
  }

  /** Zeros, poles and gain of an analog or digital filter. */
  private record Zpk(List<Complex> zeros, List<Complex> poles, double gain) {}

  /** Analog Butterworth prototype with cutoff 1 rad/s. */
  private static Zpk prototype(int order) {
    List<Complex> poles = new ArrayList<>(order);
    double scale = 1.0 / (2 * order);
    for (int m = -order + 1; m < order; m += 2) {
      double theta = (Math.PI * m) * scale;
      poles.add(new Complex(-Math.cos(theta), -Math.sin(theta)));
    }
    return new Zpk(List.of(), poles, 1.0);
  }

  private static Zpk toLowPass(Zpk proto, double w) {
    Complex wc = Complex.real(w);
    List<Complex> poles = new ArrayList<>();
    for (Complex p : proto.poles()) {
      poles.add(wc.times(p));
    }
    int degree = proto.poles().size() - proto.zeros().size();
    return new Zpk(List.of(), poles, proto.gain() * Math.pow(w, degree));
  }

  private static Zpk toHighPass(Zpk proto, double w) {
    Complex wc = Complex.real(w);
    List<Complex> poles = new ArrayList<>();
    for (Complex p : proto.poles()) {
      poles.add(wc.div(p));
    }
    int degree = proto.poles().size() - proto.zeros().size();
    List<Complex> zeros = new ArrayList<>();
    for (int i = 0; i < degree; i++) {
      zeros.add(Complex.ZERO);
    }
    double gain = proto.gain() * Complex.real(1.0).div(negatedProduct(proto.poles())).re();
    return new Zpk(zeros, poles, gain);
  }

  private static Zpk toBandPass(Zpk proto, double w0, double bw) {
    Complex bwc = Complex.real(bw);
    Complex two = Complex.real(2.0);
    List<Complex> shifted = new ArrayList<>();
    for (Complex p : proto.poles()) {
      shifted.add(p.times(bwc).div(two));
    }
    List<Complex> poles = splitAround(shifted, w0);
    int degree = proto.poles().size() - proto.zeros().size();
    List<Complex> zeros = new ArrayList<>();
    for (int i = 0; i < degree; i++) {
      zeros.add(Complex.ZERO);
    }
    return new Zpk(zeros, poles, proto.gain() * Math.pow(bw, degree));
  }

  private static Zpk toBandStop(Zpk proto, double w0, double bw) {
    Complex halfBw = Complex.real(bw / 2);
    List<Complex> inverted = new ArrayList<>();
    for (Complex p : proto.poles()) {
      inverted.add(halfBw.div(p));
    }
    List<Complex> poles = splitAround(inverted, w0);
    int degree = proto.poles().size() - proto.zeros().size();
    List<Complex> zeros = new ArrayList<>();
    for (int i = 0; i < degree; i++) {
      zeros.add(new Complex(0.0, w0));
    }
    for (int i = 0; i < degree; i++) {
      zeros.add(new Complex(0.0, -w0));
    }
    double gain = proto.gain() * Complex.real(1.0).div(negatedProduct(proto.poles())).re();
    return new Zpk(zeros, poles, gain);
  }

  /** {@code q + sqrt(q^2 - w0^2)} for all q, then {@code q - sqrt(q^2 - w0^2)} for all q. */
  private static List<Complex> splitAround(List<Complex> qs, double w0) {
    double w0sq = Math.pow(w0, 2);
    List<Complex> roots = new ArrayList<>();
    for (Complex q : qs) {
      Complex sq = q.square();
      roots.add(new Complex(sq.re() - w0sq, sq.im()).sqrt());
    }
    List<Complex> out = new ArrayList<>(2 * qs.size());
    for (int i = 0; i < qs.size(); i++) {
      out.add(qs.get(i).plus(roots.get(i)));
    }
    for (int i = 0; i < qs.size(); i++) {
      out.add(qs.get(i).minus(roots.get(i)));
    }
    return out;
  }

  private static Complex negatedProduct(List<Complex> values) {
    List<Complex> neg = new ArrayList<>(values.size());
    for (Complex v : values) {
      neg.add(v.negate());
    }
    return Complex.product(neg);
  }

  /** Bilinear transform at normalised sampling rate 2, then pairing into sections. */
  private static SosFilter toSos(Zpk analog) {
    Complex fs2 = Complex.real(4.0);
    List<Complex> zeros = new ArrayList<>();
    List<Complex> zDen = new ArrayList<>();
    for (Complex z : analog.zeros()) {
      zeros.add(fs2.plus(z).div(fs2.minus(z)));
      zDen.add(fs2.minus(z));
    }
    List<Complex> poles = new ArrayList<>();
    List<Complex> pDen = new ArrayList<>();
    for (Complex p : analog.poles()) {
      poles.add(fs2.plus(p).div(fs2.minus(p)));
      pDen.add(fs2.minus(p));
    }
    int degree = analog.poles().size() - analog.zeros().size();
    for (int i = 0; i < degree; i++) {
      zeros.add(Complex.real(-1.0));
    }
    double gain = analog.gain() * Complex.product(zDen).div(Complex.product(pDen)).re();
    return SosFilter.trusted(ZpkToSos.convert(zeros, poles, gain));
  }
}
