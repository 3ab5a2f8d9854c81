package org.gait4j.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of {@link PeakFinder} on random signals (integer-valued with many ties, plateau-heavy,
 * real-valued, random walks) and random combinations of conditions, and agreement with the
 * brute-force {@link ReferencePeakFinder}.
 *
 * <p>Reference comparisons are exact for indices and bases and exact ({@code ==}) for the
 * floating-point properties too: the reference evaluates the same expressions from the definitions,
 * in the same order, so any difference is a bug, not rounding.
 */
class PeakFinderPropertiesTest {

  @Property(tries = 1500)
  void agreesWithBruteForceReference(@ForAll("signals") double[] x, @ForAll long seed) {
    ReferencePeakFinder.Criteria c = randomCriteria(new Random(seed));
    Peaks actual = c.toFinder().find(x);
    List<ReferencePeakFinder.Peak> expected = ReferencePeakFinder.find(x, c);
    String why = c + " on " + Arrays.toString(x);

    assertArrayEquals(ReferencePeakFinder.indices(expected), actual.indices(), why);
    if (!Double.isNaN(c.heightMin)) {
      double[] h = actual.peakHeights();
      for (int k = 0; k < h.length; k++) {
        assertEquals(x[expected.get(k).index], h[k], why);
      }
    }
    if (!Double.isNaN(c.thresholdMin)) {
      assertArrayEquals(doubles(expected, p -> p.leftThreshold), actual.leftThresholds(), why);
      assertArrayEquals(doubles(expected, p -> p.rightThreshold), actual.rightThresholds(), why);
    }
    if (!Double.isNaN(c.prominenceMin) || !Double.isNaN(c.widthMin)) {
      assertArrayEquals(doubles(expected, p -> p.prominence), actual.prominences(), why);
      assertArrayEquals(ints(expected, p -> p.leftBase), actual.leftBases(), why);
      assertArrayEquals(ints(expected, p -> p.rightBase), actual.rightBases(), why);
    }
    if (!Double.isNaN(c.widthMin)) {
      assertArrayEquals(doubles(expected, p -> p.width), actual.widths(), why);
      assertArrayEquals(doubles(expected, p -> p.widthHeight), actual.widthHeights(), why);
      assertArrayEquals(doubles(expected, p -> p.leftIp), actual.leftIps(), why);
      assertArrayEquals(doubles(expected, p -> p.rightIp), actual.rightIps(), why);
    }
    if (c.plateauMin >= 0) {
      assertArrayEquals(ints(expected, p -> p.leftEdge), actual.leftEdges(), why);
      assertArrayEquals(ints(expected, p -> p.rightEdge), actual.rightEdges(), why);
    }
  }

  @Property(tries = 1000)
  void everyPeakIsAPlateauMiddleAndMeetsEveryCondition(
      @ForAll("signals") double[] x, @ForAll long seed) {
    ReferencePeakFinder.Criteria c = randomCriteria(new Random(seed));
    // ask for every property so that each condition can be checked on what was returned
    PeakFinder f = c.toFinder();
    if (Double.isNaN(c.widthMin)) {
      f = f.withWidthSamples(Double.NEGATIVE_INFINITY); // computes widths, keeps every peak
    }
    Peaks peaks = f.find(x);
    int[] at = peaks.indices();
    double[] prom = peaks.prominences();
    double[] widths = peaks.widths();
    for (int k = 0; k < at.length; k++) {
      int p = at[k];
      int l = p;
      while (l > 0 && x[l - 1] == x[p]) {
        l--;
      }
      int r = p;
      while (r < x.length - 1 && x[r + 1] == x[p]) {
        r++;
      }
      assertTrue(l >= 1 && r <= x.length - 2, "plateau touches an end at " + p);
      assertTrue(x[l - 1] < x[p] && x[r + 1] < x[p], "not a local maximum at " + p);
      assertEquals((l + r) / 2, p, "not the plateau middle");
      if (c.plateauMin >= 0) {
        int size = r - l + 1;
        assertTrue(size >= c.plateauMin && (c.plateauMax < 0 || size <= c.plateauMax));
      }
      if (!Double.isNaN(c.heightMin)) {
        assertTrue(x[p] >= c.heightMin && (Double.isNaN(c.heightMax) || x[p] <= c.heightMax));
      }
      if (!Double.isNaN(c.thresholdMin)) {
        double lt = x[p] - x[p - 1];
        double rt = x[p] - x[p + 1];
        assertTrue(Math.min(lt, rt) >= c.thresholdMin);
        assertTrue(Double.isNaN(c.thresholdMax) || Math.max(lt, rt) <= c.thresholdMax);
      }
      if (!Double.isNaN(c.prominenceMin)) {
        assertTrue(prom[k] >= c.prominenceMin);
        assertTrue(Double.isNaN(c.prominenceMax) || prom[k] <= c.prominenceMax);
      }
      assertTrue(prom[k] >= 0 && widths[k] >= 0);
      if (!Double.isNaN(c.widthMin)) {
        assertTrue(widths[k] >= c.widthMin);
        assertTrue(Double.isNaN(c.widthMax) || widths[k] <= c.widthMax);
      }
      if (c.distance > 0 && k > 0) {
        assertTrue(at[k] - at[k - 1] >= c.distance, "peaks closer than the distance");
      }
      if (k > 0) {
        assertTrue(at[k] > at[k - 1], "indices not increasing");
      }
    }
  }

