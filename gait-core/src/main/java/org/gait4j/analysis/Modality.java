package org.gait4j.analysis;

/** The kind of measurement an analysis was made from. */
public enum Modality {
  FOOT_IMU,
  SHANK_IMU,
  LOWER_BACK_IMU,
  MARKERS,
  KEYPOINTS_3D,
  KEYPOINTS_2D,
  FORCE_PLATES,
  INSOLES,
  WALKWAY,
  FOOTFALLS
}
