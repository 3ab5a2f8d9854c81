package org.gait4j.model;

/** Body side of an event, sensor or landmark. */
public enum Side {
  LEFT,
  RIGHT,
  /** Not (yet) determined, e.g. a lower-back initial contact before left/right assignment. */
  UNKNOWN;

  /** The other side; {@code UNKNOWN} stays {@code UNKNOWN}. */
  public Side opposite() {
    switch (this) {
      case LEFT:
        return RIGHT;
      case RIGHT:
        return LEFT;
      default:
        return UNKNOWN;
    }
  }

  /** One-letter code: {@code L}, {@code R} or {@code ?}. */
  public String code() {
    switch (this) {
      case LEFT:
        return "L";
      case RIGHT:
        return "R";
      default:
        return "?";
    }
  }
}
