package org.gait4j.dsp;

/**
 * Peak widths at a height relative to the prominence, with linear interpolation.
 *
 * <p>For a peak {@code p} with prominence {@code P} and bases {@code lb <= p <= rb}, the evaluation
 * height is {@code h = x[p] - P * relHeight}. Walking left from {@code p} while {@code x[i] > h}
 * (but not past {@code lb}) stops at the first sample {@code i} with {@code x[i] <= h}; if it lies
 * strictly below {@code h}, the crossing is interpolated between {@code i} and {@code i + 1}. The
 * right crossing is the mirror image, and the width is their difference, in samples. The arithmetic
 * is written in the same order as SciPy's so results agree to the last bit.
 *
 * <p>Cost: the walked samples, i.e. the samples above {@code h} around each peak.
 */
final class PeakWidth {
  private PeakWidth() {}

  static void compute(
      double[] x,
      int[] peaks,
      int count,
      double relHeight,
      double[] prominences,
      int[] leftBases,
      int[] rightBases,
      double[] widths,
      double[] widthHeights,
      double[] leftIps,
      double[] rightIps) {
    for (int k = 0; k < count; k++) {
      int p = peaks[k];
      int lb = leftBases[k];
      int rb = rightBases[k];
      double h = x[p] - prominences[k] * relHeight;
      widthHeights[k] = h;

      int i = p;
      while (lb < i && h < x[i]) {
        i--;
      }
      double left = i;
      if (x[i] < h && x[i + 1] != x[i]) {
        left += (h - x[i]) / (x[i + 1] - x[i]);
      }

      i = p;
      while (i < rb && h < x[i]) {
        i++;
      }
      double right = i;
      if (x[i] < h && x[i - 1] != x[i]) {
        right -= (h - x[i]) / (x[i - 1] - x[i]);
      }

      widths[k] = right - left;
      leftIps[k] = left;
      rightIps[k] = right;
    }
  }
}
