package org.gait4j.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gait4j.testing.SimulatedSeeds;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.gait4j.model.PointSet;
import org.gait4j.sim.CycleTruth;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;

class PointStrideSpatialTest {

  @Property(tries = 10, seed = SimulatedSeeds.SEED)
  void heelGeometryAtTruthContactsMatchesTheSimulatedStrides(
      @ForAll @LongRange(min = 1, max = 500) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.6) double speed,
      @ForAll @DoubleRange(min = 0.05, max = 0.2) double stepWidth) {
    SimulatedWalk sim = GaitSimulator.withDefaults()
        .withWalk(WalkParameters.defaults().withSeed(seed).withSpeedMps(speed)
            .withStepWidthM(stepWidth).withDurationS(10))
        .withSensors(SensorOptions.defaults().withoutErrors().withOutputs(SimOutput.MARKERS)
            .withMarkerRateHz(sim100()))
        .simulate();
    PointSet markers = sim.trial().pointSet(PointSet.Kind.MARKERS).orElseThrow();
    // markers and truth share the 100 Hz clock here, so truth events index the marker frames
    List<StrideSpatial> spatial = PointStrideSpatial.estimate(markers, sim.events());
    assertTrue(spatial.size() >= sim.cycles().size() - 2, spatial.size() + " strides measured");
    // step width: GAITRite measures it from the opposite foot's line of progression, the
    // simulator's truth across the overall walking direction; with stride-to-stride width
    // variability the two differ per step, so widths are compared on average.
    double widthError = 0;
    int widths = 0;
    for (StrideSpatial s : spatial) {
      CycleTruth t = sim.cycles().stream().filter(c -> c.side() == s.side()
          && c.icSample() == s.initialContact()).findFirst().orElse(null);
      if (t == null) {
        continue;
      }
      assertEquals(t.strideLengthM(), s.strideLengthM().orElseThrow(), 0.03);
      if (s.stepLengthM().isPresent()) {
        assertEquals(t.stepLengthM(), s.stepLengthM().getAsDouble(), 0.03);
        widthError += s.stepWidthM().getAsDouble() - t.stepWidthM();
        widths++;
      }
    }
    assertTrue(widths > 0);
    assertEquals(0, widthError / widths, 0.015);
  }

  private static double sim100() {
    return 100;
  }
}
