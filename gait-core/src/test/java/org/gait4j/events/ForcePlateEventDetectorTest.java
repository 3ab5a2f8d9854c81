package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.PointSet;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;
import org.junit.jupiter.api.Test;

/** Contract and examples of the force-plate detector on simulated plates and markers. */
class ForcePlateEventDetectorTest extends EventDetectorContract<Trial> {
  private static final SimulatedWalk WALK = PointWalks.plain(12);

  @Override
  protected EventDetector<Trial> detector() {
    return ForcePlateEventDetector.withDefaults();
  }

  @Override
  protected Trial walkingInput() {
    return WALK.trial();
  }

  @Override
  protected Trial slice(Trial input, int from, int to) {
    return PointWalks.slice(input, from, to);
  }

  @Override
  protected int size(Trial input) {
    return input.forcePlates().get(0).size();
  }

  @Override
  protected String fingerprint(Trial input) {
    StringBuilder s = new StringBuilder();
    input.forcePlates().forEach(p -> s.append(java.util.Arrays.hashCode(p.force().z())));
    input.pointSet(PointSet.Kind.MARKERS).ifPresent(m -> s.append(PointWalks.fingerprint(m)));
    return s.toString();
  }

  @Test
  void eachPlateGivesOneContactOfTheRightFootWithinTenMilliseconds() {
    GaitEvents e = detector().detect(WALK.trial());
    assertEquals(4, e.size(), e.toTable());
    for (GaitEvent x : e) {
      assertTrue(x.side() != Side.UNKNOWN, e.toTable());
      double t = x.timeS(e.rate());
      double nearest = Double.POSITIVE_INFINITY;
      for (double r : WALK.events().timesS(x.side(), x.type())) {
        nearest = Math.min(nearest, Math.abs(r - t));
      }
      assertTrue(nearest <= 0.01, x + " is " + nearest + " s from the truth");
    }
  }

  @Test
  void withoutMarkersTheSideIsUnknown() {
    SimulatedWalk w = PointWalks.walk(WalkParameters.defaults().withDurationS(12),
        SensorOptions.defaults().withOutputs(SimOutput.FORCE_PLATES));
    GaitEvents e = detector().detect(w.trial());
    assertEquals(4, e.size());
    assertEquals(List.of(Side.UNKNOWN), e.stream().map(GaitEvent::side).distinct().toList());
    assertEquals(2, e.ofType(GaitEventType.INITIAL_CONTACT).size());
  }

  @Test
  void aTrialWithoutPlatesIsRefusedByName() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> detector().detect(Trial.builder("empty").build()));
    assertTrue(x.getMessage().contains("no force plates"), x.getMessage());
  }

  @Override
  protected int edgeMarginSamples() {
    return 300;
  }
}
