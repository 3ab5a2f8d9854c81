package org.gait4j.dsp;

import java.util.Arrays;

/**
 * The minimum-distance condition: peaks are visited from the highest to the lowest, and each peak
 * still standing removes every other peak closer than {@code distance} samples to it.
 *
 * <p>The visiting order is the reverse of an ascending sort of the heights. Among equal heights the
 * order is not specified by SciPy's documentation; SciPy 1.10 takes it from {@code numpy.argsort}
 * with its default {@code kind='quicksort'}, which in NumPy 1.24 is an introsort (median-of-3
 * quicksort, insertion sort for ranges of at most 16 elements, heapsort when the recursion gets
 * too deep) and is <em>not</em> stable. {@link #argsort} is a transcription of that algorithm, so
 * ties are broken exactly as SciPy breaks them; it is checked against NumPy's output on tie-heavy
 * inputs by the golden tests.
 *
 * <p>O(p log c) for p peaks in clusters of at most c peaks (see {@link #select}), O(p log p) when
 * tied heights share a cluster, plus O(p) for the removal: every peak is marked by at most two
 * surviving peaks, because the survivors are at least {@code distance} apart.
 */
final class PeakDistance {
  /** Ranges of at most this many elements minus one are insertion-sorted (NumPy's value 15). */
  private static final int SMALL_QUICKSORT = 15;

  private PeakDistance() {}

  /**
   * Which peaks survive the distance condition.
   *
   * <p>Peaks interact only within a <em>cluster</em>: a maximal run of peaks whose consecutive
   * spacing is below {@code distance}. The visiting order therefore only matters inside each
   * cluster, and where a cluster's heights are all distinct it is fixed by the heights alone. So
   * each cluster is sorted on its own (cheap: clusters are small for typical signals); only if some
   * cluster holds two equal heights is NumPy's order over <em>all</em> peaks needed, because
   * NumPy's unstable sort orders a tie according to the whole array.
   *
   * @param peaks peak indices in increasing order; only the first {@code count} are used. Not
   *     modified.
   * @param heights the priority of each peak (its height). Not modified.
   * @param count number of peaks
   * @param distance minimal distance in samples, {@code >= 1}
   * @return {@code keep[j]} tells whether peak {@code j} survives
   */
  static boolean[] select(int[] peaks, double[] heights, int count, int distance) {
    boolean[] removed = new boolean[count];
    double[] key = new double[count];
    int[] pos = new int[count];
    fill(heights, key, pos, 0, count);
    int[][] stack = new int[3][128];
    boolean tie = false;
    int a = 0;
    while (a < count && !tie) {
      int b = a + 1;
      while (b < count && peaks[b] - peaks[b - 1] < distance) {
        b++;
      }
      if (b - a > 1) {
        sortRange(key, pos, a, b - 1, stack);
        for (int i = a + 1; i < b; i++) {
          tie |= key[i] == key[i - 1];
        }
        removeClose(peaks, pos, a, b, count, distance, removed);
      }
      a = b;
    }
    if (tie) {
      Arrays.fill(removed, false);
      fill(heights, key, pos, 0, count);
      sortRange(key, pos, 0, count - 1, stack);
      removeClose(peaks, pos, 0, count, count, distance, removed);
    }
    boolean[] keep = removed;
    for (int j = 0; j < count; j++) {
      keep[j] = !removed[j];
    }
    return keep;
  }

  /** Visits {@code pos[to-1], ..., pos[from]} (highest first); survivors remove close peaks. */
  private static void removeClose(
      int[] peaks, int[] pos, int from, int to, int count, int distance, boolean[] removed) {
    for (int i = to - 1; i >= from; i--) {
      int j = pos[i];
      if (removed[j]) {
        continue;
      }
      int pj = peaks[j];
      for (int k = j - 1; k >= 0 && pj - peaks[k] < distance; k--) {
        removed[k] = true;
      }
      for (int k = j + 1; k < count && peaks[k] - pj < distance; k++) {
        removed[k] = true;
      }
    }
  }

  private static void fill(double[] values, double[] key, int[] pos, int from, int to) {
    for (int i = from; i < to; i++) {
      pos[i] = i;
      key[i] = values[i];
    }
  }

