package org.gait4j.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.gait4j.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CWT against PyWavelets 1.1.1 {@code pywt.cwt} (gaus1..8) and SciPy 1.10.1 {@code
 * scipy.signal.cwt} (ricker); golden files from gen_misc.py.
 *
 * <p>Tolerance 1e-10 relative to the largest coefficient of each row: the discretisation (grid,
 * index flooring, trimming) is reproduced exactly, so the remaining differences are libm's {@code
 * exp} vs Java's (1 ulp) and summation order in the convolution, amplified at large scales by the
 * first difference of two nearly equal convolution sums (cancellation of about 10³ for these
 * scales).
 */
class ContinuousWaveletTransformTest {
  private static final double[] GAUS_SCALES = {0.3, 1.0, 2.5, 7.0, 20.0, 60.0};
  private static final double[] RICKER_WIDTHS = {1.0, 2.0, 3.5, 5.0, 10.0, 20.0};

  @ParameterizedTest
  @EnumSource(Wavelet.class)
  void matchesReference(Wavelet wavelet) {
    double[] x = Golden.vector("misc/cwt_input.txt");
    boolean ricker = wavelet == Wavelet.RICKER;
    double[] scales = ricker ? RICKER_WIDTHS : GAUS_SCALES;
    String file = "misc/cwt_" + wavelet.name().toLowerCase(java.util.Locale.ROOT) + ".txt";
    List<double[]> expected = Golden.matrix(file);
    CwtResult r = ContinuousWaveletTransform.of(wavelet).transform(x, scales);
    assertEquals(scales.length, r.scaleCount());
    assertEquals(x.length, r.length());
    for (int i = 0; i < scales.length; i++) {
      Tolerance.assertClose(file + " scale " + scales[i], r.row(i), expected.get(i), 1e-10);
    }
  }

  @Test
  void resultIsImmutableAndIndexed() {
    double[] x = Golden.vector("misc/cwt_input.txt");
    double[] scales = {2.0, 5.0};
    CwtResult r = ContinuousWaveletTransform.of(Wavelet.GAUS2).transform(x, scales);
    scales[0] = 99;
    assertEquals(2.0, r.scale(0));
    double[] row = r.row(1);
    row[3] = 1e9;
    assertEquals(r.get(1, 3), r.row(1)[3]);
    assertEquals(r.get(1, 3), r.row(1, new double[x.length])[3]);
    assertThrows(IndexOutOfBoundsException.class, () -> r.get(2, 0));
  }

  @Test
  void invalidInputIsRejected() {
    ContinuousWaveletTransform t = ContinuousWaveletTransform.of(Wavelet.GAUS1);
    assertThrows(IllegalArgumentException.class, () -> t.transform(new double[10], 0.01));
    assertThrows(IllegalArgumentException.class, () -> t.transform(new double[10], -1.0));
    assertThrows(IllegalArgumentException.class, () -> t.transform(new double[0], 1.0));
    assertThrows(
        IllegalArgumentException.class, () -> t.transform(new double[] {1, Double.NaN}, 1.0));
  }

  @Property(tries = 60)
  void transformIsLinear(
      @ForAll @LongRange(min = 0, max = 1 << 30) long seed,
      @ForAll @DoubleRange(min = -3, max = 3) double alpha,
      @ForAll @DoubleRange(min = 0.2, max = 30) double scale) {
    Random rnd = new Random(seed);
    int n = 64;
    double[] x = rnd.doubles(n, -1, 1).toArray();
    double[] y = rnd.doubles(n, -1, 1).toArray();
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      z[i] = alpha * x[i] + y[i];
    }
    for (Wavelet w : new Wavelet[] {Wavelet.values()[(int) (seed % 8)], Wavelet.RICKER}) {
      ContinuousWaveletTransform t = ContinuousWaveletTransform.of(w);
      double[] cx = t.transform(x, scale).row(0);
      double[] cy = t.transform(y, scale).row(0);
      double[] cz = t.transform(z, scale).row(0);
      double[] combined = new double[n];
      for (int i = 0; i < n; i++) {
        combined[i] = alpha * cx[i] + cy[i];
      }
      assertArrayEquals(combined, cz, 1e-11 * (1 + Tolerance.maxAbs(cz)) * (1 + scale), w.name());
    }
  }

  /** The FIR kernel of a Gaussian scale gives the transform away from the ends; it sums to 0. */
  @Property(tries = 30)
  void kernelIsTheTransformAwayFromTheEnds(@ForAll @LongRange(min = 0, max = 1000) long seed,
      @ForAll @DoubleRange(min = 0.5, max = 12) double scale) {
    Random r = new Random(seed);
    double[] x = new double[400];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.sin(i * 0.07) + 0.3 * r.nextGaussian() + 0.01 * i;
    }
    for (Wavelet w : new Wavelet[] {Wavelet.GAUS1, Wavelet.GAUS2}) {
      ContinuousWaveletTransform cwt = ContinuousWaveletTransform.of(w);
      double[] batch = cwt.transform(x, scale).row(0);
      double[] k = cwt.kernel(scale);
      int lead = (k.length - 1) / 2;
      double sum = 0;
      for (double v : k) {
        sum += v;
      }
      assertEquals(0, sum, 1e-12);
      for (int i = k.length; i < x.length - k.length; i++) {
        double s = 0;
        for (int j = 0; j < k.length; j++) {
          s += k[j] * x[i + lead - j];
        }
        assertEquals(batch[i], s, 1e-12 * (1 + Math.abs(batch[i])), w + " sample " + i);
      }
    }
    assertThrows(IllegalArgumentException.class,
        () -> ContinuousWaveletTransform.of(Wavelet.RICKER).kernel(scale));
  }
}
