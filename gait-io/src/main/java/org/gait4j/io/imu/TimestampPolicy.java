package org.gait4j.io.imu;

/**
 * What a reader does when intervals between timestamps deviate from the sampling period by more
 * than the configured tolerance (dropped samples, clock jitter, a changed rate). Timestamps that do
 * not increase are always an error: no policy turns them into a uniform series.
 */
public enum TimestampPolicy {
  /**
   * Keep the samples as they are (uniformly spaced at the rate) and report the irregularity in
   * the trial's {@code timing.*} metadata: count, largest deviation, first offending line.
   */
  REPORT,
  /** Refuse the file with a {@link org.gait4j.io.GaitFormatException} at the first offending line. */
  FAIL
}
