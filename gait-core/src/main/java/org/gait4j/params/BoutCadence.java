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
}
