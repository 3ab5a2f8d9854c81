package org.gait4j.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.gait4j.model.SamplingRate;

/** Invariants of Butterworth filtering that hold for every design, checked on random designs. */
class SosFilterPropertiesTest {

  private static final SamplingRate RATE = SamplingRate.ofHz(100);

  /** Any band type, order 1-10 (1-5 for bands), edges between 1 % and 90 % of Nyquist. */
  @Provide
  Arbitrary<SosFilter> designs() {
    Arbitrary<BandType> types = Arbitraries.of(BandType.class);
    Arbitrary<Integer> orders = Arbitraries.integers().between(1, 10);
    Arbitrary<Double> lows = Arbitraries.doubles().between(0.01, 0.6);
    Arbitrary<Double> widths = Arbitraries.doubles().between(0.1, 0.8);
    return Combinators.combine(types, orders, lows, widths)
        .as(
            (type, order, low, width) -> {
              double nyq = RATE.nyquistHz();
              if (!type.isBand()) {
                return Butterworth.design(order, type, low * nyq * 1.5, RATE);
              }
              double lowHz = low * nyq;
              double highHz = Math.min(lowHz + width * nyq, 0.9 * nyq);
              return Butterworth.design(1 + (order - 1) / 2, type, lowHz, highHz, RATE);
            });
  }

