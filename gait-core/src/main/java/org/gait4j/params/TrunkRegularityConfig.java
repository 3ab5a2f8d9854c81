package org.gait4j.params;

import org.gait4j.internal.Checks;

/**
 * Settings of {@link TrunkRegularity}, in physical units. Immutable; {@link #defaults()} and
 * {@code withX} copies.
 *
 * @param minStepS shortest step the autocorrelation searches for, s
 * @param maxStepS longest step the autocorrelation searches for, s; the lag window is {@code 2.4
 *     x maxStepS} (where the stride peak is searched) and a range must be at least twice as long
 * @param harmonics number of harmonics of the stride frequency summed in the harmonic ratios
 *     (fewer when a stride has too few samples: at most {@code (samples - 1) / 2})
 */
public record TrunkRegularityConfig(double minStepS, double maxStepS, int harmonics) {

  public TrunkRegularityConfig {
    Checks.positive(minStepS, "minStepS");
    Checks.positive(maxStepS, "maxStepS");
    Checks.requireArgument(minStepS < maxStepS, "minStepS (%s) must be below maxStepS (%s)",
        minStepS, maxStepS);
    Checks.inRange(harmonics, 2, 100, "harmonics");
  }

  /**
   * Steps of 0.25-1.0 s (60-240 steps/min), 20 harmonics (Menz et al. 2003). The lag window is
   * then 2.4 s and the shortest range 4.8 s.
   */
  public static TrunkRegularityConfig defaults() {
    return new TrunkRegularityConfig(0.25, 1.0, 20);
  }

  public TrunkRegularityConfig withStepS(double min, double max) {
    return new TrunkRegularityConfig(min, max, harmonics);
  }

  public TrunkRegularityConfig withHarmonics(int v) {
    return new TrunkRegularityConfig(minStepS, maxStepS, v);
  }

  /** The longest lag of the autocorrelation, s: {@code 2.4 x maxStepS}. */
  public double maxLagS() {
    return 2.4 * maxStepS;
  }
}
