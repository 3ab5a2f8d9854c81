package org.gait4j.io.pose;

import java.util.Locale;
import org.gait4j.model.Skeleton;

/**
 * Options of {@link OpenPoseJsonReader}. Immutable; start from {@link #defaults()} and change
 * one value at a time with the {@code with...} methods.
 *
 * @param frameRateHz video frame rate; OpenPose JSON does not store it. Default 30 Hz.
 * @param minConfidence keypoints whose confidence is below this are missing (NaN); a confidence
 *     of exactly 0 is always missing. In [0, 1]; default 0.1.
 * @param twentyFivePointLayout the layout assumed for 25-keypoint people, which may be BODY_25
 *     (OpenPose's default model) or BODY_25B (the experimental model); they cannot be told apart
 *     from the JSON. Default {@link Skeleton#OPENPOSE_BODY_25}. 18-keypoint people are always
 *     {@link Skeleton#OPENPOSE_COCO_18}.
 * @param maxJumpBodyHeights the largest mean keypoint displacement, in walker body heights per
 *     frame since the walker was last seen, for a detection to continue the walker's track
 *     (after constant-velocity prediction). Positive; default 0.5.
 */
public record OpenPoseConfig(double frameRateHz, double minConfidence,
    Skeleton twentyFivePointLayout, double maxJumpBodyHeights) {

  /** Checks every value. */
  public OpenPoseConfig {
    if (!(frameRateHz > 0) || !Double.isFinite(frameRateHz)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "frameRateHz (%s) must be positive and finite", frameRateHz));
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "minConfidence (%s) must be in [0, 1]", minConfidence));
    }
    if (twentyFivePointLayout != Skeleton.OPENPOSE_BODY_25
        && twentyFivePointLayout != Skeleton.OPENPOSE_BODY_25B) {
      throw new IllegalArgumentException("twentyFivePointLayout (" + twentyFivePointLayout
          + ") must be OPENPOSE_BODY_25 or OPENPOSE_BODY_25B");
    }
    if (!(maxJumpBodyHeights > 0) || !Double.isFinite(maxJumpBodyHeights)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "maxJumpBodyHeights (%s) must be positive and finite", maxJumpBodyHeights));
    }
  }

  /** 30 Hz, confidence 0.1, BODY_25, 0.5 body heights per frame. */
  public static OpenPoseConfig defaults() {
    return new OpenPoseConfig(30.0, 0.1, Skeleton.OPENPOSE_BODY_25, 0.5);
  }

  /** A copy with another frame rate, Hz. */
  public OpenPoseConfig withFrameRateHz(double hz) {
    return new OpenPoseConfig(hz, minConfidence, twentyFivePointLayout, maxJumpBodyHeights);
  }

  /** A copy with another confidence threshold, in [0, 1]. */
  public OpenPoseConfig withMinConfidence(double c) {
    return new OpenPoseConfig(frameRateHz, c, twentyFivePointLayout, maxJumpBodyHeights);
  }

  /** A copy that reads 25-keypoint people as {@code layout} (BODY_25 or BODY_25B). */
  public OpenPoseConfig withTwentyFivePointLayout(Skeleton layout) {
    return new OpenPoseConfig(frameRateHz, minConfidence, layout, maxJumpBodyHeights);
  }

  /** A copy with another tracking gate, body heights per frame. */
  public OpenPoseConfig withMaxJumpBodyHeights(double h) {
    return new OpenPoseConfig(frameRateHz, minConfidence, twentyFivePointLayout, h);
  }
}
