package org.gait4j.dsp;

import java.util.Arrays;

/**
 * Local maxima of a sampled signal, flat plateaus included, and the valleys between them.
 *
 * <p>A local maximum is a run {@code x[l] == ... == x[r]} of one or more equal samples with
 * {@code x[l-1] < x[l]} and {@code x[r+1] < x[r]}; hence {@code 1 <= l <= r <= n-2}: the first and
 * the last sample are never maxima, and a plateau touching either end is not one. Its index is the
 * middle {@code (l + r) / 2}, rounded down for plateaus of even length. This is the definition of
 * SciPy's {@code find_peaks}. A <em>valley</em> is the mirror image ({@code x[l-1] > x[l]}, {@code
 * x[r+1] > x[r]}), recorded by its first index {@code l}. Maxima and valleys alternate: between two
 * consecutive maxima the signal does not rise and then does not fall, so exactly one valley lies
 * between them, and it holds the minimum of the samples between them (used by {@link
 * PeakProminence}).
 *
 * <p>One pass, O(n), without data-dependent branches for samples that differ from their right
 * neighbour: whether sample {@code i} is a maximum is the sign bit of both {@code x[i-1] - x[i]}
 * and {@code x[i+1] - x[i]} (exact for finite samples: the difference of two different finite
 * doubles is never zero and keeps its sign when it overflows), and the index is written
 * unconditionally and kept by advancing the count by that bit (the differences are taken only
 * between samples known to differ, so {@code -0.0 - 0.0} never occurs). Noisy signals make the comparisons
 * unpredictable, which costs a branching scan about one misprediction per few samples. Runs of
 * equal samples take a (rare, well-predicted) slower path.
 */
final class LocalMaxima {
  private LocalMaxima() {}

  /** Maxima (middle indices) and valleys (first indices), both increasing. */
  int[] maxima;
  int maximaCount;
  int[] valleys;
  int valleyCount;

  /**
   * Finds the local maxima and valleys of {@code x}.
   *
   * @param x the signal; finite. Not modified.
   * @return the extrema; the arrays are sized by the number found (with some slack)
   */
  static LocalMaxima scan(double[] x) {
    int n = x.length;
    int last = n - 1;
    int limit = (n >>> 1) + 2; // more than the number of maxima (or valleys) possible
    int cap = Math.min(limit, Math.max(16, n >>> 4));
    int[] max = new int[cap];
    int[] val = new int[cap];
    int m = 0;
    int v = 0;
    // Samples equal to x[0] at the start are neither (their left neighbour is equal). Past them,
    // x[i-1] != x[i] holds at every step, so x[i-1] - x[i] is never a (possibly negative) zero.
    int i = 1;
    while (i < last && x[i] == x[0]) {
      i++;
    }
    while (i < last) {
      if (Math.max(m, v) >= cap - 2 && cap < limit) {
        cap = (int) Math.min((long) cap * 2, limit);
        max = Arrays.copyOf(max, cap);
        val = Arrays.copyOf(val, cap);
      }
      double xp = x[i - 1];
      double xi = x[i];
      double xn = x[i + 1];
      if (xn != xi) {
        long up = Double.doubleToRawLongBits(xp - xi);
        long down = Double.doubleToRawLongBits(xn - xi);
        max[m] = i;
        m += (int) ((up & down) >>> 63);
        long fall = Double.doubleToRawLongBits(xi - xp);
        long rise = Double.doubleToRawLongBits(xi - xn);
        val[v] = i;
        v += (int) ((fall & rise) >>> 63);
        i++;
      } else {
        int ahead = i + 1;
        while (ahead < last && x[ahead] == xi) {
          ahead++;
        }
        double xa = x[ahead];
        if (xp < xi && xa < xi) {
          max[m++] = (i + ahead - 1) >>> 1;
        } else if (xp > xi && xa > xi) {
          val[v++] = i;
        }
        i = ahead;
      }
    }
    LocalMaxima e = new LocalMaxima();
    e.maxima = max;
    e.maximaCount = m;
    e.valleys = val;
    e.valleyCount = v;
    return e;
  }

  /**
   * The plateau edges {@code l} and {@code r} of each maximum, walking the equal samples on both
   * sides of its middle index.
   *
   * @param left receives {@code l}; length at least {@link #maximaCount}. Modified.
   * @param right receives {@code r}. Modified.
   */
  void plateauEdges(double[] x, int[] left, int[] right) {
    for (int j = 0; j < maximaCount; j++) {
      int p = maxima[j];
      double v = x[p];
      int l = p;
      while (x[l - 1] == v) {
        l--;
      }
      int r = p;
      while (x[r + 1] == v) {
        r++;
      }
      left[j] = l;
      right[j] = r;
    }
  }
}
