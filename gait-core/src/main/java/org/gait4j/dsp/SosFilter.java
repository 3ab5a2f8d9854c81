package org.gait4j.dsp;

import java.util.Arrays;
import java.util.Locale;
import org.gait4j.internal.Checks;

/**
 * An immutable digital IIR filter stored as a cascade of second-order sections (biquads), with
 * causal, zero-phase and streaming application that reproduce SciPy's {@code sosfilt}, {@code
 * sosfilt_zi} and {@code sosfiltfilt} (SciPy 1.10, default arguments) to about {@code 1e-12}
 * relative.
 *
 * <p>Design one with {@link Butterworth} or wrap coefficients with {@link #of(double[][])}. Each
 * section {@code s} has the transfer function {@code (b0 + b1 z^-1 + b2 z^-2) / (1 + a1 z^-1 + a2
 * z^-2)}; the filter is their product, applied in order.
 *
 * <h2>Signal</h2>
 *
 * <p>Any uniformly sampled scalar series (a marker coordinate, an angular velocity, a force), in any
 * unit: filtering is linear, the output has the input's unit. The cutoffs of the design refer to
 * the sampling rate the filter was designed for; applying it to data at another rate shifts them.
 * NaN in the input spreads to every later output (and, zero-phase, to every output): fill gaps
 * first.
 *
 * <h2>Algorithms</h2>
 *
 * <p><b>Causal</b> ({@link #filterCausal(double[])}, as {@code scipy.signal.sosfilt(sos, x)}):
 *
 * <ol>
 *   <li>start every section from zero state;
 *   <li>for each sample and each section in turn, direct form II transposed: {@code y = b0 x + z0;
 *       z0 = b1 x - a1 y + z1; z1 = b2 x - a2 y}; the section's output is the next one's input.
 * </ol>
 *
 * <p>The output is delayed by the filter's (frequency-dependent) group delay; the latency of the
 * streaming face is zero samples (each input sample yields its output sample at once).
 *
 * <p><b>Steady state</b> ({@link #steadyStateInitialConditions()}, as {@code sosfilt_zi}): for each
 * section, the state {@code zi} that a unit step would have reached after infinitely long, i.e. the
 * solution of {@code (I - A) zi = B} with the section's companion matrix {@code A} and {@code B =
 * (b1 - a1 b0, b2 - a2 b0)}, solved in closed form by Gaussian elimination with partial pivoting;
 * then scaled by the DC gain of all preceding sections so the cascade as a whole is in steady
 * state.
 *
 * <p><b>Zero-phase</b> ({@link #filterZeroPhase(double[])}, as {@code scipy.signal.sosfiltfilt(sos,
 * x)} with {@code padtype='odd'} and the default {@code padlen}):
 *
 * <ol>
 *   <li>{@code padLength = 3 (2 S + 1 - min(#(b2 == 0), #(a2 == 0)))} for {@code S} sections; the
 *       input must be longer than that;
 *   <li>extend the signal at both ends by {@code padLength} samples of odd (point-symmetric)
 *       reflection: {@code 2 x[0] - x[padLength - i]} before and {@code 2 x[n-1] - x[n-2-i]} after;
 *   <li>filter the extended signal forward, starting from the steady state scaled by its first
 *       value (Gustafsson 1996 shows why such initial states remove start-up transients);
 *   <li>filter the result backward, starting from the steady state scaled by its last value;
 *   <li>drop the extensions.
 * </ol>
 *
 * <p>The squared magnitude response results and the phase is exactly zero: peaks and events do not
 * move. Only the two short extensions are allocated; the signal itself is filtered forward into the
 * output array and back again in place, and the backward pass skips the left extension, whose
 * values would be discarded.
 *
 * <h2>Numerics and performance</h2>
 *
 * <p>The kernels work on primitive doubles with the state in local variables, in counted loops
 * without array bounds checks. Each section substitutes its output into its state update, {@code
 * z0' = -a1 z0 + (b1 - a1 b0) x + z1}, with {@code z1} carried as {@code -a2 z0prev + (b2 - a2
 * b0) xprev} and added before the last step, and evaluates everything with fused multiply-adds:
 * the loop-carried chain is then one multiply-add per sample and section instead of the textbook
 * form's add plus multiply-add. This changes the results from SciPy's only at the rounding level
 * (the golden tests measure it; about {@code 1e-14} of the peak for Butterworth designs). Two
 * sections are run in one loop (the second one's work hangs off the first one's chain), and
 * {@link #filterZeroPhase(double[][])} interleaves two channels, whose independent recursions then
 * fill the floating-point pipeline. All paths perform the same operations per sample, so single-
 * and multi-channel, batch and streaming results are identical to the bit.
 *
 * <h2>Thread-safety</h2>
 *
 * <p>Immutable and thread-safe: coefficients are copied in and out, and filtering methods keep
 * their state on the stack. A {@link Stream} from {@link #newStream()} carries state and is for one
 * thread at a time.
 *
 * <h2>References</h2>
 *
 * <ul>
 *   <li>F. Gustafsson (1996). Determining the initial states in forward-backward filtering. <i>IEEE
 *       Transactions on Signal Processing</i> 44(4):988–992. doi:10.1109/78.492552
 *   <li>A. V. Oppenheim, R. W. Schafer (2010). <i>Discrete-Time Signal Processing</i>, 3rd ed.,
 *       section 6.5 (transposed direct forms) and 6.3 (cascade of second-order sections).
 *   <li>SciPy 1.10 {@code scipy.signal.sosfilt}, {@code sosfilt_zi}, {@code sosfiltfilt}: the
 *       reference whose numbers are reproduced.
 * </ul>
 *
 * <pre>{@code
 * SosFilter f = Butterworth.lowPass(4, 6.0, SamplingRate.ofHz(100));
 * double[] smooth = f.filterZeroPhase(x);        // offline, no delay
 * SosFilter.Stream live = f.newStream();         // online, causal
 * live.resetToSteadyState(x[0]);
 * for (double v : x) { double y = live.process(v); }
 * }</pre>
 */
