package org.gait4j.events;

import org.gait4j.internal.Checks;
import org.gait4j.model.GapPolicy;

/**
 * Settings of the {@link CoordinateEventDetector} (Zeni et al. 2008, with the foot-speed
 * refinement after Ghoussayni et al. 2004), in physical units.
 *
 * <p><b>Where the defaults come from.</b> The cut-off is the usual one for walking kinematics
 * (Winter 2009, 6 Hz); the shortest stride and the excursion limit only reject noise and are far
 * from any real gait; the refinement window (0.3 s, about three quarters of a swing phase) was
 * set from the duration of swing. The two speed fractions ({@code icSpeedFraction} 0.25,
 * {@code toSpeedFraction} 0.3) <b>were chosen by looking at real recordings</b>: the c3d.org
 * trials of the accuracy harness (3 subjects, 22 labelled events). The harness therefore also
 * prints leave-one-subject-out figures in which each fraction is chosen on two subjects and
 * scored on the third; quote those beside the pooled ones.
 *
 * @param lowPassHz cut-off of the zero-phase 2nd-order Butterworth low-pass (4th order in
 *     effect) applied to the heel- and toe-to-pelvis coordinates and to the positions whose speed
 *     the refinement uses, Hz, {@code > 0}; checked against Nyquist in {@code detect}
 * @param minStrideTimeS shortest time between two events of one type and side, s, {@code > 0}
 * @param minExcursionLegs smallest prominence of a heel maximum or toe minimum, in leg lengths
 *     (the median pelvis-to-heel distance of the recording), {@code > 0}; dimensionless so the
 *     same value serves millimetres, metres and pixels
 * @param gapPolicy what to do with missing samples: {@code FAIL} refuses any gap;
 *     {@code INTERPOLATE} fills gaps up to {@code maxGapS} and refuses longer ones (and gaps at
 *     either end); {@code SPLIT} fills gaps up to {@code maxGapS} and analyses the runs between
 *     longer gaps separately (no event is reported inside a gap)
 * @param maxGapS longest gap filled by linear interpolation, s, {@code >= 0}
 * @param refinement how a contact is placed once found: {@link ContactRefinement#NONE} (Zeni's
 *     extrema) or {@link ContactRefinement#FOOT_SPEED}
 * @param icSpeedFraction FOOT_SPEED: IC is the first sample after the heel's swing peak at which
 *     the heel's sagittal speed is below this fraction of that peak, in {@code (0, 1)};
 *     dimensionless (the peak scales with walking speed and with the unit)
 * @param toSpeedFraction FOOT_SPEED: TO is the first sample at which the toe's sagittal speed,
 *     rising to its swing peak, reaches this fraction of that peak, in {@code (0, 1)}
 * @param refineWindowS FOOT_SPEED: the swing peak is sought within this time before a Zeni IC
 *     (after a Zeni TO), and the threshold crossing within this time after (before) it, s,
 *     {@code > 0}
 */
public record CoordinateEventConfig(double lowPassHz, double minStrideTimeS,
    double minExcursionLegs, GapPolicy gapPolicy, double maxGapS, ContactRefinement refinement,
    double icSpeedFraction, double toSpeedFraction, double refineWindowS) {

  public CoordinateEventConfig {
    Checks.positive(lowPassHz, "lowPassHz");
    Checks.positive(minStrideTimeS, "minStrideTimeS");
    Checks.positive(minExcursionLegs, "minExcursionLegs");
    Checks.notNull(gapPolicy, "gapPolicy");
    Checks.nonNegative(maxGapS, "maxGapS");
    Checks.notNull(refinement, "refinement");
    Checks.requireArgument(icSpeedFraction > 0 && icSpeedFraction < 1,
        "icSpeedFraction (%s) must be in (0, 1)", icSpeedFraction);
    Checks.requireArgument(toSpeedFraction > 0 && toSpeedFraction < 1,
        "toSpeedFraction (%s) must be in (0, 1)", toSpeedFraction);
    Checks.positive(refineWindowS, "refineWindowS");
  }

  /**
   * 6 Hz, strides of at least 0.5 s, excursion 0.1 leg lengths, SPLIT at gaps over 0.1 s,
   * FOOT_SPEED refinement with IC at 0.25 and TO at 0.3 of the swing peak speed, window 0.3 s.
   */
  public static CoordinateEventConfig defaults() {
    return new CoordinateEventConfig(6.0, 0.5, 0.1, GapPolicy.SPLIT, 0.1,
        ContactRefinement.FOOT_SPEED, 0.25, 0.3, 0.3);
  }

  /** {@link #defaults()} without refinement: the coordinate method as Zeni et al. describe it. */
  public static CoordinateEventConfig zeni() {
    return defaults().withRefinement(ContactRefinement.NONE);
  }

  public CoordinateEventConfig withLowPassHz(double v) {
    return new CoordinateEventConfig(v, minStrideTimeS, minExcursionLegs, gapPolicy, maxGapS,
        refinement, icSpeedFraction, toSpeedFraction, refineWindowS);
  }

  public CoordinateEventConfig withMinStrideTimeS(double v) {
    return new CoordinateEventConfig(lowPassHz, v, minExcursionLegs, gapPolicy, maxGapS,
        refinement, icSpeedFraction, toSpeedFraction, refineWindowS);
  }

  public CoordinateEventConfig withMinExcursionLegs(double v) {
    return new CoordinateEventConfig(lowPassHz, minStrideTimeS, v, gapPolicy, maxGapS,
        refinement, icSpeedFraction, toSpeedFraction, refineWindowS);
  }

  public CoordinateEventConfig withGapPolicy(GapPolicy v) {
    return new CoordinateEventConfig(lowPassHz, minStrideTimeS, minExcursionLegs, v, maxGapS,
        refinement, icSpeedFraction, toSpeedFraction, refineWindowS);
  }

  public CoordinateEventConfig withMaxGapS(double v) {
    return new CoordinateEventConfig(lowPassHz, minStrideTimeS, minExcursionLegs, gapPolicy, v,
        refinement, icSpeedFraction, toSpeedFraction, refineWindowS);
  }

  public CoordinateEventConfig withRefinement(ContactRefinement v) {
    return new CoordinateEventConfig(lowPassHz, minStrideTimeS, minExcursionLegs, gapPolicy,
        maxGapS, v, icSpeedFraction, toSpeedFraction, refineWindowS);
  }

  public CoordinateEventConfig withIcSpeedFraction(double v) {
    return new CoordinateEventConfig(lowPassHz, minStrideTimeS, minExcursionLegs, gapPolicy,
        maxGapS, refinement, v, toSpeedFraction, refineWindowS);
  }

  public CoordinateEventConfig withToSpeedFraction(double v) {
    return new CoordinateEventConfig(lowPassHz, minStrideTimeS, minExcursionLegs, gapPolicy,
        maxGapS, refinement, icSpeedFraction, v, refineWindowS);
  }

  public CoordinateEventConfig withRefineWindowS(double v) {
    return new CoordinateEventConfig(lowPassHz, minStrideTimeS, minExcursionLegs, gapPolicy,
        maxGapS, refinement, icSpeedFraction, toSpeedFraction, v);
  }
}
