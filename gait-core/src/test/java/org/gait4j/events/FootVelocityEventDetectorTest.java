package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.PointSet;
import org.gait4j.model.Side;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.validation.EventMatch;
import org.junit.jupiter.api.Test;

/** Contract and examples of the foot-velocity (O'Connor) detector on simulated markers. */
class FootVelocityEventDetectorTest extends MarkerDetectorContract {

  @Override
  protected EventDetector<PointSet> detector() {
    return FootVelocityEventDetector.withDefaults();
  }

  @Test
  void everyContactOfTheSimulatedWalkIsFound() {
    GaitEvents e = detector().detect(walkingInput());
    for (Side s : new Side[] {Side.LEFT, Side.RIGHT}) {
      for (GaitEventType ty : new GaitEventType[] {GaitEventType.INITIAL_CONTACT,
          GaitEventType.TOE_OFF}) {
        double[] truth = java.util.Arrays.stream(WALK.events().timesS(s, ty))
            .filter(x -> x > 0.6 && x < 19.4).toArray();
        // O'Connor's minimum sits 60-80 ms after IC here (the forefoot lowering after heel
        // contact) and the peak 0-60 ms before TO, so 0.1 s is that offset plus a margin
        EventMatch m = EventMatch.ofTimes(e.timesS(s, ty), truth, 0.1);
        assertEquals(1.0, m.recall(), s + " " + ty + " " + m);
      }
    }
  }
}