  /**
   * The permutation that sorts {@code values[0..count)} ascending, with ties ordered exactly as
   * NumPy 1.24's default {@code argsort} orders them. Values must not be NaN.
   *
   * @param values the keys. Not modified.
   * @param count how many leading values to sort
   * @return positions into {@code values}, ascending by value
   */
  static int[] argsort(double[] values, int count) {
    int[] pos = new int[count];
    double[] key = new double[count];
    fill(values, key, pos, 0, count);
    sortRange(key, pos, 0, count - 1, new int[3][128]);
    return pos;
  }

  /**
   * Sorts {@code key[lo..hi]} ascending, applying the same moves to {@code pos}: NumPy's
   * introsort step for step (so applied to {@code 0..n-1} it reproduces NumPy's tie order).
   *
   * @param stack three scratch arrays of length 128 (deferred lo, hi and depth). Modified.
   */
  private static void sortRange(double[] key, int[] pos, int lo, int hi, int[][] stack) {
    int num = hi - lo + 1;
    if (num < 2) {
      return;
    }
    int[] stackLo = stack[0];
    int[] stackHi = stack[1];
    int[] stackDepth = stack[2];
    int sp = 0;
    int depth = 2 * (31 - Integer.numberOfLeadingZeros(num));
    while (true) {
      if (depth < 0) {
        heapsort(key, pos, lo, hi - lo + 1);
      } else {
        while (hi - lo > SMALL_QUICKSORT) {
          int mid = lo + ((hi - lo) >> 1);
          // median of three into key[mid], smallest to key[lo], largest to key[hi]
          if (key[mid] < key[lo]) {
            swap(key, pos, mid, lo);
          }
          if (key[hi] < key[mid]) {
            swap(key, pos, hi, mid);
          }
          if (key[mid] < key[lo]) {
            swap(key, pos, mid, lo);
          }
          double pivot = key[mid];
          int a = lo;
          int b = hi - 1;
          swap(key, pos, mid, b);
          while (true) {
            do {
              a++;
            } while (key[a] < pivot);
            do {
              b--;
            } while (pivot < key[b]);
            if (a >= b) {
              break;
            }
            swap(key, pos, a, b);
          }
          swap(key, pos, a, hi - 1);
          // defer the larger part, continue with the smaller one
          if (a - lo < hi - a) {
            stackLo[sp] = a + 1;
            stackHi[sp] = hi;
            hi = a - 1;
          } else {
            stackLo[sp] = lo;
            stackHi[sp] = a - 1;
            lo = a + 1;
          }
          stackDepth[sp++] = --depth;
        }
        insertionSort(key, pos, lo, hi);
      }
      if (sp == 0) {
        return;
      }
      sp--;
      lo = stackLo[sp];
      hi = stackHi[sp];
      depth = stackDepth[sp];
    }
  }

  private static void insertionSort(double[] key, int[] pos, int lo, int hi) {
    for (int i = lo + 1; i <= hi; i++) {
      double v = key[i];
      int p = pos[i];
      int j = i;
      while (j > lo && v < key[j - 1]) {
        key[j] = key[j - 1];
        pos[j] = pos[j - 1];
        j--;
      }
      key[j] = v;
      pos[j] = p;
    }
  }

  /** Heapsort of the {@code n} elements starting at {@code off}; 1-based heap as in NumPy. */
  private static void heapsort(double[] key, int[] pos, int off, int n) {
    int base = off - 1; // heap slot s lives at base + s
    for (int l = n >> 1; l > 0; l--) {
      siftDown(key, pos, base, l, n, key[base + l], pos[base + l]);
    }
    while (n > 1) {
      double tk = key[base + n];
      int tp = pos[base + n];
      key[base + n] = key[base + 1];
      pos[base + n] = pos[base + 1];
      n--;
      siftDown(key, pos, base, 1, n, tk, tp);
    }
  }

  private static void siftDown(
      double[] key, int[] pos, int base, int start, int n, double tk, int tp) {
    int i = start;
    int j = start << 1;
    while (j <= n) {
      if (j < n && key[base + j] < key[base + j + 1]) {
        j++;
      }
      if (tk < key[base + j]) {
        key[base + i] = key[base + j];
        pos[base + i] = pos[base + j];
        i = j;
        j += j;
      } else {
        break;
      }
    }
    key[base + i] = tk;
    pos[base + i] = tp;
  }

  private static void swap(double[] key, int[] pos, int a, int b) {
    double k = key[a];
    key[a] = key[b];
    key[b] = k;
    int p = pos[a];
    pos[a] = pos[b];
    pos[b] = p;
  }
}
