package org.gait4j.dsp;

/**
 * Prominences and bases of peaks, in O(n) for all peaks together.
 *
 * <p>SciPy's definition (also followed by the brute-force reference in the tests): from the peak
 * {@code p}, walk left while the samples are not higher than {@code x[p]}, stopping before the
 * first higher sample or at the window edge {@code max(p - wlen/2, 0)}; the left base is the lowest
 * sample met, and among equal lowest samples the first one met, i.e. the one nearest the peak. The
 * right base is found the same way walking right. The prominence is
 * {@code x[p] - max(x[leftBase], x[rightBase])}. Walking costs O(n) per peak, O(n * peaks) in all.
 *
 * <p>Here the walks are replaced by two monotonic-stack sweeps over the samples. Sweeping left to
 * right, the stack holds the indices of the samples that are higher than every later sample seen so
 * far (the candidates for "nearest higher sample to the left"), each with the minimum of the
 * samples between it and the entry below it. Arriving at {@code i}, entries not higher than
 * {@code x[i]} are popped and their minima merged, leaving on top the nearest sample {@code L}
 * higher than {@code x[i]} and giving the minimum of {@code (L, i]}. Merging replaces the running
 * minimum only by a strictly lower one, so among ties the index nearest {@code i} is kept, exactly
 * as the walk keeps the first one it meets. The right side is the mirror sweep. Each sample is
 * pushed and popped at most once: O(n) time, O(stack depth) extra memory.
 *
 * <p>With a window ({@code wlen >= 2}, half-width {@code h = wlen / 2}) the walk range is
 * {@code [max(L + 1, p - h, 0), p]}. If the window edge lies inside {@code (L, p]}, every sample of
 * {@code [p - h, p]} is at most {@code x[p]} and the base is the minimum of that fixed-length window;
 * those window minima are taken with a monotonic deque moving along the (increasing) peaks, again
 * O(n) in all.
 */
final class PeakProminence {
  private PeakProminence() {}

  /**
   * Computes prominences and bases.
   *
   * @param x the signal; finite. Not modified.
   * @param peaks indices of local maxima, strictly increasing. Not modified.
   * @param count number of peaks used from {@code peaks}
   * @param wlen window length in samples, or any value below 2 for the whole signal
   * @param prominences receives the prominences. Modified.
   * @param leftBases receives the left bases. Modified.
   * @param rightBases receives the right bases. Modified.
   */
  static void compute(
      double[] x,
      int[] peaks,
      int count,
      int wlen,
      double[] prominences,
      int[] leftBases,
      int[] rightBases) {
    if (count == 0) {
      return;
    }
    int n = x.length;
    int half = wlen >= 2 ? wlen / 2 : Integer.MAX_VALUE;
    double[] leftMin = new double[count];
    double[] rightMin = new double[count];
    boolean[] windowed = new boolean[count];

    Stack s = new Stack();
    boolean anyWindowed = false;
    // left sweep
    for (int i = 0, k = 0; k < count; i++) {
      double xi = x[i];
      double m = xi;
      int mi = i;
      while (s.top >= 0 && s.value[s.top] <= xi) {
        if (s.min[s.top] < m) {
          m = s.min[s.top];
          mi = s.minIndex[s.top];
        }
        s.top--;
      }
      if (i == peaks[k]) {
        int higher = s.top >= 0 ? s.index[s.top] : -1;
        if (i - half > higher + 1) {
          windowed[k] = true;
          anyWindowed = true;
        } else {
          leftMin[k] = m;
          leftBases[k] = mi;
        }
        k++;
      }
      s.push(i, xi, m, mi);
    }
    if (anyWindowed) {
      leftWindowMinima(x, peaks, count, half, windowed, leftMin, leftBases);
    }

    s.top = -1;
    anyWindowed = false;
    java.util.Arrays.fill(windowed, false);
    // right sweep
    for (int i = n - 1, k = count - 1; k >= 0; i--) {
      double xi = x[i];
      double m = xi;
      int mi = i;
      while (s.top >= 0 && s.value[s.top] <= xi) {
        if (s.min[s.top] < m) {
          m = s.min[s.top];
          mi = s.minIndex[s.top];
        }
        s.top--;
      }
      if (i == peaks[k]) {
        int higher = s.top >= 0 ? s.index[s.top] : n;
        if ((long) i + half < higher - 1) {
          windowed[k] = true;
          anyWindowed = true;
        } else {
          rightMin[k] = m;
          rightBases[k] = mi;
        }
        k--;
      }
      s.push(i, xi, m, mi);
    }
    if (anyWindowed) {
      rightWindowMinima(x, peaks, count, half, windowed, rightMin, rightBases);
    }

    for (int k = 0; k < count; k++) {
      prominences[k] = x[peaks[k]] - Math.max(leftMin[k], rightMin[k]);
    }
  }

