package org.gait4j.events;

import org.gait4j.internal.Checks;
import org.gait4j.model.GapPolicy;

/**
 * Settings of the {@link CoordinateEventDetector} (Zeni et al. 2008), in physical units.
 *
 * <p>None of the defaults was chosen by looking at the real recordings in the accuracy harness:
 * the cut-off is the usual one for walking kinematics (Winter 2009, 6 Hz); the shortest stride and
 * the excursion limit only reject noise and are far from any real gait.
 *
 * @param lowPassHz cut-off of the zero-phase 2nd-order Butterworth low-pass (4th order in
 *     effect) applied to the heel- and toe-to-pelvis coordinates, Hz, {@code > 0}; checked
 *     against Nyquist in {@code detect}
 * @param minStrideTimeS shortest time between two events of one type and side, s, {@code > 0}
 * @param minExcursionLegs smallest prominence of a heel maximum or toe minimum, in leg lengths
 *     (the median pelvis-to-heel distance of the recording), {@code > 0}; dimensionless so the
 *     same value serves millimetres, metres and pixels
 * @param gapPolicy what to do with missing samples: {@code FAIL} refuses any gap;
 *     {@code INTERPOLATE} fills gaps up to {@code maxGapS} and refuses longer ones (and gaps at
 *     either end); {@code SPLIT} fills gaps up to {@code maxGapS} and analyses the runs between
 *     longer gaps separately (no event is reported inside a gap)
 * @param maxGapS longest gap filled by linear interpolation, s, {@code >= 0}
 */
public record CoordinateEventConfig(double lowPassHz, double minStrideTimeS,
    double minExcursionLegs, GapPolicy gapPolicy, double maxGapS) {

  public CoordinateEventConfig {
    Checks.positive(lowPassHz, "lowPassHz");
    Checks.positive(minStrideTimeS, "minStrideTimeS");
    Checks.positive(minExcursionLegs, "minExcursionLegs");
    Checks.notNull(gapPolicy, "gapPolicy");
    Checks.nonNegative(maxGapS, "maxGapS");
  }

  /** 6 Hz, strides of at least 0.5 s, excursion 0.1 leg lengths, SPLIT at gaps over 0.1 s. */
  public static CoordinateEventConfig defaults() {
    return new CoordinateEventConfig(6.0, 0.5, 0.1, GapPolicy.SPLIT, 0.1);
  }

  public CoordinateEventConfig withLowPassHz(double v) {
    return new CoordinateEventConfig(v, minStrideTimeS, minExcursionLegs, gapPolicy, maxGapS);
  }

  public CoordinateEventConfig withMinStrideTimeS(double v) {
    return new CoordinateEventConfig(lowPassHz, v, minExcursionLegs, gapPolicy, maxGapS);
  }

  public CoordinateEventConfig withMinExcursionLegs(double v) {
    return new CoordinateEventConfig(lowPassHz, minStrideTimeS, v, gapPolicy, maxGapS);
  }

  public CoordinateEventConfig withGapPolicy(GapPolicy v) {
    return new CoordinateEventConfig(lowPassHz, minStrideTimeS, minExcursionLegs, v, maxGapS);
  }

  public CoordinateEventConfig withMaxGapS(double v) {
    return new CoordinateEventConfig(lowPassHz, minStrideTimeS, minExcursionLegs, gapPolicy, v);
  }
}
