package org.gait4j.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.gait4j.model.SamplingRate;
import org.junit.jupiter.api.Test;

/** API behaviour of {@link PeakFinder} and {@link Peaks}: arguments, availability, copies. */
class PeakFinderTest {
  // small hand-checked signal: maxima at 2, at the plateau 4..6 (middle 5) and at 8
  //                          0    1    2    3    4    5    6    7    8    9   10
  private static final double[] X = {0, 1, 3, 1, 2, 2, 2, 0, 5, 4, 0};

  @Test
  void findsMaximaAndPlateauMiddles() {
    Peaks p = PeakFinder.withDefaults().find(X);
    // 2: single sample; 4..6: plateau of 3, middle 5; 8: single sample
    assertArrayEquals(new int[] {2, 5, 8}, p.indices());
    assertEquals(3, p.count());
    assertEquals(5, p.index(1));
    assertEquals(EnumSet.noneOf(Peaks.Property.class), p.properties());
  }

  @Test
  void evenPlateauRoundsDown() {
    Peaks p = PeakFinder.withDefaults().withPlateauSizeSamples(1).find(new double[] {0, 2, 2, 2, 2, 0});
    assertArrayEquals(new int[] {2}, p.indices());
    assertArrayEquals(new int[] {4}, p.plateauSizes());
    assertArrayEquals(new int[] {1}, p.leftEdges());
    assertArrayEquals(new int[] {4}, p.rightEdges());
  }

  @Test
  void prominencesAndBasesByHand() {
    Peaks p = PeakFinder.withDefaults().withProminence(0).find(X);
    // peak 2 (3): left min 0 at 0; right stretch up to 7 (5 > 3 at 8): min 0 at 7 -> prominence 3
    // peak 5 (2): left up to 2 (3 > 2): min 1 at 3; right min 0 at 7 -> prominence 2 - 1 = 1
    // peak 8 (5): whole signal, left min 0 at index 7 (nearest of the tied zeros), right 0 at 10
    assertArrayEquals(new double[] {3, 1, 5}, p.prominences());
    assertArrayEquals(new int[] {0, 3, 7}, p.leftBases());
    assertArrayEquals(new int[] {7, 7, 10}, p.rightBases());
  }

  @Test
  void propertiesFollowTheConditionsLikeScipy() {
    Peaks widthOnly = PeakFinder.withDefaults().withWidthSamples(0).find(X);
    assertTrue(widthOnly.has(Peaks.Property.WIDTHS));
    assertTrue(widthOnly.has(Peaks.Property.PROMINENCES), "width needs prominences, kept as scipy");
    assertFalse(widthOnly.has(Peaks.Property.PEAK_HEIGHTS));
    IllegalStateException e = assertThrows(IllegalStateException.class, widthOnly::peakHeights);
    assertTrue(e.getMessage().contains("peakHeights") && e.getMessage().contains("withHeight"),
        e.getMessage());
    Peaks none = PeakFinder.withDefaults().find(X);
    assertThrows(IllegalStateException.class, none::prominences);
    assertThrows(IllegalStateException.class, none::leftBases);
    assertThrows(IllegalStateException.class, none::widths);
    assertThrows(IllegalStateException.class, none::leftThresholds);
    assertThrows(IllegalStateException.class, none::plateauSizes);
  }

  @Test
  void accessorsReturnCopies() {
    Peaks p = PeakFinder.withDefaults().withHeight(0).withProminence(0).find(X);
    int[] idx = p.indices();
    idx[0] = 99;
    assertEquals(2, p.indices()[0]);
    double[] h = p.peakHeights();
    h[0] = 99;
    assertEquals(3.0, p.peakHeights()[0]);
    assertNotSame(p.leftBases(), p.leftBases());
  }

