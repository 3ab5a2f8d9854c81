package org.gait4j.dsp;

import java.util.Arrays;

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
 * <p>Here the walks are replaced by two monotonic-stack sweeps over the <em>candidates</em>: the
 * local maxima plus the first sample (for the left sweep) or the last sample (for the right one).
 * Between two consecutive candidates the signal first does not rise and then does not fall (a
 * rise followed by a fall would be another maximum), so the nearest sample higher than a peak lies
 * on the falling slope just after the nearest higher candidate, and that slope never holds the
 * minimum of the walk. The walk's minimum is therefore the minimum over the gaps between the
 * nearest higher candidate and the peak, each gap reduced to its minimum: for an inner gap the
 * valley between its two maxima, found by the same pass over the samples as the maxima ({@link
 * LocalMaxima}), whose first and last index are the leftmost and rightmost index of equal minima;
 * the two outer gaps are scanned.
 *
 * <p>Sweeping left to right, the stack holds the candidates higher than every later candidate seen
 * so far, each with the minimum of the samples between it and the entry below it. Arriving at a
 * candidate, entries not higher than it are popped and their minima merged, leaving on top the
 * nearest higher candidate and giving the minimum of the walk. Merging replaces the running
 * minimum only by a strictly lower one, and gaps contribute their rightmost minimum, so among ties
 * the index nearest the peak is kept, exactly as the walk keeps the first one it meets. The right
 * sweep is the mirror image (leftmost minima). Each candidate is pushed and popped at most once:
 * O(n) time in all (the scan for maxima and valleys), O(maxima) for the sweeps. Candidates lower
 * than every peak to evaluate are only carried through: their gaps' minimum (nearest index among
 * ties) is merged into the next candidate that is at least as high, which would have popped them.
 *
 * <p>With a window ({@code wlen >= 2}, half-width {@code h = wlen / 2}) the walk range is
 * {@code [max(L + 1, p - h, 0), p]} with {@code L} the nearest higher sample. If the window edge
 * lies beyond the nearest higher candidate, every sample of {@code [p - h, p]} not on that
 * candidate's falling slope is at most {@code x[p]}, and the slope samples are higher than the
 * minimum, so the base is the minimum of the fixed-length window {@code [p - h, p]}; those window
 * minima are taken with a monotonic deque moving along the (increasing) peaks, again O(n) in all.
 */
final class PeakProminence {
  private PeakProminence() {}

  /**
   * Computes prominences and bases.
   *
   * @param x the signal; finite. Not modified.
   * @param extrema all local maxima and valleys of {@code x}, as found by {@link
   *     LocalMaxima#scan}. Not modified.
   * @param peaks the peaks to evaluate: a subset of {@code maxima}, increasing. Not modified.
   * @param count number of peaks used from {@code peaks}
   * @param wlen window length in samples, or any value below 2 for the whole signal
   * @param prominences receives the prominences. Modified.
   * @param leftBases receives the left bases. Modified.
   * @param rightBases receives the right bases. Modified.
   */
  static void compute(
      double[] x,
      LocalMaxima extrema,
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
    int[] maxima = extrema.maxima;
    int maximaCount = extrema.maximaCount;
    Gaps gaps = new Gaps(x, extrema);
    double[] leftMin = new double[count];
    double[] rightMin = new double[count];
    boolean[] windowed = new boolean[count];
    Stack s = new Stack();
    // Candidates lower than every peak are never a peak's nearest higher candidate and are popped
    // by the next candidate at least that high: they are skipped, their gaps' minimum carried on.
    double tall = Double.POSITIVE_INFINITY;
    for (int k = 0; k < count; k++) {
      tall = Math.min(tall, x[peaks[k]]);
    }

    // Left sweep over the candidates 0, maxima[0], ..., maxima[M-1]; candidate t > 0 is preceded
    // by gap t - 1.
    s.push(0, x[0], x[0], 0);
    boolean anyWindowed = false;
    double pending = Double.POSITIVE_INFINITY; // minimum of the gaps since the last tall one
    int pendingGap = -1; // the nearest such gap among equal minima
    for (int t = 0, k = 0; k < count; t++) {
      int c = maxima[t];
      double v = x[c];
      double gm = gaps.min(t);
      if (gm <= pending) {
        pending = gm;
        pendingGap = t;
      }
      if (v < tall) {
        continue;
      }
      double m = v;
      int mi = c;
      if (pending < m) {
        m = pending;
        mi = gaps.last(pendingGap);
      }
      pending = Double.POSITIVE_INFINITY;
      while (s.top >= 0 && s.value[s.top] <= v) {
        if (s.min[s.top] < m) {
          m = s.min[s.top];
          mi = s.minIndex[s.top];
        }
        s.top--;
      }
      if (c == peaks[k]) {
        int higher = s.top >= 0 ? s.index[s.top] : -1;
        if (c - half > higher + 1) {
          windowed[k] = true;
          anyWindowed = true;
        } else {
          leftMin[k] = m;
          leftBases[k] = mi;
        }
        k++;
      }
      s.push(c, v, m, mi);
    }
    if (anyWindowed) {
      leftWindowMinima(x, peaks, count, half, windowed, leftMin, leftBases);
    }

    // Right sweep over n - 1, maxima[M-1], ..., maxima[0]; candidate t is followed by gap t + 1.
    s.top = -1;
    s.push(n - 1, x[n - 1], x[n - 1], n - 1);
    anyWindowed = false;
    Arrays.fill(windowed, false);
    pending = Double.POSITIVE_INFINITY;
    pendingGap = -1;
    for (int t = maximaCount - 1, k = count - 1; k >= 0; t--) {
      int c = maxima[t];
      double v = x[c];
      double gm = gaps.min(t + 1);
      if (gm <= pending) {
        pending = gm;
        pendingGap = t + 1;
      }
      if (v < tall) {
        continue;
      }
      double m = v;
      int mi = c;
      if (pending < m) {
        m = pending;
        mi = gaps.first(pendingGap);
      }
      pending = Double.POSITIVE_INFINITY;
      while (s.top >= 0 && s.value[s.top] <= v) {
        if (s.min[s.top] < m) {
          m = s.min[s.top];
          mi = s.minIndex[s.top];
        }
        s.top--;
      }
      if (c == peaks[k]) {
        int higher = s.top >= 0 ? s.index[s.top] : n;
        if ((long) c + half < higher - 1) {
          windowed[k] = true;
          anyWindowed = true;
        } else {
          rightMin[k] = m;
          rightBases[k] = mi;
        }
        k--;
      }
      s.push(c, v, m, mi);
    }
    if (anyWindowed) {
      rightWindowMinima(x, peaks, count, half, windowed, rightMin, rightBases);
    }

    for (int k = 0; k < count; k++) {
      prominences[k] = x[peaks[k]] - Math.max(leftMin[k], rightMin[k]);
    }
  }

