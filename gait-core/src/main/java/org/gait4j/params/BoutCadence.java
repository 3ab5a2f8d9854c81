package org.gait4j.params;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.gait4j.internal.Checks;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;

/**
 * Cadence of one walking bout from its initial contacts (both feet), in steps per minute, two
 * ways: {@link #stepsPerMin} (60 over the median step interval: one missed or extra contact
 * costs almost nothing) and {@link #fromStrides} (the mean of 120 over each stride's duration,
 * as the Mobilise-D INDIP reference defines it; Micó-Amigo et al. 2023, DOI
 * 10.1186/s12984-023-01198-5, and Kluge et al. 2021, DOI 10.3390/s21217239, for the 3 s
 * longest stride). Intervals longer than the stated maximum (pauses inside a bout) are left
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
   * Cadence as the INDIP reference of Mobilise-D defines it, steps/min: the mean over strides of
   * {@code 120 / strideDuration}. A stride runs from an initial contact to the next but one
   * (contact {@code k} to {@code k + 2}). It counts only when it is no longer than {@code
   * maxStrideS} (longer is a pause) and, where the sides are known, when contacts {@code k} and
   * {@code k + 2} are of one foot and contact {@code k + 1} of the other: the reference drops
   * strides whose left/right sequence is broken in the same way. Around a missed contact the
   * sequence breaks (the side of each run of steps is decided on its own), so the two strides
   * that would be 1.5 times too long are left out instead of dragging the cadence down. A
   * contact of {@link Side#UNKNOWN} side (no gyroscope) fits either side, so without sides every
   * stride within {@code maxStrideS} counts.
   *
   * @param events the events of one bout; its initial contacts are used, the rest ignored
   * @param maxStrideS longest interval counted as a stride, s
   * @return the cadence, or NaN if no stride counts
   * @throws IllegalArgumentException if two initial contacts share a sample
   */
  public static double fromStrides(GaitEvents events, double maxStrideS) {
    Checks.notNull(events, "events");
    Checks.positive(maxStrideS, "maxStrideS");
    List<GaitEvent> ics = events.ofType(GaitEventType.INITIAL_CONTACT).list().stream()
        .sorted(Comparator.comparingInt(GaitEvent::sampleIndex)).toList();
    double hz = events.rate().hz();
    double sum = 0;
    int count = 0;
    for (int k = 1; k < ics.size(); k++) {
      Checks.requireArgument(ics.get(k).sampleIndex() > ics.get(k - 1).sampleIndex(),
          "two initial contacts at sample %d", ics.get(k).sampleIndex());
      if (k < 2) {
        continue;
      }
      double stride = (ics.get(k).sampleIndex() - ics.get(k - 2).sampleIndex()) / hz;
      Side a = ics.get(k - 2).side();
      Side mid = ics.get(k - 1).side();
      Side b = ics.get(k).side();
      if (stride <= maxStrideS && sameFoot(a, b) && sameFoot(a, mid.opposite())
          && sameFoot(b, mid.opposite())) {
        sum += 120.0 / stride;
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  /** True unless both sides are known and differ. */
  private static boolean sameFoot(Side a, Side b) {
    return a == Side.UNKNOWN || b == Side.UNKNOWN || a == b;
  }
}
