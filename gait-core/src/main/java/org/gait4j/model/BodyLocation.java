package org.gait4j.model;

/** Where a wearable sensor sits on the body. */
public enum BodyLocation {
  LEFT_FOOT(Side.LEFT),
  RIGHT_FOOT(Side.RIGHT),
  LEFT_SHANK(Side.LEFT),
  RIGHT_SHANK(Side.RIGHT),
  LEFT_THIGH(Side.LEFT),
  RIGHT_THIGH(Side.RIGHT),
  LEFT_WRIST(Side.LEFT),
  RIGHT_WRIST(Side.RIGHT),
  /** Lower back, over L5/S1 (the usual "lower back" or "pelvis" wearable). */
  LOWER_BACK(Side.UNKNOWN),
  /** Sternum or upper trunk. */
  TRUNK(Side.UNKNOWN),
  HEAD(Side.UNKNOWN),
  /** Location not stated by the recording. */
  UNKNOWN(Side.UNKNOWN);

  private final Side side;

  BodyLocation(Side side) {
    this.side = side;
  }

  /** The body side, {@link Side#UNKNOWN} for midline or unknown locations. */
  public Side side() {
    return side;
  }

  /** True for {@code LEFT_FOOT} and {@code RIGHT_FOOT}. */
  public boolean isFoot() {
    return this == LEFT_FOOT || this == RIGHT_FOOT;
  }

  /** True for {@code LEFT_SHANK} and {@code RIGHT_SHANK}. */
  public boolean isShank() {
    return this == LEFT_SHANK || this == RIGHT_SHANK;
  }

  /** The foot location of {@code side}. */
  public static BodyLocation foot(Side side) {
    return side == Side.LEFT ? LEFT_FOOT : side == Side.RIGHT ? RIGHT_FOOT : UNKNOWN;
  }

  /** The shank location of {@code side}. */
  public static BodyLocation shank(Side side) {
    return side == Side.LEFT ? LEFT_SHANK : side == Side.RIGHT ? RIGHT_SHANK : UNKNOWN;
  }
}
