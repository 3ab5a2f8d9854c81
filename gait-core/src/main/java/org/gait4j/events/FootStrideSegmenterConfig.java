package org.gait4j.events;

import org.gait4j.internal.Checks;

/**
 * Settings of {@link FootStrideSegmenter}, in physical units. Immutable; {@link #defaults()} and
 * {@code withX(...)} copies.
 *
 * <p>None of the defaults was chosen by looking at recorded data: the template and its duration
 * come from the simulator ({@code FootStrideTemplate}), the stride-duration limits and the scale
 * from gaitmap's published {@code BarthDtw} defaults (0.6 s to 3 s; 500 deg/s), the cost bound
 * from simulated walks with sensor noise and tilts.
 *
 * @param lowPassHz zero-phase Butterworth (order 4) low-pass applied to gyr_y before matching, Hz
 * @param workRateHz the signal is decimated by the largest whole factor that keeps at least this
 *     rate before matching (saves time; the borders are refined at the full rate), Hz
 * @param scaleDegPerS angular velocity that maps to 1 in the DTW cost, deg/s
 * @param templateStrideS duration the template is stretched to before matching, s
 * @param maxCostPerSample largest accepted DTW cost divided by the template length (mean squared
 *     scaled deviation per template sample), dimensionless
 * @param minStrideS shortest accepted stride, s
 * @param maxStrideS longest accepted stride, s
 * @param snapWindowS each matched border moves to the gyr_y maximum within this distance, s
 * @param minSwingDegPerS a stride must contain a swing: gyr_y below minus this value, deg/s
 */
public record FootStrideSegmenterConfig(double lowPassHz, double workRateHz, double scaleDegPerS,
    double templateStrideS, double maxCostPerSample, double minStrideS, double maxStrideS,
    double snapWindowS, double minSwingDegPerS) {

  public FootStrideSegmenterConfig {
    Checks.positive(lowPassHz, "lowPassHz");
    Checks.positive(workRateHz, "workRateHz");
    Checks.requireArgument(lowPassHz < workRateHz / 2, "lowPassHz (%s) must be below half of "
        + "workRateHz (%s)", lowPassHz, workRateHz);
    Checks.positive(scaleDegPerS, "scaleDegPerS");
    Checks.inRange(templateStrideS, 0.2, 5.0, "templateStrideS");
    Checks.positive(maxCostPerSample, "maxCostPerSample");
    Checks.positive(minStrideS, "minStrideS");
    Checks.requireArgument(maxStrideS > minStrideS, "maxStrideS (%s) must exceed minStrideS (%s)",
        maxStrideS, minStrideS);
    Checks.nonNegative(snapWindowS, "snapWindowS");
    Checks.requireArgument(snapWindowS < minStrideS / 2, "snapWindowS (%s) must be below half of "
        + "minStrideS (%s)", snapWindowS, minStrideS);
    Checks.nonNegative(minSwingDegPerS, "minSwingDegPerS");
  }

  /**
   * lowPassHz 8, workRateHz 50, scaleDegPerS 500, template 1.0947 s (the simulator's mean stride),
   * maxCostPerSample 0.05, strides 0.6 to 3 s, snapWindowS 0.15, minSwingDegPerS 100.
   */
  public static FootStrideSegmenterConfig defaults() {
    return new FootStrideSegmenterConfig(8.0, 50.0, 500.0, FootStrideTemplate.DURATION_S, 0.05,
        0.6, 3.0, 0.15, 100.0);
  }

  /** A copy with {@code lowPassHz} = {@code v}. */
  public FootStrideSegmenterConfig withLowPassHz(double v) {
    return new FootStrideSegmenterConfig(v, workRateHz, scaleDegPerS, templateStrideS,
        maxCostPerSample, minStrideS, maxStrideS, snapWindowS, minSwingDegPerS);
  }

  /** A copy with {@code workRateHz} = {@code v}. */
  public FootStrideSegmenterConfig withWorkRateHz(double v) {
    return new FootStrideSegmenterConfig(lowPassHz, v, scaleDegPerS, templateStrideS,
        maxCostPerSample, minStrideS, maxStrideS, snapWindowS, minSwingDegPerS);
  }

  /** A copy with {@code scaleDegPerS} = {@code v}. */
  public FootStrideSegmenterConfig withScaleDegPerS(double v) {
    return new FootStrideSegmenterConfig(lowPassHz, workRateHz, v, templateStrideS,
        maxCostPerSample, minStrideS, maxStrideS, snapWindowS, minSwingDegPerS);
  }

  /** A copy with {@code templateStrideS} = {@code v}. */
  public FootStrideSegmenterConfig withTemplateStrideS(double v) {
    return new FootStrideSegmenterConfig(lowPassHz, workRateHz, scaleDegPerS, v,
        maxCostPerSample, minStrideS, maxStrideS, snapWindowS, minSwingDegPerS);
  }

  /** A copy with {@code maxCostPerSample} = {@code v}. */
  public FootStrideSegmenterConfig withMaxCostPerSample(double v) {
    return new FootStrideSegmenterConfig(lowPassHz, workRateHz, scaleDegPerS, templateStrideS, v,
        minStrideS, maxStrideS, snapWindowS, minSwingDegPerS);
  }

  /** A copy with {@code minStrideS} = {@code v}. */
  public FootStrideSegmenterConfig withMinStrideS(double v) {
    return new FootStrideSegmenterConfig(lowPassHz, workRateHz, scaleDegPerS, templateStrideS,
        maxCostPerSample, v, maxStrideS, snapWindowS, minSwingDegPerS);
  }

  /** A copy with {@code maxStrideS} = {@code v}. */
  public FootStrideSegmenterConfig withMaxStrideS(double v) {
    return new FootStrideSegmenterConfig(lowPassHz, workRateHz, scaleDegPerS, templateStrideS,
        maxCostPerSample, minStrideS, v, snapWindowS, minSwingDegPerS);
  }

  /** A copy with {@code snapWindowS} = {@code v}. */
  public FootStrideSegmenterConfig withSnapWindowS(double v) {
    return new FootStrideSegmenterConfig(lowPassHz, workRateHz, scaleDegPerS, templateStrideS,
        maxCostPerSample, minStrideS, maxStrideS, v, minSwingDegPerS);
  }

  /** A copy with {@code minSwingDegPerS} = {@code v}. */
  public FootStrideSegmenterConfig withMinSwingDegPerS(double v) {
    return new FootStrideSegmenterConfig(lowPassHz, workRateHz, scaleDegPerS, templateStrideS,
        maxCostPerSample, minStrideS, maxStrideS, snapWindowS, v);
  }
}
