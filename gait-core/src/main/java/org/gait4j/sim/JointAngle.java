package org.gait4j.sim;

/**
 * The truth angle curves a {@link SimulatedWalk} carries, in degrees, with the sign conventions
 * of the conventional gait model (Schwartz et al. 2008 data use the same).
 */
public enum JointAngle {
  /** Thigh relative to the pelvis in the pelvis sagittal plane; flexion positive. Per side. */
  HIP_FLEXION,
  /** Angle between thigh and shank; flexion positive. Per side. */
  KNEE_FLEXION,
  /** Foot long axis relative to the perpendicular of the shank; dorsiflexion positive. Per side. */
  ANKLE_DORSIFLEXION,
  /** Pelvis relative to the lab about the progression axis; that side up positive. Per side. */
  PELVIC_OBLIQUITY,
  /** Pelvis relative to the lab about the vertical; that side forward positive. Per side. */
  PELVIC_ROTATION,
  /** Pelvis relative to the lab about the medio-lateral axis; anterior tilt positive. Midline. */
  PELVIC_TILT,
  /** Thorax relative to the lab about the vertical; that side's shoulder forward positive. Per side. */
  TRUNK_ROTATION;

  /** True for angles reported once for the body (side {@code UNKNOWN}). */
  public boolean isMidline() {
    return this == PELVIC_TILT;
  }
}