public final class SosFilter {

  /** Packed {@code b0 b1 b2 -a1 -a2} per section. */
  private final double[] coef;

  /** Packed {@code b0 c1 c2 -a1 -a2} per section, as the kernels take them (see SosKernels). */
  private final double[] kern;

  /** Packed {@code zi0 zi1} per section (sosfilt_zi). */
  private final double[] zi;

  private final int sections;
  private final int padLength;

  private SosFilter(double[][] sos) {
    this.sections = sos.length;
    this.coef = new double[5 * sections];
    for (int s = 0; s < sections; s++) {
      double[] r = sos[s];
      coef[5 * s] = r[0];
      coef[5 * s + 1] = r[1];
      coef[5 * s + 2] = r[2];
      coef[5 * s + 3] = -r[4];
      coef[5 * s + 4] = -r[5];
    }
    this.kern = SosKernels.kernelCoefficients(coef, sections);
    this.zi = steadyState(sos);
    int zeroB2 = 0;
    int zeroA2 = 0;
    for (double[] r : sos) {
      zeroB2 += r[2] == 0.0 ? 1 : 0;
      zeroA2 += r[5] == 0.0 ? 1 : 0;
    }
    this.padLength = 3 * (2 * sections + 1 - Math.min(zeroB2, zeroA2));
  }

  /**
   * A filter from second-order sections in SciPy's layout.
   *
   * @param sos one row {@code b0, b1, b2, a0, a1, a2} per section, {@code a0 == 1}, all finite;
   *     at least one row. Not modified.
   * @throws IllegalArgumentException if a row does not have 6 finite values with {@code a0 == 1},
   *     or there is no row
   */
  public static SosFilter of(double[][] sos) {
    Checks.notNull(sos, "sos");
    Checks.requireArgument(sos.length > 0, "sos must have at least one section");
    double[][] copy = new double[sos.length][];
    for (int s = 0; s < sos.length; s++) {
      Checks.notNull(sos[s], "sos[" + s + "]");
      Checks.requireArgument(
          sos[s].length == 6, "sos[%d] has %d values, expected 6", s, sos[s].length);
      for (int j = 0; j < 6; j++) {
        Checks.finite(sos[s][j], "sos[" + s + "][" + j + "]");
      }
      Checks.requireArgument(sos[s][3] == 1.0, "sos[%d][3] = a0 (%s) must be 1", s, sos[s][3]);
      copy[s] = sos[s].clone();
    }
    return new SosFilter(copy);
  }

