package org.gait4j.sim;

/** A kind of recording the simulator can add to the trial. */
public enum SimOutput {
  /** IMUs on both feet (accelerometer with gravity, gyroscope). */
  FOOT_IMU,
  /** IMUs on both shanks. */
  SHANK_IMU,
  /** One IMU on the lower back (L5). */
  LOWER_BACK_IMU,
  /** OpenPose BODY_25 keypoints seen by a camera beside the walkway. */
  KEYPOINTS_2D_SAGITTAL,
  /** OpenPose BODY_25 keypoints seen by a camera at the end of the walkway. */
  KEYPOINTS_2D_FRONTAL,
  /** OpenPose BODY_25 keypoints in 3-D, lab frame, millimetres. */
  KEYPOINTS_3D,
  /** Plug-in Gait lower-body markers, lab frame, millimetres. */
  MARKERS,
  /** One pressure insole per foot: 16 cells, total force, centre of pressure. */
  INSOLES,
  /**
   * A 4 m x 0.6 m pressure walkway starting just before the first footprint: the pressure grid
   * ({@code WalkwayRecording}, square cells of {@link SensorOptions#walkwayCellM()}, N/cm²) and
   * the footfall table of the footprints on it (side, first and last contact, heel and toe
   * points in the walkway frame; the mat corner's lab position is the trial metadata {@code
   * walkwayOriginInLabM}).
   */
  WALKWAY,
  /** Two force plates in the middle of the walk, struck by one left and one right foot. */
  FORCE_PLATES
}
