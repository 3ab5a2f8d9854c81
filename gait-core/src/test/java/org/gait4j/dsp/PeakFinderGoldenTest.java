package org.gait4j.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gait4j.model.SamplingRate;
import org.gait4j.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PeakFinder} against {@code scipy.signal.find_peaks} of SciPy 1.10.1 (NumPy 1.24.2), golden
 * files written by {@code gait-core/src/test/golden/gen_peaks.py}; each file's header quotes its
 * exact call, and the script documents the layout.
 *
 * <p>Tolerances: indices, bases, edges and plateau sizes must be equal. Floating-point properties
 * are compared with a relative tolerance of 1e-12 (against {@code max(|expected|, 1)}): both sides
 * perform the same IEEE-754 double operations in the same order (a subtraction for heights,
 * thresholds and prominences; one multiply-subtract for width heights; one divide-add per crossing)
 * and the files hold 17 significant digits, so the values are in fact bit-identical; the tolerance
 * only leaves room for a future contraction of multiply-add into FMA on either side, which would
 * change results by a few ulps, far below 1e-12.
 */
class PeakFinderGoldenTest {
  private static final double TOLERANCE = 1e-12;

  static Stream<String> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(PeakFinderGoldenTest.class.getResource("/golden/peaks").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".txt") && !n.startsWith("input_") && !n.startsWith("argsort_"))
              .map(n -> n.substring(0, n.length() - 4))
              .sorted()
              .collect(Collectors.toList());
      return names.stream();
    }
  }

  @Test
  void allCasesArePresent() throws IOException, URISyntaxException {
    // guards against an empty or half-copied resource folder making the parameterized test vacuous
    assertEquals(42, cases().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesScipy(String name) {
    GoldenCase c = GoldenCase.read(name);
    Peaks peaks = c.finder().find(c.x);
    c.assertMatches(peaks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void valleysOfNegatedSignalMatchScipy(String name) {
    GoldenCase c = GoldenCase.read(name);
    double[] negated = Arrays.stream(c.x).map(v -> -v).toArray();
    c.assertMatches(c.finder().findValleys(negated));
  }

  /** The gait-like case again, with its distance, window and width given in seconds at 100 Hz. */
  @Test
  void physicalUnitsGiveTheSameResultAsSamples() {
    GoldenCase c = GoldenCase.read("gait_full");
    // scipy call: distance=30, prominence=0.2, wlen=150, width=(5, None), rel_height=0.5
    PeakFinder inSeconds =
        PeakFinder.withDefaults()
            .withDistanceS(0.3)
            .withProminence(0.2)
            .withWlenS(1.5)
            .withWidthS(0.05);
    c.assertMatches(inSeconds.find(c.x, SamplingRate.ofHz(100)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("argsortCases")
  void argsortBreaksTiesLikeNumpy(String name) {
    List<double[]> rows = Golden.matrix("peaks/" + name + ".txt");
    double[] values = tail(rows.get(0));
    int[] expected = toInts(tail(rows.get(1)));
    assertArrayEquals(expected, PeakDistance.argsort(values, values.length));
  }

  static Stream<String> argsortCases() {
    return Stream.of(
        "argsort_ties_small", "argsort_ties_17", "argsort_ties_500", "argsort_killer",
        "argsort_organ", "argsort_normal");
  }

  /** One golden file: the criteria, the signal and scipy's outputs. */
  static final class GoldenCase {
    static final String[] PROPERTIES = {
      "peak_heights", "left_thresholds", "right_thresholds", "prominences", "left_bases",
      "right_bases", "widths", "width_heights", "left_ips", "right_ips", "plateau_sizes",
      "left_edges", "right_edges"
    };

    final String name;
    final double[] criteria;
    final double[] x;
    final int[] peaks;
    /** Scipy's properties in {@link #PROPERTIES} order; null where scipy returned no such key. */
    final double[][] properties = new double[PROPERTIES.length][];

    private GoldenCase(String name, List<double[]> rows) {
      this.name = name;
      this.criteria = rows.get(0);
      assertEquals(13, criteria.length, name + ": criteria row");
      this.x = tail(Golden.matrix("peaks/input_" + (int) rows.get(1)[0] + ".txt").get(0));
      this.peaks = toInts(tail(rows.get(2)));
      assertEquals(3 + PROPERTIES.length, rows.size(), name + ": rows");
      for (int p = 0; p < PROPERTIES.length; p++) {
        double[] r = rows.get(3 + p);
        properties[p] = r.length == 1 && r[0] == -1 ? null : tail(r);
      }
    }

    static GoldenCase read(String name) {
      return new GoldenCase(name, Golden.matrix("peaks/" + name + ".txt"));
    }

    /** The finder equivalent to the scipy call. */
    PeakFinder finder() {
      double[] c = criteria;
      PeakFinder f = PeakFinder.withDefaults();
      if (given(c[0])) {
        f = given(c[1]) ? f.withHeight(c[0], c[1]) : f.withHeight(c[0]);
      }
      if (given(c[2])) {
        f = given(c[3]) ? f.withThreshold(c[2], c[3]) : f.withThreshold(c[2]);
      }
      if (given(c[4])) {
        f = f.withDistanceSamples((int) Math.ceil(c[4])); // scipy rounds distance up
      }
      if (given(c[5])) {
        f = given(c[6]) ? f.withProminence(c[5], c[6]) : f.withProminence(c[5]);
      }
      if (given(c[7])) {
        f = f.withWlenSamples((int) Math.ceil(c[7])); // scipy rounds wlen up
      }
      if (given(c[8])) {
        f = given(c[9]) ? f.withWidthSamples(c[8], c[9]) : f.withWidthSamples(c[8]);
      }
      f = f.withRelHeight(c[10]);
      if (given(c[11])) {
        // scipy's (None, max) lower bound is -inf; plateau sizes are >= 1, so 0 is equivalent
        int min = c[11] == Double.NEGATIVE_INFINITY ? 0 : (int) Math.ceil(c[11]);
        f = given(c[12]) ? f.withPlateauSizeSamples(min, (int) c[12]) : f.withPlateauSizeSamples(min);
      }
      return f;
    }

    private static boolean given(double v) {
      return !Double.isNaN(v);
    }

    void assertMatches(Peaks actual) {
      assertArrayEquals(peaks, actual.indices(), name + ": peak indices");
      check(actual, Peaks.Property.PEAK_HEIGHTS, 0, actual::peakHeights);
      check(actual, Peaks.Property.THRESHOLDS, 1, actual::leftThresholds);
      check(actual, Peaks.Property.THRESHOLDS, 2, actual::rightThresholds);
      check(actual, Peaks.Property.PROMINENCES, 3, actual::prominences);
      checkInts(actual, Peaks.Property.PROMINENCES, 4, actual::leftBases);
      checkInts(actual, Peaks.Property.PROMINENCES, 5, actual::rightBases);
      check(actual, Peaks.Property.WIDTHS, 6, actual::widths);
      check(actual, Peaks.Property.WIDTHS, 7, actual::widthHeights);
      check(actual, Peaks.Property.WIDTHS, 8, actual::leftIps);
      check(actual, Peaks.Property.WIDTHS, 9, actual::rightIps);
      checkInts(actual, Peaks.Property.PLATEAUS, 10, actual::plateauSizes);
      checkInts(actual, Peaks.Property.PLATEAUS, 11, actual::leftEdges);
      checkInts(actual, Peaks.Property.PLATEAUS, 12, actual::rightEdges);
    }

    private void check(
        Peaks actual, Peaks.Property group, int p, java.util.function.Supplier<double[]> values) {
      if (properties[p] == null) {
        assertFalse(actual.has(group), name + ": " + PROPERTIES[p] + " should not be computed");
        return;
      }
      assertTrue(actual.has(group), name + ": " + PROPERTIES[p] + " should be computed");
      double err = Golden.maxRelativeError(values.get(), properties[p], 1.0);
      assertTrue(err <= TOLERANCE, name + ": " + PROPERTIES[p] + " relative error " + err);
    }

    private void checkInts(
        Peaks actual, Peaks.Property group, int p, java.util.function.Supplier<int[]> values) {
      if (properties[p] == null) {
        assertFalse(actual.has(group), name + ": " + PROPERTIES[p] + " should not be computed");
        return;
      }
      assertTrue(actual.has(group), name + ": " + PROPERTIES[p] + " should be computed");
      assertArrayEquals(toInts(properties[p]), values.get(), name + ": " + PROPERTIES[p]);
    }
  }

  /** A length-prefixed row without its length, checking the prefix. */
  static double[] tail(double[] row) {
    int n = (int) row[0];
    assertEquals(n, row.length - 1, "length prefix");
    return Arrays.copyOfRange(row, 1, row.length);
  }

  static int[] toInts(double[] v) {
    int[] out = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (int) v[i];
      assertEquals(v[i], out[i], "not an integer");
    }
    return out;
  }
}
