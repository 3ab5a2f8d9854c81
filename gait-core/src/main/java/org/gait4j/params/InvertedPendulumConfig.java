package org.gait4j.params;

import org.gait4j.internal.Checks;

/**
 * Settings of {@link InvertedPendulumStrideLength}. Immutable; {@link #defaults()} gives the
 * library's values (where each comes from is stated there) and each {@code withX} returns a copy.
 *
 * @param correctionFactor {@code K}, multiplies the pendulum step length {@code 2 sqrt(2 l h -
 *     h²)} (Zijlstra &amp; Hof 2003 found 1.25 for healthy adults); dimensionless
 * @param excursionOffsetM {@code h0}, the part of the per-step vertical excursion of the sensor
 *     that is not pendular (trunk bounce, soft tissue, a compliant stance leg); it is subtracted
 *     from {@code h} before the pendulum model (0 gives Zijlstra &amp; Hof's model), m
 * @param accHighPassHz corner of the zero-phase 4th-order Butterworth high-pass applied to the
 *     vertical acceleration before the first integration, Hz
 * @param velocityHighPassHz corner of the zero-phase 4th-order Butterworth high-pass applied to
 *     the vertical velocity before the second integration, Hz
 * @param orientationTimeConstantS time constant of the complementary filter that pulls the
 *     gyroscope-propagated vertical toward the accelerometer's direction, s
 * @param gravityWindowS length of the centred moving average that finds the vertical when the
 *     stream has no gyroscope, s
 * @param maxStepIntervalS longest step: a longer interval between initial contacts gets no step
 *     length, s
 */
public record InvertedPendulumConfig(double correctionFactor, double excursionOffsetM,
    double accHighPassHz, double velocityHighPassHz, double orientationTimeConstantS,
    double gravityWindowS, double maxStepIntervalS) {

  public InvertedPendulumConfig {
    Checks.positive(correctionFactor, "correctionFactor");
    Checks.nonNegative(excursionOffsetM, "excursionOffsetM");
    Checks.positive(accHighPassHz, "accHighPassHz");
    Checks.positive(velocityHighPassHz, "velocityHighPassHz");
    Checks.positive(orientationTimeConstantS, "orientationTimeConstantS");
    Checks.positive(gravityWindowS, "gravityWindowS");
    Checks.positive(maxStepIntervalS, "maxStepIntervalS");
  }

  /**
   * {@code K = 1.25} (Zijlstra &amp; Hof 2003); non-pendular excursion {@code h0 = 7 mm} (chosen on
   * the Mobilise-D lab example data, 3 subjects: see the class documentation of {@link
   * InvertedPendulumStrideLength} and the accuracy harness's leave-one-subject-out figure);
   * high-pass 0.1 Hz on the acceleration (Zijlstra &amp; Hof 2003) and 1 Hz on the velocity
   * (Mobilise-D's implementation, after Soltani et al. 2021); orientation time constant 1 s;
   * gravity window 2 s; longest step 1.5 s.
   */
  public static InvertedPendulumConfig defaults() {
    return new InvertedPendulumConfig(1.25, 0.007, 0.1, 1.0, 1.0, 2.0, 1.5);
  }

  /** Zijlstra &amp; Hof's model as published: {@link #defaults()} with {@code h0 = 0}. */
  public static InvertedPendulumConfig zijlstraHof() {
    return defaults().withExcursionOffsetM(0.0);
  }

  public InvertedPendulumConfig withCorrectionFactor(double v) {
    return new InvertedPendulumConfig(v, excursionOffsetM, accHighPassHz, velocityHighPassHz,
        orientationTimeConstantS, gravityWindowS, maxStepIntervalS);
  }

  public InvertedPendulumConfig withExcursionOffsetM(double v) {
    return new InvertedPendulumConfig(correctionFactor, v, accHighPassHz, velocityHighPassHz,
        orientationTimeConstantS, gravityWindowS, maxStepIntervalS);
  }

  public InvertedPendulumConfig withAccHighPassHz(double v) {
    return new InvertedPendulumConfig(correctionFactor, excursionOffsetM, v, velocityHighPassHz,
        orientationTimeConstantS, gravityWindowS, maxStepIntervalS);
  }

  public InvertedPendulumConfig withVelocityHighPassHz(double v) {
    return new InvertedPendulumConfig(correctionFactor, excursionOffsetM, accHighPassHz, v,
        orientationTimeConstantS, gravityWindowS, maxStepIntervalS);
  }

  public InvertedPendulumConfig withOrientationTimeConstantS(double v) {
    return new InvertedPendulumConfig(correctionFactor, excursionOffsetM, accHighPassHz,
        velocityHighPassHz, v, gravityWindowS, maxStepIntervalS);
  }

  public InvertedPendulumConfig withGravityWindowS(double v) {
    return new InvertedPendulumConfig(correctionFactor, excursionOffsetM, accHighPassHz,
        velocityHighPassHz, orientationTimeConstantS, v, maxStepIntervalS);
  }

  public InvertedPendulumConfig withMaxStepIntervalS(double v) {
    return new InvertedPendulumConfig(correctionFactor, excursionOffsetM, accHighPassHz,
        velocityHighPassHz, orientationTimeConstantS, gravityWindowS, v);
  }
}