  /** Low-pass designs of moderate conditioning (cutoff >= 5 % of Nyquist, order <= 8). */
  @Provide
  Arbitrary<SosFilter> lowPasses() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 8), Arbitraries.doubles().between(0.05, 0.9))
        .as((order, fraction) -> Butterworth.lowPass(order, fraction * RATE.nyquistHz(), RATE));
  }

  /**
   * DC gain 1: zero-phase filtering of a constant returns the constant (odd extension of a
   * constant is the constant, and both passes start in steady state), so does a stream started in
   * steady state. Tolerance: rounding, amplified by the state magnitudes (1/(1 + a1 + a2)).
   */
  @Property(tries = 200)
  void lowPassKeepsConstants(
      @ForAll @IntRange(min = 1, max = 10) int order,
      @ForAll @DoubleRange(min = 0.02, max = 0.95) double cutoffFraction,
      @ForAll @DoubleRange(min = -1e3, max = 1e3) double level,
      @ForAll @IntRange(min = 0, max = 300) int extra) {
    SosFilter f = Butterworth.lowPass(order, cutoffFraction * RATE.nyquistHz(), RATE);
    double[] x = new double[f.padLength() + 1 + extra];
    java.util.Arrays.fill(x, level);
    double tol = 1e-8 * Math.max(Math.abs(level), 1e-300);
    for (double y : f.filterZeroPhase(x)) {
      assertEquals(level, y, tol);
    }
    SosFilter.Stream s = f.newStream();
    s.resetToSteadyState(level);
    for (double v : x) {
      assertEquals(level, s.process(v), tol);
    }
  }

  /** Linearity: filter(a x + b y) = a filter(x) + b filter(y), for both faces. */
  @Property(tries = 100)
  void filteringIsLinear(
      @ForAll("lowPasses") SosFilter f,
      @ForAll @DoubleRange(min = -10, max = 10) double a,
      @ForAll @DoubleRange(min = -10, max = 10) double b,
      @ForAll long seed) {
    Random rnd = new Random(seed);
    int n = f.padLength() + 1 + rnd.nextInt(500);
    double[] x = new double[n];
    double[] y = new double[n];
    double[] mix = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rnd.nextGaussian() + 3;
      y[i] = 5 * Math.sin(0.1 * i) + rnd.nextGaussian();
      mix[i] = a * x[i] + b * y[i];
    }
    double[] fx = f.filterZeroPhase(x);
    double[] fy = f.filterZeroPhase(y);
    double[] fm = f.filterZeroPhase(mix);
    double[] cx = f.filterCausal(x);
    double[] cy = f.filterCausal(y);
    double[] cm = f.filterCausal(mix);
    double scale = Math.abs(a) * GoldenDesigns.peak(x) + Math.abs(b) * GoldenDesigns.peak(y) + 1e-9;
    for (int i = 0; i < n; i++) {
      assertEquals(a * fx[i] + b * fy[i], fm[i], 1e-9 * scale, "zero-phase sample " + i);
      assertEquals(a * cx[i] + b * cy[i], cm[i], 1e-9 * scale, "causal sample " + i);
    }
  }

  /**
   * Zero phase: a symmetric pulse stays symmetric about the same centre and its peak does not
   * move (the zero-phase response |H|^2 >= 0 makes the output a positive-definite function of the
   * distance to the centre). Forward-backward filtering is only symmetric up to the start-up
   * transients, which differ at the two ends (the passes start at opposite ends): symmetry is
   * checked within 250 samples of the centre, at least 250 samples from either end, where the
   * slowest design (order 8 at 2.5 Hz, decay rate about 3 /s) has let them decay below 1e-12.
   */
  @Property(tries = 100)
  void zeroPhaseDoesNotShiftASymmetricPulse(
      @ForAll("lowPasses") SosFilter f,
      @ForAll @DoubleRange(min = 2, max = 15) double sigma,
      @ForAll @DoubleRange(min = -5, max = 5) double offset) {
    int centre = 500;
    double[] x = new double[2 * centre + 1];
    for (int i = 0; i < x.length; i++) {
      double t = (i - centre) / sigma;
      x[i] = offset + Math.exp(-0.5 * t * t);
    }
    double[] y = f.filterZeroPhase(x);
    double peak = GoldenDesigns.peak(y);
    for (int k = 1; k <= 250; k++) {
      assertEquals(y[centre - k], y[centre + k], 1e-9 * peak, "lag " + k);
    }
    assertEquals(centre, argMax(y));
  }

  /** The stream, fed in random chunks (including single samples), equals batch causal filtering. */
  @Property(tries = 200)
  void streamInRandomChunksEqualsBatchExactly(@ForAll("designs") SosFilter f, @ForAll long seed) {
    Random rnd = new Random(seed);
    int n = rnd.nextInt(2000);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rnd.nextGaussian() + Math.sin(0.05 * i);
    }
    double[] expected = f.filterCausal(x);
    SosFilter.Stream s = f.newStream();
    s.process(x, 0, n, new double[n], 0); // dirty the state, then reset
    s.reset();
    double[] out = new double[n + 7];
    int pos = 0;
    while (pos < n) {
      if (rnd.nextInt(4) == 0) {
        out[pos + 7] = s.process(x[pos]);
        pos++;
      } else {
        int to = Math.min(n, pos + rnd.nextInt(300));
        s.process(x, pos, to, out, pos + 7);
        pos = to;
      }
    }
    assertArrayEquals(expected, java.util.Arrays.copyOfRange(out, 7, n + 7), 0.0);
  }

  /** Several channels filtered together equal each channel filtered alone, to the bit. */
  @Property(tries = 100)
  void multiChannelEqualsSingleChannelExactly(
      @ForAll("designs") SosFilter f,
      @ForAll @IntRange(min = 1, max = 11) int channels,
      @ForAll long seed) {
    Random rnd = new Random(seed);
    int n = f.padLength() + 1 + rnd.nextInt(400);
    double[][] x = new double[channels][n];
    for (double[] c : x) {
      double shift = 10 * rnd.nextGaussian();
      for (int i = 0; i < n; i++) {
        c[i] = shift + rnd.nextGaussian();
      }
    }
    double[][] together = f.filterZeroPhase(x);
    for (int q = 0; q < channels; q++) {
      assertArrayEquals(f.filterZeroPhase(x[q]), together[q], 0.0, "channel " + q);
    }
    double[][] inPlace = new double[channels][];
    for (int q = 0; q < channels; q++) {
      inPlace[q] = x[q].clone();
    }
    f.filterZeroPhase(inPlace, inPlace);
    for (int q = 0; q < channels; q++) {
      assertArrayEquals(together[q], inPlace[q], 0.0, "in place, channel " + q);
    }
  }

  private static int argMax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }
}
