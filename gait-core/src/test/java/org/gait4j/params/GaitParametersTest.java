package org.gait4j.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gait4j.testing.SimulatedSeeds;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.gait4j.cycles.CycleRules;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.sim.CycleTruth;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;
import org.junit.jupiter.api.Test;

class GaitParametersTest {
  private static final SamplingRate RATE = SamplingRate.ofHz(100);

  private static SimulatedWalk walk(WalkParameters w) {
    return GaitSimulator.withDefaults().withWalk(w.withDurationS(15))
        .withSensors(SensorOptions.defaults().withOutputs(SimOutput.FOOT_IMU)).simulate();
  }

  private static List<StrideSpatial> spatialTruth(SimulatedWalk sim) {
    return sim.cycles().stream().map(c -> new StrideSpatial(c.side(), c.icSample(),
        java.util.OptionalDouble.of(c.strideLengthM()), java.util.OptionalDouble.of(c.stepLengthM()),
        java.util.OptionalDouble.of(c.stepWidthM()))).toList();
  }

  @Property(tries = 12, seed = SimulatedSeeds.SEED)
  void perCycleParametersEqualTheSimulatorsTruth(
      @ForAll @LongRange(min = 1, max = 500) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.6) double speed,
      @ForAll @DoubleRange(min = 0.9, max = 1.1) double leftStepFactor) {
    SimulatedWalk sim = walk(WalkParameters.defaults().withSeed(seed).withSpeedMps(speed)
        .withLeftStepLengthFactor(leftStepFactor));
    GaitParameters p = GaitParameters.of(sim.events(), spatialTruth(sim), CycleRules.defaults());
    double period = 1 / sim.truthRate().hz();
    for (CycleTruth t : sim.cycles()) {
      CycleParameters c = p.cycles().stream().filter(x -> x.side() == t.side()
          && x.cycle().initialContact() == t.icSample()).findFirst().orElseThrow();
      // truth times are exact; events are the nearest samples: each bound is off by <= half a period
      assertEquals(t.strideTimeS(), c.get(Parameter.STRIDE_TIME).orElseThrow(), period);
      assertEquals(t.stanceTimeS(), c.get(Parameter.STANCE_TIME).orElseThrow(), period);
      assertEquals(t.doubleSupportS(), c.get(Parameter.DOUBLE_SUPPORT_TIME).orElseThrow(),
          2 * period);
      assertEquals(t.strideLengthM(), c.get(Parameter.STRIDE_LENGTH).orElseThrow(), 0);
      double stride = c.get(Parameter.STRIDE_TIME).orElseThrow();
      assertEquals(100, c.get(Parameter.STANCE_PERCENT).orElseThrow()
          + c.get(Parameter.SWING_PERCENT).orElseThrow(), 1e-9);
      assertEquals(c.get(Parameter.STANCE_TIME).orElseThrow(),
          c.get(Parameter.DOUBLE_SUPPORT_TIME).orElseThrow()
              + c.get(Parameter.SINGLE_SUPPORT_TIME).orElseThrow(), 1e-9);
      assertEquals(120 / stride, c.get(Parameter.CADENCE).orElseThrow(), 1e-9);
    }
    assertEquals(sim.walkParameters().cadenceStepsPerMin(),
        p.cadenceStepsPerMin().orElseThrow(), 2.0);
  }

  @Test
  void asymmetricStepLengthShowsInTheSymmetryIndex() {
    SimulatedWalk sim = walk(WalkParameters.defaults().withLeftStepLengthFactor(1.1)
        .withRightStepLengthFactor(0.9));
    GaitParameters p = GaitParameters.of(sim.events(), spatialTruth(sim), CycleRules.defaults());
    Symmetry s = p.symmetry(Parameter.STEP_LENGTH).orElseThrow();
    assertTrue(s.indexPercent() > 10, s.toString());
    assertTrue(s.ratio() > 1.1, s.toString());
    assertTrue(p.toString().contains("step_length"), p.toString());
  }

  @Test
  void eventsOnlyGiveTemporalParametersAndNoSpatialOnes() {
    GaitEvents ev = GaitEvents.of(RATE, List.of(
        new GaitEvent(GaitEventType.INITIAL_CONTACT, Side.LEFT, 100),
        new GaitEvent(GaitEventType.TOE_OFF, Side.RIGHT, 112),
        new GaitEvent(GaitEventType.INITIAL_CONTACT, Side.RIGHT, 150),
        new GaitEvent(GaitEventType.TOE_OFF, Side.LEFT, 162),
        new GaitEvent(GaitEventType.INITIAL_CONTACT, Side.LEFT, 200),
        new GaitEvent(GaitEventType.TOE_OFF, Side.RIGHT, 212),
        new GaitEvent(GaitEventType.INITIAL_CONTACT, Side.RIGHT, 250)));
    GaitParameters p = GaitParameters.of(ev);
    CycleParameters left = p.cycles(Side.LEFT).get(0);
    assertEquals(1.0, left.get(Parameter.STRIDE_TIME).orElseThrow(), 1e-12);
    assertEquals(0.62, left.get(Parameter.STANCE_TIME).orElseThrow(), 1e-12);
    assertEquals(0.24, left.get(Parameter.DOUBLE_SUPPORT_TIME).orElseThrow(), 1e-12);
    assertTrue(left.get(Parameter.STRIDE_LENGTH).isEmpty());
    assertTrue(left.get(Parameter.STEP_TIME).isEmpty(), "no right IC before the first left IC");
    CycleParameters right = p.cycles(Side.RIGHT).get(0);
    assertEquals(0.5, right.get(Parameter.STEP_TIME).orElseThrow(), 1e-12);
    assertTrue(p.walkRatio().isEmpty());
    Summary s = p.summary(Parameter.STRIDE_TIME).orElseThrow();
    assertEquals(2, s.n());
    assertEquals(0, s.sd(), 1e-12);
  }
}
