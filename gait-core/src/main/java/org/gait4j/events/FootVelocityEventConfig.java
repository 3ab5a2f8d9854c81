package org.gait4j.events;

import org.gait4j.internal.Checks;
import org.gait4j.model.GapPolicy;

/**
 * Settings of the {@link FootVelocityEventDetector} (O'Connor et al. 2007), in physical units.
 * Velocities are in leg lengths per second (the median pelvis-to-heel distance of the recording
 * per second), so one configuration serves millimetres, metres and pixels.
 *
 * <p>None of the defaults was chosen by looking at the real recordings in the accuracy harness:
 * the cut-off is the usual one for walking kinematics (Winter 2009, 6 Hz); the still threshold
 * (0.1 leg/s, about 0.09 m/s) is a tenth of the typical toe-off peak (about 1 leg/s); the
 * stillness and stride limits only reject noise.
 *
 * @param lowPassHz cut-off of the zero-phase 2nd-order Butterworth low-pass applied to the
 *     foot-centre height before differentiation, Hz, {@code > 0}; checked against Nyquist
 * @param minStrideTimeS shortest time between two events of one type and side, s, {@code > 0}
 * @param stillLegsPerS the foot centre counts as still (stance plateau) while its vertical speed
 *     is below this, leg lengths per second, {@code > 0}
 * @param minStillS shortest stance plateau, s, {@code > 0}
 * @param minToePeakLegsPerS smallest upward velocity peak accepted as toe off, leg lengths per
 *     second, {@code > stillLegsPerS}
 * @param gapPolicy missing samples: as in {@link CoordinateEventConfig#gapPolicy()}
 * @param maxGapS longest gap filled by linear interpolation, s, {@code >= 0}
 */
public record FootVelocityEventConfig(double lowPassHz, double minStrideTimeS,
    double stillLegsPerS, double minStillS, double minToePeakLegsPerS, GapPolicy gapPolicy,
    double maxGapS) {

  public FootVelocityEventConfig {
    Checks.positive(lowPassHz, "lowPassHz");
    Checks.positive(minStrideTimeS, "minStrideTimeS");
    Checks.positive(stillLegsPerS, "stillLegsPerS");
    Checks.positive(minStillS, "minStillS");
    Checks.requireArgument(minToePeakLegsPerS > stillLegsPerS, "minToePeakLegsPerS (%s) must "
        + "exceed stillLegsPerS (%s)", minToePeakLegsPerS, stillLegsPerS);
    Checks.notNull(gapPolicy, "gapPolicy");
    Checks.nonNegative(maxGapS, "maxGapS");
  }

  /**
   * 6 Hz, strides of at least 0.5 s, still below 0.1 leg/s for at least 0.05 s, toe-off peaks of
   * at least 0.3 leg/s, SPLIT at gaps over 0.1 s.
   */
  public static FootVelocityEventConfig defaults() {
    return new FootVelocityEventConfig(6.0, 0.5, 0.1, 0.05, 0.3, GapPolicy.SPLIT, 0.1);
  }

  public FootVelocityEventConfig withLowPassHz(double v) {
    return new FootVelocityEventConfig(v, minStrideTimeS, stillLegsPerS, minStillS,
        minToePeakLegsPerS, gapPolicy, maxGapS);
  }

  public FootVelocityEventConfig withMinStrideTimeS(double v) {
    return new FootVelocityEventConfig(lowPassHz, v, stillLegsPerS, minStillS,
        minToePeakLegsPerS, gapPolicy, maxGapS);
  }

  public FootVelocityEventConfig withStillLegsPerS(double v) {
    return new FootVelocityEventConfig(lowPassHz, minStrideTimeS, v, minStillS,
        minToePeakLegsPerS, gapPolicy, maxGapS);
  }

  public FootVelocityEventConfig withMinStillS(double v) {
    return new FootVelocityEventConfig(lowPassHz, minStrideTimeS, stillLegsPerS, v,
        minToePeakLegsPerS, gapPolicy, maxGapS);
  }

  public FootVelocityEventConfig withMinToePeakLegsPerS(double v) {
    return new FootVelocityEventConfig(lowPassHz, minStrideTimeS, stillLegsPerS, minStillS, v,
        gapPolicy, maxGapS);
  }

  public FootVelocityEventConfig withGapPolicy(GapPolicy v) {
    return new FootVelocityEventConfig(lowPassHz, minStrideTimeS, stillLegsPerS, minStillS,
        minToePeakLegsPerS, v, maxGapS);
  }

  public FootVelocityEventConfig withMaxGapS(double v) {
    return new FootVelocityEventConfig(lowPassHz, minStrideTimeS, stillLegsPerS, minStillS,
        minToePeakLegsPerS, gapPolicy, v);
  }
}
