package org.gait4j.sim;

import org.gait4j.model.Trial;

/** Markers and keypoints from the body model. */
final class PointSynth {
  private PointSynth() {}

  static void addAll(BodyModel m, SensorOptions o, Trial.Builder tb, long seed) {
  }
}
