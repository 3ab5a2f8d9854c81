package org.gait4j.events;

/** How {@link FootGyroEventDetector} places initial contact inside a stride. */
public enum FootIcMethod {
  /**
   * The upward zero crossing of gyr_y at the end of swing (taken at a level just above zero,
   * {@code icLevelDegPerS}; linear interpolation, rounded to the nearest sample): the foot stops
   * rotating toes-up and starts rotating toes-down as the heel meets the floor. The default.
   */
  ZERO_CROSSING,
  /**
   * The gyr_y maximum of the heel-strike rebound within 0.1 s after that crossing (the gyr_ml
   * minimum of Rampp et al. 2015 and of gaitmap's {@code RamppEventDetection}); it marks the end
   * of the foot slap rather than the contact and is late by 40–60 ms.
   */
  REBOUND_PEAK
}
