package org.gait4j.events;

/**
 * The sign of a shank gyroscope's sagittal angular velocity while the leg swings forward, or
 * {@link #AUTO} to read it from the data.
 */
public enum SwingPolarity {
  /**
   * Found in each recording: the sign whose stride-rhythm peaks of the low-passed signal are the
   * larger (see {@link ShankGyroEventDetector}). The default.
   */
  AUTO,
  /**
   * Mid-swing is a positive peak: the axis points to the subject's right (as in Salarian et al.
   * 2004 and Aminian et al. 2002).
   */
  POSITIVE,
  /**
   * Mid-swing is a negative peak: the axis points to the subject's left (gait4j's segment frame
   * and the simulator's shank sensors: x anterior, y left, z along the shank to the knee).
   */
  NEGATIVE
}
