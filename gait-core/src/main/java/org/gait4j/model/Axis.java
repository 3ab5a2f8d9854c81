package org.gait4j.model;

/** A coordinate axis of a 3-vector series. */
public enum Axis {
  X,
  Y,
  Z
}
