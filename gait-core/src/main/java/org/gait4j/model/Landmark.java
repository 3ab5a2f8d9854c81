package org.gait4j.model;

/**
 * Canonical anatomical landmarks that keypoint skeletons and marker sets are mapped to, so that
 * algorithms ask for "the left heel" whatever the source called it.
 */
public enum Landmark {
  NOSE(Side.UNKNOWN),
  NECK(Side.UNKNOWN),
  /** Midpoint of the hip joint centres (OpenPose MidHip), a stand-in for the pelvis. */
  MID_HIP(Side.UNKNOWN),
  /** Sacrum marker or midpoint of the posterior superior iliac spines. */
  SACRUM(Side.UNKNOWN),
  LEFT_EYE(Side.LEFT),
  RIGHT_EYE(Side.RIGHT),
  LEFT_EAR(Side.LEFT),
  RIGHT_EAR(Side.RIGHT),
  LEFT_SHOULDER(Side.LEFT),
  RIGHT_SHOULDER(Side.RIGHT),
  LEFT_ELBOW(Side.LEFT),
  RIGHT_ELBOW(Side.RIGHT),
  LEFT_WRIST(Side.LEFT),
  RIGHT_WRIST(Side.RIGHT),
  /** Anterior superior iliac spine. */
  LEFT_ASIS(Side.LEFT),
  RIGHT_ASIS(Side.RIGHT),
  /** Posterior superior iliac spine. */
  LEFT_PSIS(Side.LEFT),
  RIGHT_PSIS(Side.RIGHT),
  /** Hip joint (keypoint detectors) or greater trochanter. */
  LEFT_HIP(Side.LEFT),
  RIGHT_HIP(Side.RIGHT),
  LEFT_THIGH(Side.LEFT),
  RIGHT_THIGH(Side.RIGHT),
  /** Knee joint centre or lateral femoral epicondyle. */
  LEFT_KNEE(Side.LEFT),
  RIGHT_KNEE(Side.RIGHT),
  LEFT_TIBIA(Side.LEFT),
  RIGHT_TIBIA(Side.RIGHT),
  /** Ankle joint centre or lateral malleolus. */
  LEFT_ANKLE(Side.LEFT),
  RIGHT_ANKLE(Side.RIGHT),
  /** Posterior calcaneus. */
  LEFT_HEEL(Side.LEFT),
  RIGHT_HEEL(Side.RIGHT),
  /** Forefoot toe marker (second metatarsal head in Plug-in Gait). */
  LEFT_TOE(Side.LEFT),
  RIGHT_TOE(Side.RIGHT),
  /** Tip of the hallux (keypoint detectors). */
  LEFT_BIG_TOE(Side.LEFT),
  RIGHT_BIG_TOE(Side.RIGHT),
  /** Tip of the fifth toe (keypoint detectors). */
  LEFT_SMALL_TOE(Side.LEFT),
  RIGHT_SMALL_TOE(Side.RIGHT);

  private final Side side;

  Landmark(Side side) {
    this.side = side;
  }

  public Side side() {
    return side;
  }

  /** The same landmark on the other side; midline landmarks map to themselves. */
  public Landmark mirrored() {
    if (side == Side.UNKNOWN) {
      return this;
    }
    String n = name();
    return valueOf(side == Side.LEFT ? "RIGHT" + n.substring(4) : "LEFT" + n.substring(5));
  }

  /** The landmark of {@code side} called {@code part}, e.g. {@code of(LEFT, "HEEL")}. */
  public static Landmark of(Side side, String part) {
    if (side == Side.UNKNOWN) {
      throw new IllegalArgumentException("side must be LEFT or RIGHT for " + part);
    }
    return valueOf(side.name() + "_" + part);
  }
}
