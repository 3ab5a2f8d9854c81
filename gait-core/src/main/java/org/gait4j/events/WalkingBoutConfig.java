package org.gait4j.events;

import org.gait4j.internal.Checks;

/**
 * Settings of {@link LowerBackWalkingBoutDetector}, in physical units. Immutable; {@link
 * #defaults()} and {@code withX} copies.
 *
 * @param gravityWindowS length of the centred moving average that finds the vertical, s
 * @param bandLowHz lower corner of the band-pass of the vertical acceleration, Hz
 * @param bandHighHz upper corner of that band-pass, Hz
 * @param minStepAccelerationMps2 smallest peak of the band-passed vertical acceleration that
 *     counts as a step, m/s²
 * @param minStepIntervalS shortest interval between two steps, s
 * @param maxStepIntervalS longest interval between two steps of one bout, s
 * @param maxStepRatio largest ratio between consecutive step intervals in a bout (a regularity
 *     test: walking steps change slowly)
 * @param minSteps fewest steps in a bout
 * @param paddingS time added before the first and after the last step, s
 * @param maxBreakS bouts separated by at most this long a pause are one bout, s (0: only
 *     overlapping bouts merge)
 */
public record WalkingBoutConfig(double gravityWindowS, double bandLowHz, double bandHighHz,
    double minStepAccelerationMps2, double minStepIntervalS, double maxStepIntervalS,
    double maxStepRatio, int minSteps, double paddingS, double maxBreakS) {

  public WalkingBoutConfig {
    Checks.positive(gravityWindowS, "gravityWindowS");
    Checks.positive(bandLowHz, "bandLowHz");
    Checks.positive(bandHighHz, "bandHighHz");
    Checks.requireArgument(bandLowHz < bandHighHz, "bandLowHz (%s) must be below bandHighHz (%s)",
        bandLowHz, bandHighHz);
    Checks.nonNegative(minStepAccelerationMps2, "minStepAccelerationMps2");
    Checks.positive(minStepIntervalS, "minStepIntervalS");
    Checks.positive(maxStepIntervalS, "maxStepIntervalS");
    Checks.requireArgument(minStepIntervalS < maxStepIntervalS,
        "minStepIntervalS (%s) must be below maxStepIntervalS (%s)", minStepIntervalS,
        maxStepIntervalS);
    Checks.requireArgument(maxStepRatio >= 1, "maxStepRatio (%s) must be >= 1", maxStepRatio);
    Checks.inRange(minSteps, 2, 1000, "minSteps");
    Checks.nonNegative(paddingS, "paddingS");
    Checks.nonNegative(maxBreakS, "maxBreakS");
  }

  /**
   * Gravity window 2 s, band 0.5-3 Hz, steps of at least 0.5 m/s², 0.25-1.5 s apart, consecutive
   * intervals within a factor 2, at least 4 steps, no padding; bouts less than 3 s apart are
   * one, the longest break within a walking bout in the consensus definition of real-world
   * walking (Kluge et al. 2021, DOI 10.1371/journal.pone.0256541).
   */
  public static WalkingBoutConfig defaults() {
    return new WalkingBoutConfig(2.0, 0.5, 3.0, 0.5, 0.25, 1.5, 2.0, 4, 0.0, 3.0);
  }

  public WalkingBoutConfig withGravityWindowS(double v) {
    return new WalkingBoutConfig(v, bandLowHz, bandHighHz, minStepAccelerationMps2,
        minStepIntervalS, maxStepIntervalS, maxStepRatio, minSteps, paddingS, maxBreakS);
  }

  public WalkingBoutConfig withBandHz(double low, double high) {
    return new WalkingBoutConfig(gravityWindowS, low, high, minStepAccelerationMps2,
        minStepIntervalS, maxStepIntervalS, maxStepRatio, minSteps, paddingS, maxBreakS);
  }

  public WalkingBoutConfig withMinStepAccelerationMps2(double v) {
    return new WalkingBoutConfig(gravityWindowS, bandLowHz, bandHighHz, v, minStepIntervalS,
        maxStepIntervalS, maxStepRatio, minSteps, paddingS, maxBreakS);
  }

  public WalkingBoutConfig withStepIntervalS(double min, double max) {
    return new WalkingBoutConfig(gravityWindowS, bandLowHz, bandHighHz, minStepAccelerationMps2,
        min, max, maxStepRatio, minSteps, paddingS, maxBreakS);
  }

  public WalkingBoutConfig withMaxStepRatio(double v) {
    return new WalkingBoutConfig(gravityWindowS, bandLowHz, bandHighHz, minStepAccelerationMps2,
        minStepIntervalS, maxStepIntervalS, v, minSteps, paddingS, maxBreakS);
  }

  public WalkingBoutConfig withMinSteps(int v) {
    return new WalkingBoutConfig(gravityWindowS, bandLowHz, bandHighHz, minStepAccelerationMps2,
        minStepIntervalS, maxStepIntervalS, maxStepRatio, v, paddingS, maxBreakS);
  }

  public WalkingBoutConfig withPaddingS(double v) {
    return new WalkingBoutConfig(gravityWindowS, bandLowHz, bandHighHz, minStepAccelerationMps2,
        minStepIntervalS, maxStepIntervalS, maxStepRatio, minSteps, v, maxBreakS);
  }

  public WalkingBoutConfig withMaxBreakS(double v) {
    return new WalkingBoutConfig(gravityWindowS, bandLowHz, bandHighHz, minStepAccelerationMps2,
        minStepIntervalS, maxStepIntervalS, maxStepRatio, minSteps, paddingS, v);
  }
}
