package org.gait4j.model;

/** The coordinate frame a vector series is expressed in. */
public enum Frame {
  /** The sensor's own axes, as the device reports them. */
  SENSOR,
  /** A body segment's anatomical axes (after sensor-to-segment alignment). */
  SEGMENT,
  /** The laboratory (global, world) frame of a motion-capture system or force plates. */
  LAB,
  /** Image coordinates of a camera (x right, y down), in pixels or image fractions. */
  IMAGE,
  /** Not stated by the source. */
  UNSPECIFIED
}
