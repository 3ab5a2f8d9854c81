package org.gait4j.events;

import org.gait4j.internal.Checks;

/**
 * Settings of {@link LowerBackIcDetector}, in physical units. Immutable; {@link #defaults()} gives
 * the published settings and each {@code withX} returns a copy.
 *
 * @param gravityWindowS length of the centred moving average that finds the vertical, s
 * @param icWaveletHz pseudo-frequency of the first Gaussian-derivative (gaus1) wavelet scale that
 *     turns the integrated vertical acceleration into the initial-contact signal, Hz (the scale in
 *     samples is {@code 0.2 fs / icWaveletHz}, 0.2 being PyWavelets' centre frequency of gaus1)
 * @param fcWaveletHz pseudo-frequency of the second gaus1 scale (final-contact signal), Hz
 * @param minStepIntervalS shortest interval between two initial contacts, s
 * @param sideLowHz lower corner of the band-pass applied to the vertical angular velocity before
 *     left/right assignment, Hz
 * @param sideHighHz upper corner of that band-pass, Hz
 * @param maxStepIntervalS longest step: a longer interval between contacts ends a run of
 *     alternating steps (the left/right decision is made per run), s
 * @param stepDistanceFraction minimum distance between two contacts as a fraction of the
 *     autocorrelation step period; dimensionless
 * @param minRelativeProminence minimum prominence of a contact's minimum of the IC signal as a
 *     fraction of the median prominence over the input; dimensionless
 * @param runBreakFactor a step longer than this many median steps (a missed contact) ends a run
 *     of alternating sides; dimensionless
 * @param sideClip the per-contact side evidence is clipped at this many median magnitudes, so
 *     that one large turn cannot outvote a run; dimensionless
 * @param maxStepPeriodS longest step period from which the minimum distance between contacts is
 *     derived (an autocorrelation period above it is taken as this), s
 */
