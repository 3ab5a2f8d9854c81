package org.gait4j.params;

import org.gait4j.internal.Checks;

/**
 * Settings of {@link FootTrajectoryEstimator}, in physical units. Immutable; {@link #defaults()}
 * and {@code withX(...)} copies. None was tuned on recorded data.
 *
 * @param gravityWindowS the initial attitude of each stride is levelled on the mean accelerometer
 *     reading over this window centred on the starting mid stance, s
 * @param height how the vertical position is de-drifted
 */
public record FootTrajectoryConfig(double gravityWindowS, HeightCorrection height) {

  /** How the vertical position is treated after the velocity has been de-drifted. */
  public enum HeightCorrection {
    /** Level walking: the vertical position is de-drifted linearly to end where it started. */
    LEVEL_GROUND,
    /** Stairs or slopes: no correction beyond the velocity's. */
    NONE
  }


  public FootTrajectoryConfig {
    Checks.positive(gravityWindowS, "gravityWindowS");
    Checks.requireArgument(gravityWindowS <= 0.5, "gravityWindowS (%s) must be <= 0.5 s",
        gravityWindowS);
    Checks.notNull(height, "height");
  }

  /** gravityWindowS 0.05, LEVEL_GROUND. */
  public static FootTrajectoryConfig defaults() {
    return new FootTrajectoryConfig(0.05, HeightCorrection.LEVEL_GROUND);
  }

  /** A copy with {@code gravityWindowS} = {@code v}. */
  public FootTrajectoryConfig withGravityWindowS(double v) {
    return new FootTrajectoryConfig(v, height);
  }

  /** A copy with {@code height} = {@code v}. */
  public FootTrajectoryConfig withHeight(HeightCorrection v) {
    return new FootTrajectoryConfig(gravityWindowS, v);
  }
}
