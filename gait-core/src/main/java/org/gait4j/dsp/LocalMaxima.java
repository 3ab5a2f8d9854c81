package org.gait4j.dsp;

/**
 * Local maxima of a sampled signal, flat plateaus included.
 *
 * <p>A local maximum is a run {@code x[l] == ... == x[r]} of one or more equal samples with
 * {@code x[l-1] < x[l]} and {@code x[r+1] < x[r]}; hence {@code 1 <= l <= r <= n-2}: the first and
 * the last sample are never maxima, and a plateau touching either end is not one. Its index is the
 * middle {@code (l + r) / 2}, rounded down for plateaus of even length. This is the definition of
 * SciPy's {@code find_peaks}.
 *
 * <p>One pass, O(n): every sample is compared a bounded number of times.
 */
final class LocalMaxima {
  private LocalMaxima() {}

  /**
   * Finds the local maxima of {@code x}.
   *
   * @param x the signal; finite. Not modified.
   * @param mid receives the middle index of each maximum in increasing order; length at least
   *     {@code x.length / 2}. Modified.
   * @param left receives the left edge {@code l} of each maximum, or {@code null} if not needed.
   *     Modified.
   * @param right receives the right edge {@code r} of each maximum, or {@code null}. Modified.
   * @return the number of maxima written
   */
  static int find(double[] x, int[] mid, int[] left, int[] right) {
    int m = 0;
    int last = x.length - 1;
    int i = 1;
    while (i < last) {
      double xi = x[i];
      if (x[i - 1] < xi) {
        int ahead = i + 1;
        while (ahead < last && x[ahead] == xi) {
          ahead++;
        }
        if (x[ahead] < xi) {
          mid[m] = (i + ahead - 1) >>> 1;
          if (left != null) {
            left[m] = i;
            right[m] = ahead - 1;
          }
          m++;
          // x[ahead] is lower than its left neighbour, so it cannot be a maximum either.
          i = ahead;
        }
      }
      i++;
    }
    return m;
  }
}