  /** From the designer's own freshly built, valid sections (no copy). */
  static SosFilter trusted(double[][] sos) {
    return new SosFilter(sos);
  }

  /** Number of second-order sections. */
  public int sectionCount() {
    return sections;
  }

  /** The sections, one row {@code b0, b1, b2, 1, a1, a2} each; a fresh copy. */
  public double[][] sections() {
    double[][] out = new double[sections][];
    for (int s = 0; s < sections; s++) {
      int k = 5 * s;
      out[s] = new double[] {coef[k], coef[k + 1], coef[k + 2], 1.0, -coef[k + 3], -coef[k + 4]};
    }
    return out;
  }

  /**
   * Initial section states for a step response already in steady state, as {@code
   * scipy.signal.sosfilt_zi}: row {@code s} holds {@code z0, z1} of section {@code s} for a unit
   * input; multiply by the input level. A fresh copy.
   */
  public double[][] steadyStateInitialConditions() {
    double[][] out = new double[sections][];
    for (int s = 0; s < sections; s++) {
      out[s] = new double[] {zi[2 * s], zi[2 * s + 1]};
    }
    return out;
  }

  /**
   * Number of samples of odd extension added at each end by {@link #filterZeroPhase(double[])}:
   * {@code 3 (2 S + 1 - min(#(b2 == 0), #(a2 == 0)))} for {@code S} sections, SciPy's default. The
   * zero-phase input must be longer than this.
   */
  public int padLength() {
    return padLength;
  }

  // ------------------------------------------------------------------------------------- causal

  /**
   * Causal filtering from zero initial state, as {@code scipy.signal.sosfilt(sos, x)}.
   *
   * @param x input samples, any length. Not modified.
   * @return a new array of {@code x.length} filtered samples
   */
  public double[] filterCausal(double[] x) {
    Checks.notNull(x, "x");
    return filterCausal(x, new double[x.length]);
  }

  /**
   * Causal filtering from zero initial state into a caller-supplied buffer.
   *
   * @param x input samples, any length. Not modified (unless it is {@code out}).
   * @param out receives the filtered samples; {@code out.length == x.length}; may be {@code x}
   *     itself for in-place filtering. Modified.
   * @return {@code out}
   * @throws IllegalArgumentException if the lengths differ
   */
  public double[] filterCausal(double[] x, double[] out) {
    Checks.notNull(x, "x");
    Checks.notNull(out, "out");
    Checks.requireArgument(
        out.length == x.length, "out.length (%d) must equal x.length (%d)", out.length, x.length);
    SosKernels.forward(kern, sections, new double[3 * sections], x, 0, out, 0, x.length);
    return out;
  }

  // --------------------------------------------------------------------------------- zero phase

  /**
   * Zero-phase forward-backward filtering with odd padding, as {@code
   * scipy.signal.sosfiltfilt(sos, x)}.
   *
   * @param x input samples; {@code x.length > padLength()}. Not modified.
   * @return a new array of {@code x.length} filtered samples
   * @throws IllegalArgumentException if {@code x.length <= padLength()}
   */
  public double[] filterZeroPhase(double[] x) {
    Checks.notNull(x, "x");
    return filterZeroPhase(x, new double[x.length]);
  }

  /**
   * Zero-phase filtering into a caller-supplied buffer.
   *
   * @param x input samples; {@code x.length > padLength()}. Not modified (unless it is {@code
   *     out}).
   * @param out receives the filtered samples; {@code out.length == x.length}; may be {@code x}
   *     itself. Modified.
   * @return {@code out}
   * @throws IllegalArgumentException if {@code x.length <= padLength()} or the lengths differ
   */
  public double[] filterZeroPhase(double[] x, double[] out) {
    Checks.notNull(x, "x");
    Checks.notNull(out, "out");
    checkZeroPhaseLength(x.length, "x");
    Checks.requireArgument(
        out.length == x.length, "out.length (%d) must equal x.length (%d)", out.length, x.length);
    int n = x.length;
    int pad = padLength;
    double[] left = new double[pad];
    double[] right = new double[pad];
    oddExtension(x, left, right);
    double[] st = new double[3 * sections];
    scaledSteadyState(left[0], st, 0);
    SosKernels.forward(kern, sections, st, left, 0, left, 0, pad);
    SosKernels.forward(kern, sections, st, x, 0, out, 0, n);
    SosKernels.forward(kern, sections, st, right, 0, right, 0, pad);
    scaledSteadyState(right[pad - 1], st, 0);
    SosKernels.backward(kern, sections, st, right, pad - 1, right, pad - 1, pad);
    SosKernels.backward(kern, sections, st, out, n - 1, out, n - 1, n);
    return out;
  }

