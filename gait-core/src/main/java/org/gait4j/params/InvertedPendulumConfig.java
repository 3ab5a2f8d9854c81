package org.gait4j.params;

import org.gait4j.internal.Checks;

/**
 * Settings of {@link InvertedPendulumStrideLength}. Immutable; {@link #defaults()} gives the
 * published values and each {@code withX} returns a copy.
 *
 * @param correctionFactor multiplies the pendulum step length {@code 2 sqrt(2 l h - h²)}
 *     (Zijlstra &amp; Hof 2003 found 1.25 for healthy adults); dimensionless
 * @param gravityWindowS length of the centred moving average that finds the vertical, s
 * @param maxStepIntervalS longest step: a longer interval between initial contacts breaks the
 *     chain of steps (no length is given across it), s
 */
public record InvertedPendulumConfig(double correctionFactor, double gravityWindowS,
    double maxStepIntervalS) {

  public InvertedPendulumConfig {
    Checks.positive(correctionFactor, "correctionFactor");
    Checks.positive(gravityWindowS, "gravityWindowS");
    Checks.positive(maxStepIntervalS, "maxStepIntervalS");
  }

  /** Correction factor 1.25 (Zijlstra &amp; Hof 2003), gravity window 2 s, longest step 1.5 s. */
  public static InvertedPendulumConfig defaults() {
    return new InvertedPendulumConfig(1.25, 2.0, 1.5);
  }

  public InvertedPendulumConfig withCorrectionFactor(double v) {
    return new InvertedPendulumConfig(v, gravityWindowS, maxStepIntervalS);
  }

  public InvertedPendulumConfig withGravityWindowS(double v) {
    return new InvertedPendulumConfig(correctionFactor, v, maxStepIntervalS);
  }

  public InvertedPendulumConfig withMaxStepIntervalS(double v) {
    return new InvertedPendulumConfig(correctionFactor, gravityWindowS, v);
  }
}
