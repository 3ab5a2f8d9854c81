package org.gait4j.events;

/**
 * How {@link CoordinateEventDetector} places a contact once the coordinate method (Zeni et al.
 * 2008) has found it.
 */
public enum ContactRefinement {
  /** The coordinate extrema themselves: heel-to-pelvis maximum (IC), toe-to-pelvis minimum (TO). */
  NONE,
  /**
   * The foot-speed threshold (after Ghoussayni et al. 2004) applied in a window around each
   * coordinate extremum: IC where the heel's sagittal speed falls below a fraction of its swing
   * peak, TO where the toe's rises above a fraction of its swing peak. See
   * {@link CoordinateEventDetector}.
   */
  FOOT_SPEED
}
