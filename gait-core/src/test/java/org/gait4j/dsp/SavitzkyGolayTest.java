package org.gait4j.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.gait4j.dsp.SavitzkyGolay.EdgeMode;
import org.gait4j.model.SamplingRate;
import org.gait4j.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Savitzky–Golay against {@code scipy.signal.savgol_filter} (golden files from gen_misc.py) and
 * polynomial-exactness properties.
 *
 * <p>Tolerance 1e-10 relative to the largest expected value: both sides solve the same small
 * least-squares problems (SciPy by SVD-based lstsq/polyfit, here by pivoted QR on a scaled
 * abscissa), which agree to ~1e-13 for these windows; third derivatives multiply by fs³ = 1e6 but
 * that scale is shared by the whole vector, so the error relative to its maximum stays small.
 */
class SavitzkyGolayTest {
  private static final SamplingRate FS = SamplingRate.ofHz(100.0);

  @ParameterizedTest
  @CsvSource({
    "11,3,0,interp", "11,3,1,interp", "11,3,2,interp", "7,2,0,interp", "5,4,0,interp",
    "21,5,1,interp", "101,3,0,interp", "31,6,3,interp", "9,3,0,nearest", "9,3,1,mirror",
    "9,3,0,constant", "9,3,2,wrap", "3,0,0,interp", "3,1,1,nearest"
  })
  void matchesScipy(int w, int p, int d, String mode) {
    double[] x = Golden.vector("misc/savgol_input.txt");
    String name = String.format(Locale.ROOT, "misc/savgol_%s_w%d_p%d_d%d.txt", mode, w, p, d);
    double[] expected = Golden.vector(name);
    SavitzkyGolay sg =
        SavitzkyGolay.of(w, p).withEdgeMode(EdgeMode.valueOf(mode.toUpperCase(Locale.ROOT)));
    double[] actual = d == 0 ? sg.smooth(x) : sg.derivative(x, d, FS);
    Tolerance.assertClose(name, actual, expected, 1e-10);
  }

  @ParameterizedTest
  @EnumSource(value = EdgeMode.class, names = {"MIRROR", "NEAREST", "WRAP", "CONSTANT"})
  void windowLongerThanSignalExtendsRepeatedly(EdgeMode mode) {
    double[] xs = java.util.Arrays.copyOf(Golden.vector("misc/savgol_input.txt"), 5);
    String name = "misc/savgol_short_" + mode.name().toLowerCase(Locale.ROOT) + ".txt";
    double[] actual = SavitzkyGolay.of(9, 2).withEdgeMode(mode).smooth(xs);
    Tolerance.assertClose(name, actual, Golden.vector(name), 1e-10);
  }

  @Test
  void smoothingCoefficientsOf5And2AreTheClassicTable() {
    // Savitzky & Golay 1964, Table I (quadratic, 5 points): (-3, 12, 17, 12, -3) / 35
    double[] c = SavitzkyGolay.of(5, 2).coefficients(0);
    double[] expected = {-3 / 35.0, 12 / 35.0, 17 / 35.0, 12 / 35.0, -3 / 35.0};
    assertArrayEquals(expected, c, 1e-15);
  }

  @Test
  void outBufferVariantWritesIntoOutAndLeavesInputAlone() {
    double[] x = Golden.vector("misc/savgol_input.txt");
    double[] copy = x.clone();
    SavitzkyGolay sg = SavitzkyGolay.of(11, 3);
    double[] out = new double[x.length];
    double[] returned = sg.derivative(x, 1, FS, out);
    assertTrue(returned == out);
    assertArrayEquals(sg.derivative(x, 1, FS), out, 0.0);
    assertArrayEquals(copy, x, 0.0);
  }

  @Test
  void validationMessagesNameTheParameter() {
    assertEquals(
        "polyOrder (5) must be less than windowLength (5)",
        assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.of(5, 5)).getMessage());
    assertEquals(
        "windowLength (6) must be odd",
        assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.of(6, 2)).getMessage());
    assertEquals(
        "x length (4) must be >= windowLength (5) with edge mode INTERP",
        assertThrows(
                IllegalArgumentException.class, () -> SavitzkyGolay.of(5, 2).smooth(new double[4]))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> SavitzkyGolay.of(5, 2).derivative(new double[9], 3, FS));
    double[] x = new double[9];
    assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.of(5, 2).smooth(x, x));
  }

  /** A polynomial of degree <= polyOrder is reproduced everywhere with INTERP, as are derivatives. */
  @Property(tries = 200)
  void polynomialsUpToPolyOrderAreExact(
      @ForAll @IntRange(min = 1, max = 12) int halfWindow,
      @ForAll @IntRange(min = 0, max = 6) int order,
      @ForAll @IntRange(min = 0, max = 30) int extra,
      @ForAll @DoubleRange(min = -2, max = 2) double a0,
      @ForAll @DoubleRange(min = -2, max = 2) double a1,
      @ForAll @DoubleRange(min = -2, max = 2) double a2,
      @ForAll @DoubleRange(min = -2, max = 2) double a3,
      @ForAll @DoubleRange(min = 10, max = 500) double hz) {
    int w = 2 * halfWindow + 1;
    int p = Math.min(order, w - 1);
    double[] coef = {a0, a1, a2, a3};
    int degree = Math.min(p, 3);
    int n = w + extra;
    SamplingRate rate = SamplingRate.ofHz(hz);
    double[] x = new double[n];
    double[] dx = new double[n];
    for (int i = 0; i < n; i++) {
      double t = (i - n / 2.0) / hz; // centred time keeps values moderate
      for (int k = 0; k <= degree; k++) {
        x[i] += coef[k] * Math.pow(t, k);
        if (k >= 1) {
          dx[i] += k * coef[k] * Math.pow(t, k - 1);
        }
      }
    }
    SavitzkyGolay sg = SavitzkyGolay.of(w, p);
    double[] smooth = sg.smooth(x);
    for (int i = 0; i < n; i++) {
      assertEquals(x[i], smooth[i], 1e-9 * (1 + Math.abs(x[i])), "smooth at " + i);
    }
    if (p >= 1) {
      double[] d1 = sg.derivative(x, 1, rate);
      // derivative weights carry a factor fs; the conditioning of the fit adds a factor ~ w^p
      double tol = 1e-11 * hz * Math.pow(w, Math.min(p, 6)) * (1 + maxAbs(x));
      for (int i = 0; i < n; i++) {
        assertEquals(dx[i], d1[i], tol, "derivative at " + i);
      }
    }
  }

  private static double maxAbs(double[] x) {
    return Tolerance.maxAbs(x);
  }
}
