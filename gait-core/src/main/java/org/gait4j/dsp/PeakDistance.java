package org.gait4j.dsp;

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
 * <p>O(p log p) for p peaks (the sort) plus O(p) for the removal: every peak is marked by at most
 * two surviving peaks, because the survivors are at least {@code distance} apart.
 */
final class PeakDistance {
  /** Ranges of at most this many elements minus one are insertion-sorted (NumPy's value 15). */
  private static final int SMALL_QUICKSORT = 15;

  private PeakDistance() {}

  /**
   * Which peaks survive the distance condition.
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
    int[] order = argsort(heights, count);
    for (int i = count - 1; i >= 0; i--) {
      int j = order[i];
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
    boolean[] keep = removed;
    for (int j = 0; j < count; j++) {
      keep[j] = !removed[j];
    }
    return keep;
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
    for (int i = 0; i < count; i++) {
      pos[i] = i;
      key[i] = values[i];
    }
    if (count < 2) {
      return pos;
    }
    int[] stackLo = new int[128];
    int[] stackHi = new int[128];
    int[] stackDepth = new int[128];
    int sp = 0;
    int lo = 0;
    int hi = count - 1;
    int depth = 2 * (31 - Integer.numberOfLeadingZeros(count));
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
        return pos;
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