  /**
   * Zero-phase filtering of several channels of equal length at once; results are identical to
   * filtering each channel with {@link #filterZeroPhase(double[])}, but faster, because the
   * recursions of two channels are interleaved.
   *
   * @param channels the channels, all of the same length {@code > padLength()}. Not modified.
   * @return new arrays, one per channel
   * @throws IllegalArgumentException if the channels differ in length or are too short
   */
  public double[][] filterZeroPhase(double[][] channels) {
    Checks.notNull(channels, "channels");
    double[][] out = new double[channels.length][];
    for (int i = 0; i < channels.length; i++) {
      Checks.notNull(channels[i], "channels[" + i + "]");
      out[i] = new double[channels[i].length];
    }
    return filterZeroPhase(channels, out);
  }

  /**
   * Zero-phase filtering of several channels into caller-supplied buffers.
   *
   * @param channels the channels, all of the same length {@code > padLength()}. Not modified
   *     (unless aliased by {@code out}).
   * @param out one buffer per channel, each of the channels' length; {@code out[i]} may be {@code
   *     channels[i]} (in place) but must not be another channel or another output. Modified.
   * @return {@code out}
   * @throws IllegalArgumentException if the counts or lengths differ, or the channels are too
   *     short
   */
  public double[][] filterZeroPhase(double[][] channels, double[][] out) {
    Checks.notNull(channels, "channels");
    Checks.notNull(out, "out");
    Checks.requireArgument(
        out.length == channels.length,
        "out.length (%d) must equal channels.length (%d)", out.length, channels.length);
    if (channels.length == 0) {
      return out;
    }
    int n = Checks.notNull(channels[0], "channels[0]").length;
    for (int i = 0; i < channels.length; i++) {
      Checks.notNull(channels[i], "channels[" + i + "]");
      Checks.notNull(out[i], "out[" + i + "]");
      Checks.requireArgument(
          channels[i].length == n,
          "channels[%d].length (%d) must equal channels[0].length (%d)", i, channels[i].length, n);
      Checks.requireArgument(
          out[i].length == n, "out[%d].length (%d) must equal %d", i, out[i].length, n);
    }
    checkZeroPhaseLength(n, "channels[0]");
    // two channels interleaved, two sections per pass
    int i = 0;
    for (; i + 2 <= channels.length; i += 2) {
      zeroPhasePair(channels, out, i);
    }
    if (i < channels.length) {
      filterZeroPhase(channels[i], out[i]);
    }
    return out;
  }

  /**
   * Channels {@code first} and {@code first + 1} interleaved, two sections per pass (the last one
   * alone when the count is odd); the same operations as {@link #filterZeroPhase(double[],
   * double[])}, hence the same results to the bit.
   */
  private void zeroPhasePair(double[][] xs, double[][] outs, int first) {
    int n = xs[first].length;
    int pad = padLength;
    double[] xa = xs[first];
    double[] xb = xs[first + 1];
    double[] ya = outs[first];
    double[] yb = outs[first + 1];
    double[] la = new double[pad];
    double[] ra = new double[pad];
    double[] lb = new double[pad];
    double[] rb = new double[pad];
    oddExtension(xa, la, ra);
    oddExtension(xb, lb, rb);
    double[] st = new double[12];
    double startA = la[0];
    double startB = lb[0];
    for (int s = 0; s < sections; s += 2) {
      initPairState(s, startA, startB, st);
      pairForward(s, st, la, lb, 0, la, lb, 0, pad);
      pairForward(s, st, s == 0 ? xa : ya, s == 0 ? xb : yb, 0, ya, yb, 0, n);
      pairForward(s, st, ra, rb, 0, ra, rb, 0, pad);
    }
    startA = ra[pad - 1];
    startB = rb[pad - 1];
    for (int s = 0; s < sections; s += 2) {
      initPairState(s, startA, startB, st);
      pairBackward(s, st, ra, rb, pad - 1, ra, rb, pad - 1, pad);
      pairBackward(s, st, ya, yb, n - 1, ya, yb, n - 1, n);
    }
  }