  @Test
  void conditionsAreIntervals() {
    assertArrayEquals(new int[] {2, 8}, PeakFinder.withDefaults().withHeight(3).find(X).indices());
    assertArrayEquals(new int[] {2, 5}, PeakFinder.withDefaults().withHeight(2, 3).find(X).indices());
    assertArrayEquals(
        new int[] {5}, PeakFinder.withDefaults().withHeight(Double.NEGATIVE_INFINITY, 2).find(X).indices());
    // thresholds: 2 -> (2, 2); 5 -> (0, 0) plateau; 8 -> (5, 1)
    assertArrayEquals(new int[] {2, 8}, PeakFinder.withDefaults().withThreshold(1).find(X).indices());
    assertArrayEquals(new int[] {5, 2}, new int[] {
        PeakFinder.withDefaults().withThreshold(0, 0).find(X).index(0),
        PeakFinder.withDefaults().withThreshold(1, 2).find(X).index(0)});
  }

  @Test
  void distanceKeepsTheHigherPeak() {
    assertArrayEquals(new int[] {2, 8}, PeakFinder.withDefaults().withDistanceSamples(4).find(X).indices());
    assertArrayEquals(new int[] {8}, PeakFinder.withDefaults().withDistanceSamples(7).find(X).indices());
  }