  /**
   * The minimum of the samples strictly between consecutive candidates {@code 0, maxima[0], ...,
   * maxima[M-1], n-1}: gap {@code g} lies between candidate {@code g} and {@code g + 1}; an empty
   * gap has minimum {@code +Infinity}. An inner gap's minimum is the valley between its two maxima
   * (see {@link LocalMaxima}), so only the two outer gaps are scanned.
   */
  private static final class Gaps {
    private final double[] x;
    private final int[] valleys;
    /** Index into {@code valleys} of inner gap 1's valley. */
    private final int shift;
    private final int outer;
    private final double min0;
    private final int first0;
    private final int last0;
    private final double minM;
    private final int firstM;
    private final int lastM;

    Gaps(double[] x, LocalMaxima e) {
      this.x = x;
      int[] maxima = e.maxima;
      int count = e.maximaCount;
      this.valleys = e.valleys;
      this.outer = count;
      this.shift = e.valleyCount > 0 && count > 0 && valleys[0] < maxima[0] ? 0 : -1;
      int to0 = count > 0 ? maxima[0] : x.length - 1;
      double mv = Double.POSITIVE_INFINITY;
      int lo = -1;
      int hi = -1;
      for (int i = 1; i < to0; i++) {
        double v = x[i];
        if (v <= mv) {
          if (v < mv) {
            mv = v;
            lo = i;
          }
          hi = i;
        }
      }
      min0 = mv;
      first0 = lo;
      last0 = hi;
      mv = Double.POSITIVE_INFINITY;
      lo = -1;
      hi = -1;
      for (int i = count > 0 ? maxima[count - 1] + 1 : x.length - 1; i < x.length - 1; i++) {
        double v = x[i];
        if (v <= mv) {
          if (v < mv) {
            mv = v;
            lo = i;
          }
          hi = i;
        }
      }
      minM = mv;
      firstM = lo;
      lastM = hi;
    }

    double min(int g) {
      return g == 0 ? min0 : g == outer ? minM : x[valleys[g + shift]];
    }

    /** Leftmost index of the minimum (the right sweep's choice). */
    int first(int g) {
      return g == 0 ? first0 : g == outer ? firstM : valleys[g + shift];
    }

    /** Rightmost index of the minimum (the left sweep's choice). */
    int last(int g) {
      if (g == 0) {
        return last0;
      }
      if (g == outer) {
        return lastM;
      }
      int j = valleys[g + shift];
      double v = x[j];
      while (x[j + 1] == v) {
        j++;
      }
      return j;
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
        index = Arrays.copyOf(index, len);
        value = Arrays.copyOf(value, len);
        min = Arrays.copyOf(min, len);
        minIndex = Arrays.copyOf(minIndex, len);
      }
      index[top] = i;
      value[top] = v;
      min[top] = m;
      minIndex[top] = mi;
    }
  }
}
