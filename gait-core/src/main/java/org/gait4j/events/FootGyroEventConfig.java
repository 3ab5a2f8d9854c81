package org.gait4j.events;

import org.gait4j.internal.Checks;

/**
 * Settings of {@link FootGyroEventDetector}, in physical units. Immutable; {@link #defaults()} and
 * {@code withX(...)} copies.
 *
 * @param icMethod where initial contact is placed
 * @param icLevelDegPerS the contact is the first upward crossing of this gyr_y level after the
 *     swing minimum ({@link FootIcMethod#ZERO_CROSSING}: a zero crossing set just above the
 *     noise), deg/s
 * @param midStanceWindowS length of the moving window of gyroscope energy whose minimum is mid
 *     stance, s
 * @param segmenter settings of the stride segmentation the events are searched in
 */
public record FootGyroEventConfig(FootIcMethod icMethod, double icLevelDegPerS,
    double midStanceWindowS, FootStrideSegmenterConfig segmenter) {

  public FootGyroEventConfig {
    Checks.notNull(icMethod, "icMethod");
    Checks.positive(icLevelDegPerS, "icLevelDegPerS");
    Checks.positive(midStanceWindowS, "midStanceWindowS");
    Checks.requireArgument(midStanceWindowS <= 0.5, "midStanceWindowS (%s) must be <= 0.5 s",
        midStanceWindowS);
    Checks.notNull(segmenter, "segmenter");
  }

  /**
   * ZERO_CROSSING, icLevelDegPerS 10 (several times the noise and bias of MEMS gyroscopes; a few
   * percent of the swing and heel-strike angular velocities), midStanceWindowS 0.1, default
   * segmenter.
   */
  public static FootGyroEventConfig defaults() {
    return new FootGyroEventConfig(FootIcMethod.ZERO_CROSSING, 10.0, 0.1,
        FootStrideSegmenterConfig.defaults());
  }

  /** A copy with {@code icMethod} = {@code v}. */
  public FootGyroEventConfig withIcMethod(FootIcMethod v) {
    return new FootGyroEventConfig(v, icLevelDegPerS, midStanceWindowS, segmenter);
  }

  /** A copy with {@code icLevelDegPerS} = {@code v}. */
  public FootGyroEventConfig withIcLevelDegPerS(double v) {
    return new FootGyroEventConfig(icMethod, v, midStanceWindowS, segmenter);
  }

  /** A copy with {@code midStanceWindowS} = {@code v}. */
  public FootGyroEventConfig withMidStanceWindowS(double v) {
    return new FootGyroEventConfig(icMethod, icLevelDegPerS, v, segmenter);
  }

  /** A copy with {@code segmenter} = {@code v}. */
  public FootGyroEventConfig withSegmenter(FootStrideSegmenterConfig v) {
    return new FootGyroEventConfig(icMethod, icLevelDegPerS, midStanceWindowS, v);
  }
}
