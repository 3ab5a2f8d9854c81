package org.gait4j.sim;

/** Walking (double support, stance &gt; 50 % of the cycle) or running (flight phase). */
public enum GaitMode {
  /** Walking: each stance lasts more than half the stride, so both feet share the ground. */
  WALK,
  /** Running: each stance lasts less than half the stride, leaving two flight phases. */
  RUN
}
