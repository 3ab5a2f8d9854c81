package org.gait4j.events;

import org.gait4j.internal.Checks;

/**
 * Settings of {@link FootGyroEventDetector}, in physical units. Immutable; {@link #defaults()} and
 * {@code withX(...)} copies.
 *
 * @param icMethod where initial contact is placed
 * @param icRiseDegPerS the heel-strike rebound is the first rise of gyr_y above this value after
 *     the swing minimum; the zero crossing just before it is the contact, deg/s
 * @param midStanceWindowS length of the moving window of gyroscope energy whose minimum is mid
 *     stance, s
 * @param segmenter settings of the stride segmentation the events are searched in
 */
public record FootGyroEventConfig(FootIcMethod icMethod, double icRiseDegPerS,
    double midStanceWindowS, FootStrideSegmenterConfig segmenter) {

  public FootGyroEventConfig {
    Checks.notNull(icMethod, "icMethod");
    Checks.positive(icRiseDegPerS, "icRiseDegPerS");
    Checks.positive(midStanceWindowS, "midStanceWindowS");
    Checks.requireArgument(midStanceWindowS <= 0.5, "midStanceWindowS (%s) must be <= 0.5 s",
        midStanceWindowS);
    Checks.notNull(segmenter, "segmenter");
  }

  /**
   * ZERO_CROSSING, icRiseDegPerS 20 (ten times the noise of typical MEMS gyroscopes, a tenth of the
   * heel-strike rebound), midStanceWindowS 0.1, default segmenter.
   */
  public static FootGyroEventConfig defaults() {
    return new FootGyroEventConfig(FootIcMethod.ZERO_CROSSING, 20.0, 0.1,
        FootStrideSegmenterConfig.defaults());
  }

  /** A copy with {@code icMethod} = {@code v}. */
  public FootGyroEventConfig withIcMethod(FootIcMethod v) {
    return new FootGyroEventConfig(v, icRiseDegPerS, midStanceWindowS, segmenter);
  }

  /** A copy with {@code icRiseDegPerS} = {@code v}. */
  public FootGyroEventConfig withIcRiseDegPerS(double v) {
    return new FootGyroEventConfig(icMethod, v, midStanceWindowS, segmenter);
  }

  /** A copy with {@code midStanceWindowS} = {@code v}. */
  public FootGyroEventConfig withMidStanceWindowS(double v) {
    return new FootGyroEventConfig(icMethod, icRiseDegPerS, v, segmenter);
  }

  /** A copy with {@code segmenter} = {@code v}. */
  public FootGyroEventConfig withSegmenter(FootStrideSegmenterConfig v) {
    return new FootGyroEventConfig(icMethod, icRiseDegPerS, midStanceWindowS, v);
  }
}
