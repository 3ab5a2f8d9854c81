package org.gait4j.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.junit.jupiter.api.Test;

/**
 * Subsequence DTW against a brute-force reference written from Müller 2007 (full accumulated-cost
 * matrix, then backtracking with the same predecessor order), plus match finding on a signal with
 * planted template copies.
 */
class SubsequenceDtwTest {
  private static final SamplingRate FS = SamplingRate.ofHz(100.0);

  /** Full-matrix subsequence DTW; returns {costs, starts as doubles}. */
  static double[][] bruteForce(double[][] t, double[][] s) {
    int m = t.length;
    int n = s.length;
    double[][] c = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int ch = 0; ch < t[i].length; ch++) {
          double d = t[i][ch] - s[j][ch];
          sum += d * d;
        }
        c[i][j] = sum;
      }
    }
    double[][] d = new double[m][n];
    for (int j = 0; j < n; j++) {
      d[0][j] = c[0][j];
    }
    for (int i = 1; i < m; i++) {
      d[i][0] = c[i][0] + d[i - 1][0];
      for (int j = 1; j < n; j++) {
        d[i][j] = c[i][j] + Math.min(d[i - 1][j - 1], Math.min(d[i - 1][j], d[i][j - 1]));
      }
    }
    double[] cost = new double[n];
    double[] start = new double[n];
    for (int end = 0; end < n; end++) {
      cost[end] = d[m - 1][end];
      int i = m - 1;
      int j = end;
      while (i > 0) {
        if (j == 0) {
          i--;
          continue;
        }
        double diag = d[i - 1][j - 1];
        double vert = d[i - 1][j];
        double horiz = d[i][j - 1];
        // first minimum in the order diagonal, vertical, horizontal
        if (diag <= vert && diag <= horiz) {
          i--;
          j--;
        } else if (vert <= horiz) {
          i--;
        } else {
          j--;
        }
      }
      start[end] = j;
    }
    return new double[][] {cost, start};
  }

  private static double[][] random(Random rnd, int rows, int channels, int levels) {
    double[][] x = new double[rows][channels];
    for (double[] r : x) {
      for (int c = 0; c < channels; c++) {
        // few distinct values make ties frequent, exercising the tie-breaking rule
        r[c] = levels > 0 ? rnd.nextInt(levels) : rnd.nextGaussian();
      }
    }
    return x;
  }

  @Property(tries = 300)
  void equalsBruteForce(
      @ForAll @IntRange(min = 1, max = 8) int m,
      @ForAll @IntRange(min = 1, max = 25) int n,
      @ForAll @IntRange(min = 1, max = 3) int channels,
      @ForAll @IntRange(min = 0, max = 3) int levels,
      @ForAll @LongRange(min = 0, max = 1 << 30) long seed) {
    Random rnd = new Random(seed);
    double[][] t = random(rnd, m, channels, levels);
    double[][] s = random(rnd, n, channels, levels);
    DtwCostFunction f = SubsequenceDtw.of(t).costFunction(s);
    double[][] ref = bruteForce(t, s);
    assertArrayEquals(ref[0], f.costs(), 0.0);
    int[] starts = f.starts();
    for (int j = 0; j < n; j++) {
      assertEquals((int) ref[1][j], starts[j], "start of match ending at " + j);
    }
  }

  /**
   * The bounded (pruned) cost function is the brute force, bit for bit with its start, at every end
   * within the bound, and +inf with start j elsewhere; the bound is drawn among the costs so that
   * both sides occur (and at 0 and below every cost).
   */
  @Property(tries = 300)
  void boundedEqualsBruteForceWithinTheBound(
      @ForAll @IntRange(min = 1, max = 8) int m,
      @ForAll @IntRange(min = 1, max = 25) int n,
      @ForAll @IntRange(min = 1, max = 3) int channels,
      @ForAll @IntRange(min = 0, max = 3) int levels,
      @ForAll @IntRange(min = -1, max = 24) int boundAt,
      @ForAll @LongRange(min = 0, max = 1 << 30) long seed) {
    Random rnd = new Random(seed);
    double[][] t = random(rnd, m, channels, levels);
    double[][] s = random(rnd, n, channels, levels);
    double[][] ref = bruteForce(t, s);
    double bound = boundAt < 0 ? 0.0 : ref[0][boundAt % n];
    DtwCostFunction f = SubsequenceDtw.of(t).costFunction(s, bound);
    for (int j = 0; j < n; j++) {
      if (ref[0][j] <= bound) {
        assertEquals(ref[0][j], f.cost(j), 0.0, "cost of match ending at " + j);
        assertEquals((int) ref[1][j], f.start(j), "start of match ending at " + j);
      } else {
        assertEquals(Double.POSITIVE_INFINITY, f.cost(j), "cost of match ending at " + j);
        assertEquals(j, f.start(j), "start of match ending at " + j);
      }
    }
  }

  @Test
  void findsPlantedStridesInOrder() {
    int m = 40;
    double[][] template = new double[m][2];
    for (int i = 0; i < m; i++) {
      double ph = 2 * Math.PI * i / (m - 1);
      template[i][0] = Math.sin(ph);
      template[i][1] = Math.cos(2 * ph);
    }
    Random rnd = new Random(7);
    int[] starts = {10, 70, 115, 170};
    int[] lengths = {40, 35, 48, 40}; // stretched and compressed copies
    double[][] signal = new double[240][2];
    for (double[] r : signal) {
      r[0] = 0.02 * rnd.nextGaussian();
      r[1] = 1.0 + 0.02 * rnd.nextGaussian(); // cos(0) level between strides
    }
    for (int k = 0; k < starts.length; k++) {
      for (int q = 0; q < lengths[k]; q++) {
        double ph = 2 * Math.PI * q / (lengths[k] - 1);
        signal[starts[k] + q][0] = Math.sin(ph) + 0.02 * rnd.nextGaussian();
        signal[starts[k] + q][1] = Math.cos(2 * ph) + 0.02 * rnd.nextGaussian();
      }
    }
    List<DtwMatch> matches = SubsequenceDtw.of(template).findMatches(signal, FS, 2.0, 0.2);
    assertEquals(starts.length, matches.size(), matches.toString());
    for (int k = 0; k < starts.length; k++) {
      DtwMatch match = matches.get(k);
      assertTrue(Math.abs(match.startIndex() - starts[k]) <= 2, match + " vs start " + starts[k]);
      int end = starts[k] + lengths[k] - 1;
      assertTrue(Math.abs(match.endIndexInclusive() - end) <= 2, match + " vs end " + end);
      assertTrue(match.cost() <= 2.0);
    }
    for (int k = 1; k < matches.size(); k++) {
      assertTrue(matches.get(k).startIndex() > matches.get(k - 1).endIndexInclusive());
    }
  }

  @Test
  void minimaFinderHandlesPlateausEdgesAndThreshold() {
    double[] y = {0, 3, 1, 1, 1, 4, 2, 5, 0.5, 0.5, 0.5};
    // plateau 2..4 -> 3; 6 is a minimum; the run at the end touches the border -> not a minimum
    assertArrayEquals(new int[] {3, 6}, SubsequenceDtw.localMinima(y, 10));
    assertArrayEquals(new int[] {3}, SubsequenceDtw.localMinima(y, 1.5));
    // distance 4: 6 is within 4 of the lower minimum at 3
    assertArrayEquals(
        new int[] {3}, SubsequenceDtw.selectByDistance(y, new int[] {3, 6}, 4));
    assertArrayEquals(
        new int[] {3, 6}, SubsequenceDtw.selectByDistance(y, new int[] {3, 6}, 3));
  }

  @Test
  void invalidInputIsRejected() {
    SubsequenceDtw dtw = SubsequenceDtw.of(new double[][] {{1, 2}, {3, 4}});
    assertThrows(IllegalArgumentException.class, () -> dtw.costFunction(new double[][] {{1}}));
    assertThrows(
        IllegalArgumentException.class, () -> dtw.costFunction(new double[][] {{1, Double.NaN}}));
    assertThrows(IllegalArgumentException.class, () -> SubsequenceDtw.of(new double[0][]));
    assertThrows(IllegalArgumentException.class,
        () -> dtw.costFunction(new double[][] {{1, 2}}, Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> dtw.costFunction(new double[][] {{1, 2}}, -1.0));
    assertThrows(
        IllegalArgumentException.class,
        () -> dtw.findMatches(new double[][] {{1, 2}}, FS, -1, 0.1));
  }
}
