package org.gait4j.model;

import java.util.Optional;
import org.gait4j.internal.Checks;

/**
 * The trajectory of one labelled point: a marker or a keypoint, with the canonical landmark it
 * stands for (if known) and an optional per-sample quality (keypoint confidence in [0, 1], or
 * marker residual). Missing samples are NaN positions. Immutable and thread-safe.
 */
public final class PointTrack {
  private final String label;
  private final Landmark landmark;
  private final Vector3Series position;
  private final ScalarSeries quality;

  private PointTrack(String label, Landmark landmark, Vector3Series position,
      ScalarSeries quality) {
    this.label = Checks.notNull(label, "label");
    this.landmark = landmark;
    this.position = Checks.notNull(position, "position");
    this.quality = quality;
    if (quality != null) {
      Checks.requireArgument(quality.size() == position.size(),
          "point '%s': %d quality samples for %d positions", label, quality.size(),
          position.size());
    }
  }

  /** A track without quality values. {@code landmark} may be absent. */
  public static PointTrack of(String label, Optional<Landmark> landmark, Vector3Series position) {
    return new PointTrack(label, landmark.orElse(null), position, null);
  }

  /** A track with per-sample quality (confidence or residual). */
  public static PointTrack of(String label, Optional<Landmark> landmark, Vector3Series position,
      ScalarSeries quality) {
    return new PointTrack(label, landmark.orElse(null), position,
        Checks.notNull(quality, "quality"));
  }

  /** The label in the source (marker name or keypoint name). */
  public String label() {
    return label;
  }

  public Optional<Landmark> landmark() {
    return Optional.ofNullable(landmark);
  }

  public Vector3Series position() {
    return position;
  }

  /** Per-sample confidence (keypoints) or residual (markers), if the source has it. */
  public Optional<ScalarSeries> quality() {
    return Optional.ofNullable(quality);
  }

  /** Number of samples. */
  public int size() {
    return position.size();
  }

  /** Samples {@code [from, to)}. */
  public PointTrack slice(int from, int to) {
    return new PointTrack(label, landmark, position.slice(from, to),
        quality == null ? null : quality.slice(from, to));
  }

  @Override
  public String toString() {
    return "PointTrack[" + label + (landmark == null ? "" : " = " + landmark) + ", " + position
        + "]";
  }
}
