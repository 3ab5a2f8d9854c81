package org.gait4j.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.gait4j.dsp.Derivatives.EdgeOrder;
import org.gait4j.model.SamplingRate;
import org.gait4j.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * {@code numpy.gradient} equivalence. Tolerance 1e-14 relative to the vector's maximum: the same
 * operations are done in the same order, so only a last-bit difference (e.g. a fused operation in
 * NumPy's loops) is allowed.
 */
class DerivativesTest {
  private static final SamplingRate FS = SamplingRate.ofHz(100.0);

  @Test
  void matchesNumpyGradientEdgeOrder1() {
    double[] x = Golden.vector("misc/savgol_input.txt");
    Tolerance.assertClose(
        "gradient edge 1", Derivatives.gradient(x, FS), Golden.vector("misc/gradient_edge1.txt"),
        1e-14);
  }

  @Test
  void matchesNumpyGradientEdgeOrder2() {
    double[] x = Golden.vector("misc/savgol_input.txt");
    double[] out = new double[x.length];
    Derivatives.gradient(x, FS, EdgeOrder.SECOND, out);
    Tolerance.assertClose("gradient edge 2", out, Golden.vector("misc/gradient_edge2.txt"), 1e-14);
  }

  @Test
  void tooShortInputsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Derivatives.gradient(new double[1], FS));
    assertThrows(
        IllegalArgumentException.class,
        () -> Derivatives.gradient(new double[2], FS, EdgeOrder.SECOND));
    assertArrayEquals(new double[] {100, 100}, Derivatives.gradient(new double[] {0, 1}, FS));
  }

  /** Central differences are exact for quadratics inside; SECOND edges are exact for quadratics too. */
  @Property(tries = 200)
  void exactForQuadraticsWithSecondOrderEdges(
      @ForAll @IntRange(min = 3, max = 60) int n,
      @ForAll @DoubleRange(min = -3, max = 3) double a,
      @ForAll @DoubleRange(min = -3, max = 3) double b,
      @ForAll @DoubleRange(min = -3, max = 3) double c,
      @ForAll @DoubleRange(min = 1, max = 1000) double hz) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      double t = i / hz;
      x[i] = a + b * t + c * t * t;
    }
    double[] g = Derivatives.gradient(x, SamplingRate.ofHz(hz), EdgeOrder.SECOND);
    double scale = 1 + Math.abs(b) + Math.abs(c) * n / hz;
    for (int i = 0; i < n; i++) {
      assertEquals(b + 2 * c * i / hz, g[i], 1e-12 * hz * n * scale, "at " + i);
    }
  }
}