  /** Kernel state of sections {@code s, s+1} (or {@code s} alone) for two channels at levels. */
  private void initPairState(int s, double levelA, double levelB, double[] st) {
    int span = s + 1 < sections ? 2 : 1;
    for (int j = 0; j < span; j++) {
      double zi0 = zi[2 * (s + j)];
      double zi1 = zi[2 * (s + j) + 1];
      st[3 * j] = zi0 * levelA;
      st[3 * j + 1] = 0.0;
      st[3 * j + 2] = zi1 * levelA;
      st[3 * span + 3 * j] = zi0 * levelB;
      st[3 * span + 3 * j + 1] = 0.0;
      st[3 * span + 3 * j + 2] = zi1 * levelB;
    }
  }

  private void pairForward(
      int s, double[] st, double[] srcA, double[] srcB, int srcFrom,
      double[] dstA, double[] dstB, int dstFrom, int n) {
    if (s + 1 < sections) {
      SosKernels.pair2Forward(kern, s, st, 0, srcA, srcB, srcFrom, dstA, dstB, dstFrom, n);
    } else {
      SosKernels.single2Forward(kern, s, st, 0, srcA, srcB, srcFrom, dstA, dstB, dstFrom, n);
    }
  }

  private void pairBackward(
      int s, double[] st, double[] srcA, double[] srcB, int srcFrom,
      double[] dstA, double[] dstB, int dstFrom, int n) {
    if (s + 1 < sections) {
      SosKernels.pair2Backward(kern, s, st, 0, srcA, srcB, srcFrom, dstA, dstB, dstFrom, n);
    } else {
      SosKernels.single2Backward(kern, s, st, 0, srcA, srcB, srcFrom, dstA, dstB, dstFrom, n);
    }
  }