  /** Every local maximum removed by the distance rule lies close to a kept peak at least as high. */
  @Property(tries = 500)
  void distanceRemovesOnlyPeaksNextToHigherOnes(
      @ForAll("signals") double[] x, @ForAll("distances") int distance) {
    int[] all = PeakFinder.withDefaults().find(x).indices();
    int[] kept = PeakFinder.withDefaults().withDistanceSamples(distance).find(x).indices();
    for (int p : all) {
      if (Arrays.binarySearch(kept, p) >= 0) {
        continue;
      }
      boolean covered = false;
      for (int q : kept) {
        covered |= Math.abs(q - p) < distance && x[q] >= x[p];
      }
      assertTrue(covered, "peak " + p + " removed without a higher kept peak nearby");
    }
    for (int i = 1; i < kept.length; i++) {
      assertTrue(kept[i] - kept[i - 1] >= distance);
    }
  }

  @Property(tries = 300)
  void valleysArePeaksOfTheNegatedSignal(@ForAll("signals") double[] x, @ForAll long seed) {
    PeakFinder f = randomCriteria(new Random(seed)).toFinder();
    double[] negated = Arrays.stream(x).map(v -> -v).toArray();
    Peaks valleys = f.findValleys(x);
    Peaks peaks = f.find(negated);
    assertArrayEquals(peaks.indices(), valleys.indices());
    assertEquals(peaks.properties(), valleys.properties());
  }

  @Property(tries = 300)
  void inputIsNotModified(@ForAll("signals") double[] x, @ForAll long seed) {
    double[] copy = x.clone();
    PeakFinder f = randomCriteria(new Random(seed)).toFinder();
    f.find(x);
    f.findValleys(x);
    assertArrayEquals(copy, x);
  }

  /** Prepending samples equal to the first one shifts every index by the same amount. */
  @Property(tries = 300)
  void shiftingTheSignalShiftsThePeaks(
      @ForAll("signals") double[] x, @ForAll long seed, @ForAll("distances") int shift) {
    if (x.length == 0) {
      return;
    }
    ReferencePeakFinder.Criteria c = randomCriteria(new Random(seed));
    c.widthMin = Double.isNaN(c.widthMin) ? 0 : c.widthMin;
    double[] shifted = new double[x.length + shift];
    Arrays.fill(shifted, 0, shift, x[0]);
    System.arraycopy(x, 0, shifted, shift, x.length);
    Peaks a = c.toFinder().find(x);
    Peaks b = c.toFinder().find(shifted);
    assertArrayEquals(plus(a.indices(), shift), b.indices());
    assertArrayEquals(plus(a.leftBases(), shift), b.leftBases());
    assertArrayEquals(plus(a.rightBases(), shift), b.rightBases());
    assertArrayEquals(a.prominences(), b.prominences());
    // crossings move by `shift`, so their difference may change in the last bits
    assertArrayEquals(a.widths(), b.widths(), 1e-12);
  }

  @Property(tries = 300)
  void argsortIsASortingPermutation(@ForAll("signals") double[] v) {
    int[] order = PeakDistance.argsort(v, v.length);
    boolean[] seen = new boolean[v.length];
    for (int i = 0; i < order.length; i++) {
      assertTrue(!seen[order[i]], "repeated position");
      seen[order[i]] = true;
      if (i > 0) {
        assertTrue(v[order[i - 1]] <= v[order[i]], "not ascending");
      }
    }
    if (v.length <= 16) { // NumPy sorts so few elements by insertion sort alone, which is stable
      for (int i = 1; i < order.length; i++) {
        assertTrue(v[order[i - 1]] < v[order[i]] || order[i - 1] < order[i], "unstable tie");
      }
    }
  }

  @Provide
  Arbitrary<Integer> distances() {
    return Arbitraries.integers().between(1, 40);
  }

