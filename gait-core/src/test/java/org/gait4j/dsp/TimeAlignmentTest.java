package org.gait4j.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.gait4j.model.SamplingRate;
import org.gait4j.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Time alignment against {@code scipy.signal.correlate}/{@code correlation_lags} (golden) and
 * recovery of known shifts. Tolerance on the correlation curve 1e-12 relative to its maximum (same
 * sums, different summation order).
 */
class TimeAlignmentTest {
  private static final SamplingRate FS = SamplingRate.ofHz(100.0);

  @Test
  void correlationCurveMatchesScipy() {
    double[] a = Golden.vector("misc/align_a.txt");
    double[] b = Golden.vector("misc/align_b.txt");
    List<double[]> rows = Golden.matrix("misc/align_ncc.txt");
    double[] expected = new double[rows.size()];
    for (int q = 0; q < rows.size(); q++) {
      assertEquals(q - 199, (int) rows.get(q)[0]);
      expected[q] = rows.get(q)[1];
    }
    double[] c = TimeAlignment.normalisedCrossCorrelation(a, b, -199, 199);
    Tolerance.assertClose("align ncc", c, expected, 1e-12);
  }

  @Test
  void recoversTheGoldenShift() {
    double[] a = Golden.vector("misc/align_a.txt");
    double[] b = Golden.vector("misc/align_b.txt");
    LagEstimate lag = TimeAlignment.estimate(a, FS, b, FS, 0.2);
    // generator: a[n] ~ b[n + 7]; SciPy's argmax lag is -7 (header of align_ncc.txt)
    assertEquals(-7, lag.integerLagSamples());
    assertEquals(-0.07, lag.lagS(), 0.005);
    assertTrue(lag.correlation() > 0.9);
  }

  @Test
  void differentRatesAreResampledToTheFirst() {
    double[] a = Golden.vector("misc/align_a.txt");
    double[] b = Golden.vector("misc/align_b.txt");
    // b at 50 Hz: every second sample; the 7-sample (70 ms) lag survives in a's samples
    double[] half = new double[b.length / 2];
    for (int i = 0; i < half.length; i++) {
      half[i] = b[2 * i];
    }
    LagEstimate lag = TimeAlignment.estimate(a, FS, half, SamplingRate.ofHz(50), 0.2);
    assertEquals(-0.07, lag.lagS(), 0.011);
    assertEquals(FS, lag.rate());
  }

  @Test
  void subSampleShiftIsRefined() {
    int n = 400;
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = pulse(i - 200.0 - 3.3);
      b[i] = pulse(i - 200.0);
    }
    LagEstimate lag = TimeAlignment.estimate(a, FS, b, FS, 0.5);
    assertEquals(3, lag.integerLagSamples());
    assertEquals(3.3, lag.lagSamples(), 0.05);
  }

  /** A zero-mean pulse (derivative of a Gaussian), so mean removal adds no slope to c(l). */
  private static double pulse(double u) {
    return -u / 15.0 * Math.exp(-u * u / (2 * 15.0 * 15.0));
  }

  @Test
  void badInputIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TimeAlignment.estimate(new double[10], FS, new double[] {1, 2, 3}, FS, 0.1));
    assertThrows(
        IllegalArgumentException.class,
        () -> TimeAlignment.estimate(new double[] {1, Double.NaN}, FS, new double[] {1, 2}, FS, 0.1));
    assertThrows(
        IllegalArgumentException.class,
        () -> TimeAlignment.estimate(new double[] {1, 2}, FS, new double[] {1, 2}, FS, -1));
  }

  @Property(tries = 100)
  void recoversARandomIntegerShift(
      @ForAll @IntRange(min = -25, max = 25) int shift, @ForAll @LongRange(min = 0, max = 1 << 30) long seed) {
    Random rnd = new Random(seed);
    int n = 300;
    double[] base = new double[n + 60];
    for (int i = 0; i < base.length; i++) {
      base[i] = rnd.nextGaussian();
    }
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = base[i + 30 - shift]; // a[n] = b[n - shift]
      b[i] = base[i + 30];
    }
    LagEstimate lag = TimeAlignment.estimate(a, FS, b, FS, 0.3);
    assertEquals(shift, lag.integerLagSamples());
    assertEquals(shift / 100.0, lag.lagS(), 0.005);
  }
}
