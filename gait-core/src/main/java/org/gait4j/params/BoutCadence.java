package org.gait4j.params;

import java.util.Arrays;
import org.gait4j.internal.Checks;
import org.gait4j.model.SamplingRate;

/**
 * Cadence of one walking bout from its initial contacts (both feet): 60 divided by the median
 * interval between consecutive contacts, in steps per minute. The median makes one missed or one
 * extra contact cost almost nothing (a mean over the bout would count a missed contact as a step
 * twice as long). Intervals longer than {@code maxStepIntervalS} (pauses inside a bout) are left
 * out.
 *
 * <p>Stateless and thread-safe.
 */
public final class BoutCadence {
  private BoutCadence() {}

  /**
   * Cadence, steps/min, or NaN if fewer than two contacts lie within {@code maxStepIntervalS}.
   *
   * @param ics initial contacts of both feet, increasing sample indices. Not modified.
   * @param rate the rate of the indices
   * @param maxStepIntervalS longest interval counted as a step, s
   * @throws IllegalArgumentException if the contacts do not increase
   */
  public static double stepsPerMin(int[] ics, SamplingRate rate, double maxStepIntervalS) {
    Checks.positive(maxStepIntervalS, "maxStepIntervalS");
    double[] d = new double[Math.max(0, ics.length - 1)];
    int m = 0;
    for (int k = 1; k < ics.length; k++) {
      int step = ics[k] - ics[k - 1];
      Checks.requireArgument(step > 0, "ics must increase: ics[%d] = %d after %d", k, ics[k],
          ics[k - 1]);
      double s = step / rate.hz();
      if (s <= maxStepIntervalS) {
        d[m++] = s;
      }
    }
    if (m == 0) {
      return Double.NaN;
    }
    Arrays.sort(d, 0, m);
    double median = m % 2 == 1 ? d[m / 2] : 0.5 * (d[m / 2 - 1] + d[m / 2]);
    return 60.0 / median;
  }

  /**
   * Cadence as the INDIP reference of Mobilise-D defines it, steps/min: the mean over strides
   * (contact {@code k} to contact {@code k + 2}, one foot) of {@code 120 / strideDuration}, leaving
   * out strides longer than {@code maxStrideS} (pauses). NaN if there is no such stride.
   *
   * @param ics initial contacts of both feet, increasing sample indices. Not modified.
   * @param rate the rate of the indices
   * @param maxStrideS longest interval counted as a stride, s
   * @throws IllegalArgumentException if the contacts do not increase
   */
  public static double fromStrides(int[] ics, SamplingRate rate, double maxStrideS) {
    Checks.positive(maxStrideS, "maxStrideS");
    double sum = 0;
    int count = 0;
    for (int k = 1; k < ics.length; k++) {
      Checks.requireArgument(ics[k] > ics[k - 1], "ics must increase: ics[%d] = %d after %d", k,
          ics[k], ics[k - 1]);
      if (k >= 2) {
        double stride = (ics[k] - ics[k - 2]) / rate.hz();
        if (stride <= maxStrideS) {
          sum += 120.0 / stride;
          count++;
        }
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  /**
   * {@link #fromStrides} after filling missed contacts: where the interval between two detected
   * contacts exceeds {@code gapFactor} times the bout's median interval (a step cannot double in
   * length from one step to the next while walking on, but a contact the detector missed doubles
   * the interval), {@code round(interval / median) - 1} contacts are inserted at equal spacing
   * in it. Intervals longer than {@code maxStrideS} are pauses and stay as they are. Without
   * this, a missed contact makes two strides 1.5 times too long, and a bout whose steps are
   * irregular enough to lose several contacts (shuffling, short steps in turns) reads a cadence
   * far below the reference.
   *
   * @param ics initial contacts of both feet, increasing sample indices. Not modified.
   * @param rate the rate of the indices
   * @param maxStrideS longest interval counted as a stride, s
   * @param gapFactor an interval above this many median intervals holds missed contacts; &gt; 1
   * @throws IllegalArgumentException if the contacts do not increase or {@code gapFactor <= 1}
   */
  public static double fromStridesFillingGaps(int[] ics, SamplingRate rate, double maxStrideS,
      double gapFactor) {
    return fromStrides(fillGaps(ics, rate, maxStrideS, gapFactor), rate, maxStrideS);
  }

  /**
   * The contacts with missed ones inserted, as {@link #fromStridesFillingGaps} describes; a new
   * array (a copy when nothing is missing).
   *
   * @param ics initial contacts of both feet, increasing sample indices. Not modified.
   */
  static int[] fillGaps(int[] ics, SamplingRate rate, double maxStrideS, double gapFactor) {
    Checks.positive(maxStrideS, "maxStrideS");
    Checks.requireArgument(gapFactor > 1, "gapFactor (%s) must exceed 1", gapFactor);
    int m = ics.length;
    if (m < 3) {
      return ics.clone();
    }
    int[] d = new int[m - 1];
    for (int k = 1; k < m; k++) {
      d[k - 1] = ics[k] - ics[k - 1];
      Checks.requireArgument(d[k - 1] > 0, "ics must increase: ics[%d] = %d after %d", k, ics[k],
          ics[k - 1]);
    }
    int[] sorted = d.clone();
    Arrays.sort(sorted);
    double median = (m - 1) % 2 == 1 ? sorted[(m - 1) / 2]
        : 0.5 * (sorted[(m - 1) / 2 - 1] + sorted[(m - 1) / 2]);
    double pause = maxStrideS * rate.hz();
    int[] out = new int[m + m * 8];
    int n = 0;
    out[n++] = ics[0];
    for (int k = 1; k < m; k++) {
      int gap = d[k - 1];
      int parts = gap > gapFactor * median && gap <= pause
          ? (int) Math.min(8, Math.max(1, Math.round(gap / median))) : 1;
      for (int j = 1; j < parts; j++) {
        int at = ics[k - 1] + (int) Math.round((double) gap * j / parts);
        if (at > out[n - 1] && at < ics[k]) {
          out[n++] = at;
        }
      }
      out[n++] = ics[k];
    }
    return Arrays.copyOf(out, n);
  }
}
