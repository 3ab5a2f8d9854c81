package org.gait4j.events;

import org.gait4j.model.PointSet;
import org.gait4j.sim.SimulatedWalk;

/**
 * {@link EventDetectorContract} for detectors of marker (or keypoint) point sets, on the markers
 * of one 20 s simulated walk shared by every such test class.
 */
abstract class MarkerDetectorContract extends EventDetectorContract<PointSet> {
  static final SimulatedWalk WALK = PointWalks.plain(20);

  @Override
  protected PointSet walkingInput() {
    return WALK.trial().pointSet(PointSet.Kind.MARKERS).orElseThrow();
  }

  @Override
  protected PointSet slice(PointSet input, int from, int to) {
    return input.slice(from, to);
  }

  @Override
  protected int size(PointSet input) {
    return input.size();
  }

  @Override
  protected String fingerprint(PointSet input) {
    return PointWalks.fingerprint(input);
  }
}
