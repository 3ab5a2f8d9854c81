package org.gait4j.sim;

/** Which part of the foot touches the ground first. */
public enum ContactPattern {
  /** Heel strike: the foot lands toe-up and rolls about the heel until it is flat. */
  HEEL,
  /** Forefoot strike: the foot lands toe-down on the metatarsal heads and the heel drops. */
  FOREFOOT
}