  /**
   * Minimum of {@code x[p - half .. p]} for the flagged peaks (all with {@code p - half >= 1}),
   * the rightmost index among ties.
   */
  private static void leftWindowMinima(
      double[] x, int[] peaks, int count, int half, boolean[] flagged, double[] min, int[] at) {
    int[] dq = new int[half + 1]; // ring buffer; the window holds half + 1 samples
    int cap = dq.length;
    int head = 0;
    int size = 0;
    int next = 0; // next sample to enter the deque
    for (int k = 0; k < count; k++) {
      if (!flagged[k]) {
        continue;
      }
      int p = peaks[k];
      int from = p - half;
      if (next < from) {
        next = from;
        size = 0;
      }
      while (size > 0 && dq[head] < from) {
        head = (head + 1) % cap;
        size--;
      }
      for (; next <= p; next++) {
        double v = x[next];
        while (size > 0 && x[dq[(head + size - 1) % cap]] >= v) {
          size--;
        }
        dq[(head + size) % cap] = next;
        size++;
      }
      at[k] = dq[head];
      min[k] = x[dq[head]];
    }
  }

  /**
   * Minimum of {@code x[p .. p + half]} for the flagged peaks (all with {@code p + half <= n - 2}),
   * the leftmost index among ties.
   */
  private static void rightWindowMinima(
      double[] x, int[] peaks, int count, int half, boolean[] flagged, double[] min, int[] at) {
    int[] dq = new int[half + 1];
    int cap = dq.length;
    int head = 0;
    int size = 0;
    int next = Integer.MAX_VALUE; // next sample to enter, moving left
    for (int k = count - 1; k >= 0; k--) {
      if (!flagged[k]) {
        continue;
      }
      int p = peaks[k];
      int to = p + half;
      if (next > to) {
        next = to;
        size = 0;
      }
      while (size > 0 && dq[head] > to) {
        head = (head + 1) % cap;
        size--;
      }
      for (; next >= p; next--) {
        double v = x[next];
        while (size > 0 && x[dq[(head + size - 1) % cap]] >= v) {
          size--;
        }
        dq[(head + size) % cap] = next;
        size++;
      }
      at[k] = dq[head];
      min[k] = x[dq[head]];
    }
  }

  /** A growable stack of (index, value, segment minimum, index of that minimum). */
  private static final class Stack {
    int[] index = new int[64];
    double[] value = new double[64];
    double[] min = new double[64];
    int[] minIndex = new int[64];
    int top = -1;

    void push(int i, double v, double m, int mi) {
      if (++top == index.length) {
        int len = index.length * 2;
        index = java.util.Arrays.copyOf(index, len);
        value = java.util.Arrays.copyOf(value, len);
        min = java.util.Arrays.copyOf(min, len);
        minIndex = java.util.Arrays.copyOf(minIndex, len);
      }
      index[top] = i;
      value[top] = v;
      min[top] = m;
      minIndex[top] = mi;
    }
  }
}