  private void checkZeroPhaseLength(int n, String name) {
    if (n <= padLength) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s.length (%d) must be greater than padLength (%d) for zero-phase filtering"
                  + " with odd padding",
              name, n, padLength));
    }
  }

  /** Odd extension of {@code x} by {@code left.length} samples at each end. */
  private static void oddExtension(double[] x, double[] left, double[] right) {
    int n = x.length;
    int pad = left.length;
    double first = 2 * x[0];
    double last = 2 * x[n - 1];
    for (int i = 0; i < pad; i++) {
      left[i] = first - x[pad - i];
      right[i] = last - x[n - 2 - i];
    }
  }

  /** Kernel state ({@code z0, z0prev, p} per section, see SosKernels) of sosfilt_zi * level. */
  private void scaledSteadyState(double level, double[] st, int offset) {
    for (int s = 0; s < sections; s++) {
      st[offset + 3 * s] = zi[2 * s] * level;
      st[offset + 3 * s + 1] = 0.0;
      st[offset + 3 * s + 2] = zi[2 * s + 1] * level;
    }
  }

  /** sosfilt_zi: per-section steady state of a unit step, scaled by the preceding DC gains. */
  private static double[] steadyState(double[][] sos) {
    double[] out = new double[2 * sos.length];
    double scale = 1.0;
    for (int s = 0; s < sos.length; s++) {
      double b0 = sos[s][0];
      double b1 = sos[s][1];
      double b2 = sos[s][2];
      double a1 = sos[s][4];
      double a2 = sos[s][5];
      // (I - A^T) zi = B with A the companion matrix of (1, a1, a2):
      // [1 + a1, -1; a2, 1] zi = [b1 - a1 b0; b2 - a2 b0], LU with partial pivoting as LAPACK.
      double m00 = 1 + a1;
      double m01 = -1.0;
      double m10 = a2;
      double m11 = 1.0;
      double r0 = b1 - a1 * b0;
      double r1 = b2 - a2 * b0;
      double z0;
      double z1;
      if (Math.abs(m10) > Math.abs(m00)) {
        double l = m00 * (1.0 / m10);
        double u11 = m01 - l * m11;
        z1 = (r0 - l * r1) / u11;
        z0 = (r1 - m11 * z1) / m10;
      } else {
        double l = m10 * (1.0 / m00);
        double u11 = m11 - l * m01;
        z1 = (r1 - l * r0) / u11;
        z0 = (r0 - m01 * z1) / m00;
      }
      out[2 * s] = scale * z0;
      out[2 * s + 1] = scale * z1;
      scale *= ((b0 + b1) + b2) / ((1.0 + a1) + a2);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------- streaming

  /** A new causal stream of this filter, starting from zero state. */
  public Stream newStream() {
    return new Stream(this);
  }

  /**
   * The streaming face of a {@link SosFilter}: causal filtering sample by sample or block by block,
   * carrying the section states between calls (SciPy's {@code zi}/{@code zf}). Processing a
   * signal in any split into blocks gives exactly the result of {@link
   * SosFilter#filterCausal(double[])} when started from {@link #reset()}. Latency: zero samples.
   * Allocates nothing after construction.
   *
   * <p>Not thread-safe: one stream per thread (create as many as needed, they are cheap).
   */
  public static final class Stream {
    private final SosFilter filter;
    private final double[] state;

    private Stream(SosFilter filter) {
      this.filter = filter;
      this.state = new double[3 * filter.sections];
    }

    /** The filter this stream runs. */
    public SosFilter filter() {
      return filter;
    }

    /**
     * Filters one sample.
     *
     * @param x the next input sample
     * @return the corresponding output sample
     */
    public double process(double x) {
      return SosKernels.sample(filter.kern, filter.sections, state, x);
    }

    /**
     * Filters the block {@code in[from..to)} into {@code out[outFrom..outFrom + to - from)}.
     *
     * @param in input samples. Not modified (unless it is {@code out}).
     * @param from first input index, inclusive
     * @param to last input index, exclusive; {@code from <= to <= in.length}
     * @param out receives the outputs; may be {@code in} when {@code outFrom == from}. Modified.
     * @param outFrom index in {@code out} of the first output
     * @throws IndexOutOfBoundsException if a range does not fit its array
     */
    public void process(double[] in, int from, int to, double[] out, int outFrom) {
      Checks.notNull(in, "in");
      Checks.notNull(out, "out");
      java.util.Objects.checkFromToIndex(from, to, in.length);
      int n = to - from;
      java.util.Objects.checkFromIndexSize(outFrom, n, out.length);
      SosKernels.forward(filter.kern, filter.sections, state, in, from, out, outFrom, n);
    }

    /** Back to zero state, as if no sample had been seen (the start of {@code sosfilt}). */
    public void reset() {
      Arrays.fill(state, 0.0);
    }

    /**
     * Sets the state a constant input {@code level} would have reached after infinitely long, so
     * a signal starting at {@code level} shows no start-up transient ({@code sosfilt_zi * level}).
     *
     * @param level the assumed past input value, in the signal's unit
     */
    public void resetToSteadyState(double level) {
      filter.scaledSteadyState(level, state, 0);
    }

    @Override
    public String toString() {
      return "SosFilter.Stream[" + filter.sections + " sections]";
    }
  }

  // ------------------------------------------------------------------------------ object methods

  /** Equal when the coefficients are equal (same sections in the same order). */
  @Override
  public boolean equals(Object o) {
    return o instanceof SosFilter && Arrays.equals(coef, ((SosFilter) o).coef);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(coef);
  }

  /** For example {@code SosFilter[2 sections: (b0 b1 b2 | 1 a1 a2), (...)]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SosFilter[").append(sections).append(" section");
    sb.append(sections == 1 ? ": " : "s: ");
    for (int s = 0; s < sections; s++) {
      int k = 5 * s;
      if (s > 0) {
        sb.append(", ");
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "(%.10g %.10g %.10g | 1 %.10g %.10g)",
              coef[k], coef[k + 1], coef[k + 2], -coef[k + 3], -coef[k + 4]));
    }
    return sb.append(']').toString();
  }
}
