package org.gait4j.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.gait4j.dsp.Resampling.Interpolation;
import org.gait4j.model.SamplingRate;
import org.gait4j.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Resampling against {@code numpy.interp} and {@code scipy.interpolate.CubicSpline} (golden files).
 *
 * <p>Tolerance 1e-12 relative to the largest expected value: linear interpolation differs from NumPy
 * only in evaluating the fraction from sample positions instead of times (a few ulps); the spline
 * solves the same well-conditioned (diagonally dominant) system as SciPy by a different elimination
 * (moments here, slopes in SciPy), which agree to ~1e-15.
 */
class ResamplingTest {
  private static final SamplingRate FS = SamplingRate.ofHz(100.0);

  @ParameterizedTest
  @CsvSource({
    "'',60", "'',250", "'',100", "'',33.3", "_n4,60", "_n4,250", "_n4,100", "_n4,33.3",
    "_n3,60", "_n3,250", "_n3,100", "_n3,33.3", "_n2,60", "_n2,250", "_n2,100", "_n2,33.3"
  })
  void matchesNumpyAndScipy(String tag, String newHz) {
    double[] x = Golden.vector("misc/resample_input" + tag + ".txt");
    SamplingRate to = SamplingRate.ofHz(Double.parseDouble(newHz));
    String base = "misc/resample" + tag + "_" + newHz;
    Tolerance.assertClose(
        base + "_linear",
        Resampling.resample(x, FS, to, Interpolation.LINEAR),
        Golden.vector(base + "_linear.txt"),
        1e-12);
    Tolerance.assertClose(
        base + "_cubic",
        Resampling.resample(x, FS, to, Interpolation.CUBIC_SPLINE),
        Golden.vector(base + "_cubic.txt"),
        1e-12);
  }

  @Test
  void outputLengthFollowsTheLastOriginalTime() {
    // 11 samples at 100 Hz span 0.1 s; at 30 Hz: 0, 1/30, 2/30, 3/30 -> 4 samples
    assertEquals(4, Resampling.outputLength(11, FS, SamplingRate.ofHz(30)));
    assertEquals(21, Resampling.outputLength(11, FS, SamplingRate.ofHz(200)));
    assertEquals(1, Resampling.outputLength(1, FS, SamplingRate.ofHz(200)));
    assertEquals(0, Resampling.outputLength(0, FS, SamplingRate.ofHz(200)));
  }

  @Test
  void nanTouchesOnlyItsNeighbourhood() {
    double[] x = {0, 1, 2, Double.NaN, 4, 5, 6, 7, 8};
    double[] lin = Resampling.resample(x, FS, SamplingRate.ofHz(200), Interpolation.LINEAR);
    // new sample k sits at original position k/2
    assertEquals(2.0, lin[4]);
    assertTrue(Double.isNaN(lin[5]) && Double.isNaN(lin[6]) && Double.isNaN(lin[7]));
    assertEquals(4.0, lin[8]);
    assertEquals(4.5, lin[9], 1e-15);
    double[] cub = Resampling.resample(x, FS, SamplingRate.ofHz(200), Interpolation.CUBIC_SPLINE);
    // each run is a straight line, so the splines reproduce it
    assertEquals(1.5, cub[3], 1e-15);
    assertTrue(Double.isNaN(cub[5]) && Double.isNaN(cub[7]));
    assertEquals(6.5, cub[13], 1e-14);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Resampling.resample(
                new double[] {1, Double.POSITIVE_INFINITY}, FS, FS, Interpolation.LINEAR));
  }

  @Property(tries = 100)
  void sameRateReturnsTheSignal(
      @ForAll @IntRange(min = 1, max = 50) int n, @ForAll @DoubleRange(min = 1, max = 1e3) double hz) {
    double[] x = new java.util.Random(n).doubles(n, -5, 5).toArray();
    SamplingRate r = SamplingRate.ofHz(hz);
    for (Interpolation m : Interpolation.values()) {
      assertArrayEquals(x, Resampling.resample(x, r, r, m), 0.0);
    }
  }

  @Property(tries = 200)
  void linearRampIsExactUnderBothMethods(
      @ForAll @IntRange(min = 2, max = 80) int n,
      @ForAll @DoubleRange(min = 5, max = 500) double fromHz,
      @ForAll @DoubleRange(min = 5, max = 500) double toHz,
      @ForAll @DoubleRange(min = -10, max = 10) double offset,
      @ForAll @DoubleRange(min = -10, max = 10) double slopePerS) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = offset + slopePerS * i / fromHz;
    }
    SamplingRate from = SamplingRate.ofHz(fromHz);
    SamplingRate to = SamplingRate.ofHz(toHz);
    double scale = Math.abs(offset) + Math.abs(slopePerS) * n / fromHz + 1;
    for (Interpolation m : Interpolation.values()) {
      double[] y = Resampling.resample(x, from, to, m);
      assertEquals(Resampling.outputLength(n, from, to), y.length);
      for (int k = 0; k < y.length; k++) {
        // a ramp is reproduced up to rounding of t (a few ulps of the signal's scale)
        assertEquals(offset + slopePerS * k / toHz, y[k], 1e-13 * scale * n, m + " at " + k);
      }
    }
  }

  @Property(tries = 100)
  void cubicSplineIsExactForCubics(
      @ForAll @IntRange(min = 4, max = 40) int n,
      @ForAll @DoubleRange(min = -2, max = 2) double c3,
      @ForAll @DoubleRange(min = -2, max = 2) double c2,
      @ForAll @DoubleRange(min = 10, max = 300) double toHz) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      double u = (double) i / n;
      x[i] = c3 * u * u * u + c2 * u * u;
    }
    double[] y = Resampling.resample(x, FS, SamplingRate.ofHz(toHz), Interpolation.CUBIC_SPLINE);
    for (int k = 0; k < y.length; k++) {
      double u = k * 100.0 / toHz / n;
      assertEquals(c3 * u * u * u + c2 * u * u, y[k], 1e-12, "at " + k);
    }
  }
}
