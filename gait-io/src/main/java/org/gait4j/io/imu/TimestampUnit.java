package org.gait4j.io.imu;

/** The unit of a timestamp column. */
public enum TimestampUnit {
  SECONDS(1.0),
  MILLISECONDS(1e-3),
  MICROSECONDS(1e-6),
  NANOSECONDS(1e-9);

  private final double toSeconds;

  TimestampUnit(double toSeconds) {
    this.toSeconds = toSeconds;
  }

  /** The factor that turns a value in this unit into seconds. */
  public double toSeconds() {
    return toSeconds;
  }
}
