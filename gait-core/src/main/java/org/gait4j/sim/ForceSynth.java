package org.gait4j.sim;

import org.gait4j.model.Trial;

/** Force plates, insoles and walkway from the body model's ground reaction forces. */
final class ForceSynth {
  private ForceSynth() {}

  static void addAll(BodyModel m, SensorOptions o, Trial.Builder tb) {
  }
}
