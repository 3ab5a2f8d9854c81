package org.gait4j.events;

/**
 * What the contact thresholds of an {@link InsoleContactDetector} are fractions of.
 */
public enum ContactThreshold {
  /**
   * Fractions of the subject's body weight in newtons ({@link InsoleContactConfig#bodyWeightN()}).
   * Needs a force in newtons: the insole's total force, or cell pressures with known cell areas.
   * The one the streaming face ({@link InsoleContactStream}) accepts.
   */
  BODY_WEIGHT,
  /**
   * Fractions of the recording's robust force range: from the 1st to the 99th percentile of the
   * valid samples of the detected insole. Works with any force scale (also uncalibrated sums of
   * cell pressures) but needs the whole recording (batch only; {@link
   * InsoleContactDetector#newStream} rejects it).
   */
  FORCE_RANGE
}