  @Test
  void secondsAreConvertedWithTheRate() {
    SamplingRate rate = SamplingRate.ofHz(100);
    double[] x = new double[400];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.sin(i * 0.9) + Math.sin(i * 0.05);
    }
    // 0.3 s * 100 Hz is 30.000000000000004 in doubles: it must count as 30 samples, not 31
    assertArrayEquals(
        PeakFinder.withDefaults().withDistanceSamples(30).find(x).indices(),
        PeakFinder.withDefaults().withDistanceS(0.3).find(x, rate).indices());
    assertArrayEquals(
        PeakFinder.withDefaults().withProminence(0).withWlenSamples(13).find(x).prominences(),
        PeakFinder.withDefaults().withProminence(0).withWlenS(0.125).find(x, rate).prominences());
    assertArrayEquals(
        PeakFinder.withDefaults().withWidthSamples(2.5, 9).find(x).indices(),
        PeakFinder.withDefaults().withWidthS(0.025, 0.09).find(x, rate).indices());
  }

  @Test
  void secondsWithoutRateIsAnError() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> PeakFinder.withDefaults().withDistanceS(0.3).find(X));
    assertTrue(e.getMessage().contains("distance") && e.getMessage().contains("rate"), e.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> PeakFinder.withDefaults().withProminence(0).withWlenS(1).findValleys(X));
    assertThrows(IllegalStateException.class, () -> PeakFinder.withDefaults().withWidthS(0.1).find(X));
  }

  @Test
  void argumentErrors() {
    PeakFinder f = PeakFinder.withDefaults();
    assertMessage(() -> f.withDistanceSamples(0), "distance (0 samples) must be >= 1");
    assertMessage(() -> f.withDistanceSamples(-3), "distance (-3 samples) must be >= 1");
    assertMessage(() -> f.withDistanceS(-0.1), "distance (-0.1) must be finite and > 0");
    assertMessage(() -> f.withRelHeight(-0.5), "relHeight (-0.5) must be finite and >= 0");
    assertMessage(() -> f.withRelHeight(Double.NaN), "relHeight (NaN) must be finite and >= 0");
    assertMessage(() -> f.withWlenSamples(1), "wlen (1 samples) must be > 1");
    assertMessage(() -> f.withWlenSamples(0), "wlen (0 samples) must be > 1");
    assertMessage(() -> f.withHeight(2, 1), "height min (2.0) must be <= max (1.0)");
    assertMessage(() -> f.withHeight(Double.NaN), "height bounds (NaN, Infinity) must not be NaN");
    assertMessage(() -> f.withProminence(1, Double.NaN), "prominence bounds (1.0, NaN) must not be NaN");
    assertMessage(() -> f.withWidthSamples(5, 4), "width min (5.0) must be <= max (4.0)");
    assertMessage(() -> f.withThreshold(1, 0), "threshold min (1.0) must be <= max (0.0)");
    assertMessage(() -> f.withPlateauSizeSamples(-1), "plateauSize min (-1) must be >= 0");
    assertMessage(() -> f.withPlateauSizeSamples(3, 2), "plateauSize min (3.0) must be <= max (2.0)");
    // a window in seconds shorter than 2 samples at the given rate
    PeakFinder shortWindow = f.withProminence(0).withWlenS(0.01);
    assertMessage(
        () -> shortWindow.find(X, SamplingRate.ofHz(100)),
        "wlen (0.01 s at 100.0 Hz) must span at least 2 samples, was 1");
    assertThrows(NullPointerException.class, () -> f.find(null));
    assertThrows(NullPointerException.class, () -> f.find(X, null));
  }

  @Test
  void nonFiniteSamplesAreRejectedByIndex() {
    double[] x = {0, 1, 0, Double.NaN, 1, 0};
    assertMessage(
        () -> PeakFinder.withDefaults().find(x),
        "x[3] (NaN) must be finite: interpolate or split around missing samples before finding"
            + " peaks");
    double[] y = {0, 1, Double.POSITIVE_INFINITY, 0};
    assertThrows(IllegalArgumentException.class, () -> PeakFinder.withDefaults().findValleys(y));
  }

  @Test
  void shortAndEmptySignalsHaveNoPeaksButTheRequestedProperties() {
    PeakFinder f = PeakFinder.withDefaults().withProminence(0).withWidthSamples(0).withPlateauSizeSamples(1);
    for (double[] x : new double[][] {{}, {1}, {1, 2}, {2, 2, 2}}) {
      Peaks p = f.find(x);
      assertEquals(0, p.count());
      assertEquals(0, p.widths().length);
      assertEquals(0, p.leftEdges().length);
    }
  }

  @Test
  void valleysAreMinima() {
    Peaks v = PeakFinder.withDefaults().withHeight(-0.5).withProminence(0).findValleys(X);
    // minima of X: 3 (1) and 7 (0); heights refer to -x: -x >= -0.5 keeps x <= 0.5, i.e. index 7
    assertArrayEquals(new int[] {7}, v.indices());
    assertArrayEquals(new double[] {-0.0}, v.peakHeights());
    // bases of a valley are maxima of x: no sample left of 7 is below 0, so the left stretch runs
    // to the start and its highest sample is x[2] = 3; right of 7 it is x[8] = 5
    assertArrayEquals(new int[] {2}, v.leftBases());
    assertArrayEquals(new int[] {8}, v.rightBases());
    assertArrayEquals(new double[] {3}, v.prominences());
  }

  /** Mirrors the usage snippet in {@link PeakFinder}'s class documentation. */
  @Test
  void classDocumentationSnippet() {
    double[] signal = new double[500];
    for (int i = 0; i < signal.length; i++) {
      signal[i] = Math.sin(2 * Math.PI * 1.8 * i / 100.0);
    }
    PeakFinder finder = PeakFinder.withDefaults()
        .withHeight(0.3)
        .withDistanceS(0.4)
        .withProminence(0.5);
    Peaks peaks = finder.find(signal, SamplingRate.ofHz(100));
    int[] at = peaks.indices();
    double[] prominences = peaks.prominences();
    // 1.8 Hz for 5 s: 9 crests, at 100 / 7.2 + k * 100 / 1.8 samples
    assertEquals(9, at.length);
    for (int k = 0; k < at.length; k++) {
      assertEquals(100 / 7.2 + k * 100 / 1.8, at[k], 0.5);
      // the first crest's left base is the signal start (0), the others stand on troughs (-1)
      assertEquals(k == 0 ? 1.0 : 2.0, prominences[k], 0.01);
    }
  }

  @Test
  void readableToStrings() {
    PeakFinder f = PeakFinder.withDefaults().withHeight(0.3).withDistanceS(0.4).withWidthSamples(2, 8);
    assertEquals(
        "PeakFinder[height >= 0.3, threshold -, distance 0.4 s, prominence -, wlen -,"
            + " width [2.0, 8.0] samples, relHeight 0.5, plateauSize -]",
        f.toString());
    assertEquals(
        "Peaks[count=3, indices=[2, 5, 8], properties=[PEAK_HEIGHTS]]",
        PeakFinder.withDefaults().withHeight(0).find(X).toString());
  }

  @Test
  void findersAreImmutable() {
    PeakFinder base = PeakFinder.withDefaults();
    PeakFinder tall = base.withHeight(4);
    assertArrayEquals(new int[] {2, 5, 8}, base.find(X).indices());
    assertArrayEquals(new int[] {8}, tall.find(X).indices());
  }

  private static void assertMessage(org.junit.jupiter.api.function.Executable call, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }
}