  @Provide
  Arbitrary<double[]> signals() {
    Arbitrary<double[]> integers =
        Arbitraries.integers()
            .between(1, 5)
            .flatMap(
                k ->
                    Arbitraries.integers()
                        .between(0, k)
                        .list()
                        .ofMaxSize(300)
                        .map(l -> l.stream().mapToDouble(i -> i).toArray()));
    Arbitrary<double[]> plateaus =
        Arbitraries.integers()
            .between(0, 7 * 8 - 1)
            .list()
            .ofMaxSize(80)
            .map(
                runs -> {
                  List<Double> out = new ArrayList<>();
                  for (int e : runs) {
                    for (int r = 0; r <= e / 7; r++) {
                      out.add((double) (e % 7));
                    }
                  }
                  return out.stream().mapToDouble(Double::doubleValue).toArray();
                });
    Arbitrary<double[]> reals =
        Arbitraries.doubles()
            .between(-5, 5)
            .ofScale(6)
            .list()
            .ofMaxSize(300)
            .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    Arbitrary<double[]> walks =
        reals.map(
            steps -> {
              double[] w = new double[steps.length];
              double s = 0;
              for (int i = 0; i < w.length; i++) {
                s += steps[i];
                w[i] = Math.rint(s * 4) / 4; // quarter steps: ties and plateaus on a walk
              }
              return w;
            });
    return Arbitraries.oneOf(integers, plateaus, reals, walks);
  }

  /** Each condition with probability 0.4, bounds drawn so that they often equal sample values. */
  static ReferencePeakFinder.Criteria randomCriteria(Random rnd) {
    ReferencePeakFinder.Criteria c = new ReferencePeakFinder.Criteria();
    if (rnd.nextDouble() < 0.4) {
      c.heightMin = rnd.nextDouble() < 0.2 ? Double.NEGATIVE_INFINITY : bound(rnd, -2, 5);
      c.heightMax = rnd.nextBoolean() ? Double.NaN : Math.max(c.heightMin, bound(rnd, -1, 6));
      if (c.heightMax == Double.NEGATIVE_INFINITY) {
        c.heightMax = Double.NaN;
      }
    }
    if (rnd.nextDouble() < 0.4) {
      c.thresholdMin = rnd.nextDouble() < 0.2 ? Double.NEGATIVE_INFINITY : bound(rnd, 0, 2);
      c.thresholdMax = rnd.nextBoolean() ? Double.NaN : Math.max(c.thresholdMin, bound(rnd, 0, 4));
      if (c.thresholdMax == Double.NEGATIVE_INFINITY) {
        c.thresholdMax = Double.NaN;
      }
    }
    if (rnd.nextDouble() < 0.4) {
      c.distance = 1 + rnd.nextInt(rnd.nextBoolean() ? 5 : 40);
    }
    if (rnd.nextDouble() < 0.5) {
      c.prominenceMin = bound(rnd, 0, 3);
      c.prominenceMax = rnd.nextBoolean() ? Double.NaN : c.prominenceMin + bound(rnd, 0, 5);
    }
    if (rnd.nextDouble() < 0.5) {
      c.wlen = 2 + rnd.nextInt(rnd.nextBoolean() ? 6 : 60);
    }
    if (rnd.nextDouble() < 0.5) {
      c.widthMin = bound(rnd, 0, 4);
      c.widthMax = rnd.nextBoolean() ? Double.NaN : c.widthMin + bound(rnd, 0, 20);
    }
    double[] rels = {0, 0.25, 0.5, 0.5, 1, 1.5, rnd.nextDouble()};
    c.relHeight = rels[rnd.nextInt(rels.length)];
    if (rnd.nextDouble() < 0.4) {
      c.plateauMin = rnd.nextInt(4);
      c.plateauMax = rnd.nextBoolean() ? -1 : c.plateauMin + rnd.nextInt(4);
    }
    return c;
  }

  /** Half the time a multiple of 0.5 (equal to integer-valued samples), else uniform. */
  private static double bound(Random rnd, double lo, double hi) {
    double v = lo + (hi - lo) * rnd.nextDouble();
    return rnd.nextBoolean() ? Math.rint(v * 2) / 2 : v;
  }

  private static int[] plus(int[] a, int d) {
    return Arrays.stream(a).map(v -> v + d).toArray();
  }

  private static double[] doubles(
      List<ReferencePeakFinder.Peak> peaks,
      java.util.function.ToDoubleFunction<ReferencePeakFinder.Peak> f) {
    return peaks.stream().mapToDouble(f).toArray();
  }

  private static int[] ints(
      List<ReferencePeakFinder.Peak> peaks,
      java.util.function.ToIntFunction<ReferencePeakFinder.Peak> f) {
    return peaks.stream().mapToInt(f).toArray();
  }
}