public record LowerBackIcConfig(double gravityWindowS, double icWaveletHz, double fcWaveletHz,
    double minStepIntervalS, double sideLowHz, double sideHighHz, double maxStepIntervalS,
    double stepDistanceFraction, double minRelativeProminence, double runBreakFactor,
    double sideClip, double maxStepPeriodS) {

  public LowerBackIcConfig {
    Checks.positive(gravityWindowS, "gravityWindowS");
    Checks.positive(icWaveletHz, "icWaveletHz");
    Checks.positive(fcWaveletHz, "fcWaveletHz");
    Checks.positive(minStepIntervalS, "minStepIntervalS");
    Checks.positive(sideLowHz, "sideLowHz");
    Checks.positive(sideHighHz, "sideHighHz");
    Checks.requireArgument(sideLowHz < sideHighHz, "sideLowHz (%s) must be below sideHighHz (%s)",
        sideLowHz, sideHighHz);
    Checks.positive(maxStepIntervalS, "maxStepIntervalS");
    Checks.requireArgument(minStepIntervalS < maxStepIntervalS,
        "minStepIntervalS (%s) must be below maxStepIntervalS (%s)", minStepIntervalS,
        maxStepIntervalS);
    Checks.inRange(stepDistanceFraction, 0.0, 1.0, "stepDistanceFraction");
    Checks.inRange(minRelativeProminence, 0.0, 1.0, "minRelativeProminence");
    Checks.requireArgument(runBreakFactor > 1.0, "runBreakFactor (%s) must exceed 1",
        runBreakFactor);
    Checks.positive(sideClip, "sideClip");
    Checks.positive(maxStepPeriodS, "maxStepPeriodS");
  }

  /**
   * Gravity window 2 s, IC wavelet 5.0 Hz, FC wavelet 2.0 Hz, steps 0.25 to 1.5 s, side band 0.5
   * to 2.0 Hz, contacts 0.7 step periods apart with 0.2 of the median prominence, runs broken
   * at 1.5 median steps, side evidence clipped at 2 median magnitudes, step period for the
   * contact distance at most 1 s (60 steps/min, a physiological bound). See {@link
   * LowerBackIcDetector} for where each comes from (the IC wavelet and the four dimensionless
   * settings were chosen on the Mobilise-D lab data; leave-one-subject-out figures are in the
   * harness).
   */
  public static LowerBackIcConfig defaults() {
    return new LowerBackIcConfig(2.0, 5.0, 2.0, 0.25, 0.5, 2.0, 1.5, 0.7, 0.2, 1.5, 2.0, 1.0);
  }

  public LowerBackIcConfig withGravityWindowS(double v) {
    return new LowerBackIcConfig(v, icWaveletHz, fcWaveletHz, minStepIntervalS, sideLowHz,
        sideHighHz, maxStepIntervalS, stepDistanceFraction, minRelativeProminence, runBreakFactor,
        sideClip, maxStepPeriodS);
  }

  public LowerBackIcConfig withIcWaveletHz(double v) {
    return new LowerBackIcConfig(gravityWindowS, v, fcWaveletHz, minStepIntervalS, sideLowHz,
        sideHighHz, maxStepIntervalS, stepDistanceFraction, minRelativeProminence, runBreakFactor,
        sideClip, maxStepPeriodS);
  }

  public LowerBackIcConfig withFcWaveletHz(double v) {
    return new LowerBackIcConfig(gravityWindowS, icWaveletHz, v, minStepIntervalS, sideLowHz,
        sideHighHz, maxStepIntervalS, stepDistanceFraction, minRelativeProminence, runBreakFactor,
        sideClip, maxStepPeriodS);
  }

  public LowerBackIcConfig withMinStepIntervalS(double v) {
    return new LowerBackIcConfig(gravityWindowS, icWaveletHz, fcWaveletHz, v, sideLowHz,
        sideHighHz, maxStepIntervalS, stepDistanceFraction, minRelativeProminence, runBreakFactor,
        sideClip, maxStepPeriodS);
  }

  public LowerBackIcConfig withMaxStepIntervalS(double v) {
    return new LowerBackIcConfig(gravityWindowS, icWaveletHz, fcWaveletHz, minStepIntervalS,
        sideLowHz, sideHighHz, v, stepDistanceFraction, minRelativeProminence, runBreakFactor,
        sideClip, maxStepPeriodS);
  }

  public LowerBackIcConfig withSideBandHz(double low, double high) {
    return new LowerBackIcConfig(gravityWindowS, icWaveletHz, fcWaveletHz, minStepIntervalS, low,
        high, maxStepIntervalS, stepDistanceFraction, minRelativeProminence, runBreakFactor,
        sideClip, maxStepPeriodS);
  }

  public LowerBackIcConfig withStepDistanceFraction(double v) {
    return new LowerBackIcConfig(gravityWindowS, icWaveletHz, fcWaveletHz, minStepIntervalS,
        sideLowHz, sideHighHz, maxStepIntervalS, v, minRelativeProminence, runBreakFactor,
        sideClip, maxStepPeriodS);
  }

  public LowerBackIcConfig withMinRelativeProminence(double v) {
    return new LowerBackIcConfig(gravityWindowS, icWaveletHz, fcWaveletHz, minStepIntervalS,
        sideLowHz, sideHighHz, maxStepIntervalS, stepDistanceFraction, v, runBreakFactor,
        sideClip, maxStepPeriodS);
  }

  public LowerBackIcConfig withRunBreakFactor(double v) {
    return new LowerBackIcConfig(gravityWindowS, icWaveletHz, fcWaveletHz, minStepIntervalS,
        sideLowHz, sideHighHz, maxStepIntervalS, stepDistanceFraction, minRelativeProminence, v,
        sideClip, maxStepPeriodS);
  }

  public LowerBackIcConfig withSideClip(double v) {
    return new LowerBackIcConfig(gravityWindowS, icWaveletHz, fcWaveletHz, minStepIntervalS,
        sideLowHz, sideHighHz, maxStepIntervalS, stepDistanceFraction, minRelativeProminence,
        runBreakFactor, v, maxStepPeriodS);
  }

  public LowerBackIcConfig withMaxStepPeriodS(double v) {
    return new LowerBackIcConfig(gravityWindowS, icWaveletHz, fcWaveletHz, minStepIntervalS,
        sideLowHz, sideHighHz, maxStepIntervalS, stepDistanceFraction, minRelativeProminence,
        runBreakFactor, sideClip, v);
  }
}
