package org.gait4j.cycles;

import org.gait4j.internal.Checks;

/**
 * What counts as a gait cycle when segmenting events: the plausible stride time range. Two
 * consecutive initial contacts of one foot further apart than {@code maxStrideS} belong to
 * different walking bouts and form no cycle.
 *
 * @param minStrideS shortest accepted stride, seconds
 * @param maxStrideS longest accepted stride, seconds
 */
public record CycleRules(double minStrideS, double maxStrideS) {

  public CycleRules {
    Checks.positive(minStrideS, "minStrideS");
    Checks.positive(maxStrideS, "maxStrideS");
    Checks.requireArgument(maxStrideS > minStrideS, "maxStrideS (%s) must exceed minStrideS (%s)",
        maxStrideS, minStrideS);
  }

  /**
   * 0.4 s to 3.0 s: covers sprinting (about 0.6 s) to very slow pathological walking (Mobilise-D
   * uses 3 s as the longest stride in a walking bout, Kluge et al. 2021, DOI
   * 10.3390/s21217239).
   */
  public static CycleRules defaults() {
    return new CycleRules(0.4, 3.0);
  }

  public CycleRules withMaxStrideS(double v) {
    return new CycleRules(minStrideS, v);
  }

  public CycleRules withMinStrideS(double v) {
    return new CycleRules(v, maxStrideS);
  }
}
