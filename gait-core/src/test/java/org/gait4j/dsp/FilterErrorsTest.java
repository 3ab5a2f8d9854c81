package org.gait4j.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gait4j.model.SamplingRate;
import org.junit.jupiter.api.Test;

/** Argument checks, immutability and object methods of {@link Butterworth} and {@link SosFilter}. */
class FilterErrorsTest {

  private static final SamplingRate HZ100 = SamplingRate.ofHz(100);

  @Test
  void cutoffAboveNyquistIsRejectedWithItsValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Butterworth.lowPass(4, 60.0, HZ100));
    assertEquals("cutoffHz (60.0) must be below Nyquist (50.0 Hz for 100.0 Hz data)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Butterworth.highPass(2, 50.0, HZ100));
  }

  @Test
  void nonPositiveOrNonFiniteCutoffIsRejected() {
    for (double bad : new double[] {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Butterworth.lowPass(2, bad, HZ100));
      assertTrue(e.getMessage().startsWith("cutoffHz ("), e.getMessage());
    }
  }

  @Test
  void orderOutsideOneToTenIsRejected() {
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> Butterworth.lowPass(0, 6, HZ100));
    assertEquals("order (0) must be in [1, 10]", zero.getMessage());
    IllegalArgumentException eleven =
        assertThrows(IllegalArgumentException.class, () -> Butterworth.bandPass(11, 1, 6, HZ100));
    assertEquals("order (11) must be in [1, 10]", eleven.getMessage());
    assertEquals(5, Butterworth.lowPass(10, 6, HZ100).sectionCount());
    assertEquals(10, Butterworth.bandStop(10, 1, 6, HZ100).sectionCount());
  }

  @Test
  void bandEdgesMustIncreaseAndStayBelowNyquist() {
    IllegalArgumentException reversed =
        assertThrows(IllegalArgumentException.class, () -> Butterworth.bandPass(2, 12, 8, HZ100));
    assertEquals("lowHz (12.0) must be below highHz (8.0)", reversed.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Butterworth.bandStop(2, 8, 8, HZ100));
    IllegalArgumentException high =
        assertThrows(IllegalArgumentException.class, () -> Butterworth.bandPass(2, 8, 50, HZ100));
    assertEquals("highHz (50.0) must be below Nyquist (50.0 Hz for 100.0 Hz data)", high.getMessage());
  }

  @Test
  void bandTypeMustFitTheNumberOfCutoffs() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Butterworth.design(2, BandType.BAND_PASS, 6.0, HZ100));
    assertThrows(
        IllegalArgumentException.class,
        () -> Butterworth.design(2, BandType.LOW_PASS, 6.0, 8.0, HZ100));
    assertThrows(NullPointerException.class, () -> Butterworth.design(2, null, 6.0, HZ100));
  }

  @Test
  void zeroPhaseInputNotLongerThanPadLengthIsRejected() {
    SosFilter f = Butterworth.lowPass(4, 6, HZ100);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> f.filterZeroPhase(new double[15]));
    assertEquals(
        "x.length (15) must be greater than padLength (15) for zero-phase filtering with odd"
            + " padding",
        e.getMessage());
    assertEquals(16, f.filterZeroPhase(new double[16]).length);
    assertThrows(
        IllegalArgumentException.class,
        () -> f.filterZeroPhase(new double[][] {new double[10], new double[10]}));
    assertThrows(
        IllegalArgumentException.class,
        () -> f.filterZeroPhase(new double[][] {new double[100], new double[99]}));
  }

  @Test
  void outputBufferMustHaveInputLength() {
    SosFilter f = Butterworth.lowPass(2, 6, HZ100);
    assertThrows(IllegalArgumentException.class, () -> f.filterCausal(new double[5], new double[4]));
    assertThrows(
        IllegalArgumentException.class, () -> f.filterZeroPhase(new double[50], new double[51]));
    assertThrows(
        IndexOutOfBoundsException.class,
        () -> f.newStream().process(new double[10], 0, 10, new double[10], 1));
    assertThrows(
        IndexOutOfBoundsException.class,
        () -> f.newStream().process(new double[10], 5, 4, new double[10], 0));
  }

  @Test
  void causalFilteringAcceptsEmptyInput() {
    assertEquals(0, Butterworth.lowPass(2, 6, HZ100).filterCausal(new double[0]).length);
  }

  @Test
  void ofValidatesSections() {
    assertThrows(IllegalArgumentException.class, () -> SosFilter.of(new double[0][]));
    assertThrows(
        IllegalArgumentException.class, () -> SosFilter.of(new double[][] {{1, 0, 0, 1, 0}}));
    IllegalArgumentException a0 =
        assertThrows(
            IllegalArgumentException.class,
            () -> SosFilter.of(new double[][] {{1, 0, 0, 2, 0, 0}}));
    assertEquals("sos[0][3] = a0 (2.0) must be 1", a0.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> SosFilter.of(new double[][] {{1, Double.NaN, 0, 1, 0, 0}}));
  }

  @Test
  void coefficientsAreCopiedInAndOut() {
    double[][] sos = {{0.5, 0.5, 0, 1, 0.1, 0}};
    SosFilter f = SosFilter.of(sos);
    sos[0][0] = 99;
    assertEquals(0.5, f.sections()[0][0], 0.0);
    f.sections()[0][1] = 99;
    f.steadyStateInitialConditions()[0][0] = 99;
    assertArrayEquals(new double[] {0.5, 0.5, 0, 1, 0.1, 0}, f.sections()[0], 0.0);
    assertEquals(SosFilter.of(f.sections()), f);
    assertEquals(SosFilter.of(f.sections()).hashCode(), f.hashCode());
    assertNotEquals(Butterworth.lowPass(2, 6, HZ100), Butterworth.lowPass(2, 7, HZ100));
  }

  @Test
  void toStringShowsTheSections() {
    String s = Butterworth.lowPass(4, 6, HZ100).toString();
    assertTrue(s.startsWith("SosFilter[2 sections: ("), s);
    assertTrue(s.contains("| 1 "), s);
    assertEquals(
        "SosFilter[1 section: (0.5000000000 0.5000000000 0.000000000 | 1 0.000000000 0.000000000)]",
        SosFilter.of(new double[][] {{0.5, 0.5, 0, 1, 0, 0}}).toString());
  }

  /** Mirrors the usage snippets of the class documentation of Butterworth and SosFilter. */
  @Test
  void documentationSnippetsRun() {
    double[] x = new double[200];
    for (int i = 0; i < x.length; i++) {
      x[i] = 1.0 + Math.sin(2 * Math.PI * 1.0 * i / 100.0) + 0.3 * Math.sin(2 * Math.PI * 30 * i / 100.0);
    }
    SosFilter f = Butterworth.lowPass(4, 6.0, SamplingRate.ofHz(100));
    double[] smooth = f.filterZeroPhase(x);
    SosFilter.Stream live = f.newStream();
    live.resetToSteadyState(x[0]);
    double last = 0;
    for (double v : x) {
      last = live.process(v);
    }
    // 30 Hz is removed (attenuation > 60 dB), the 1 Hz wave and the offset pass
    for (int i = 50; i < 150; i++) {
      double clean = 1.0 + Math.sin(2 * Math.PI * 1.0 * i / 100.0);
      assertEquals(clean, smooth[i], 2e-3, "sample " + i);
    }
    // the start-up difference between zero and steady-state initial state has decayed after 2 s
    assertEquals(f.filterCausal(x, new double[x.length])[x.length - 1], last, 1e-12);
  }
}
