package org.gait4j.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gait4j.testing.SimulatedSeeds;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
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

class GaitCyclesTest {
  private static final SamplingRate RATE = SamplingRate.ofHz(100);

  private static SimulatedWalk walk(long seed, double speed, double cadence) {
    return GaitSimulator.withDefaults()
        .withWalk(WalkParameters.defaults().withSeed(seed).withSpeedMps(speed)
            .withCadenceStepsPerMin(cadence).withDurationS(12))
        .withSensors(SensorOptions.defaults().withOutputs(SimOutput.FOOT_IMU)).simulate();
  }

  @Property(tries = 15, seed = SimulatedSeeds.SEED)
  void truthEventsSegmentIntoTheTruthCycles(@ForAll @LongRange(min = 1, max = 1000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.6) double speed,
      @ForAll @DoubleRange(min = 90, max = 125) double cadence) {
    SimulatedWalk sim = walk(seed, speed, cadence);
    List<GaitCycle> cycles = GaitCycles.segment(sim.events());
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      // the truth lists every simulated cycle; one whose next contact rounds to the sample just
      // past the recording has no event to end it, so it cannot be segmented
      int n = sim.trial().imus().get(0).size();
      List<CycleTruth> truth = sim.cycles(side).stream().filter(c -> c.nextIcSample() < n)
          .toList();
      List<GaitCycle> found = cycles.stream().filter(c -> c.side() == side).toList();
      assertEquals(truth.size(), found.size(), side + " cycle count");
      for (int i = 0; i < truth.size(); i++) {
        assertEquals(truth.get(i).icSample(), found.get(i).initialContact());
        assertEquals(truth.get(i).toSample(), found.get(i).toeOff().orElseThrow());
        assertEquals(truth.get(i).nextIcSample(), found.get(i).nextInitialContact());
      }
    }
  }

  @Property(tries = 15, seed = SimulatedSeeds.SEED)
  void phasesTileTheCycleWithoutGaps(@ForAll @LongRange(min = 1, max = 1000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.6) double speed) {
    for (GaitCycle c : GaitCycles.segment(walk(seed, speed, 108).events())) {
      Map<Phase.Family, List<PhaseInterval>> byFamily = new EnumMap<>(Phase.Family.class);
      for (PhaseInterval p : c.phases()) {
        byFamily.computeIfAbsent(p.phase().family(), f -> new ArrayList<>()).add(p);
      }
      assertTrue(c.hasSupportEvents(), c.toString());
      assertTiles(byFamily.get(Phase.Family.STANCE_SWING), c.initialContact(),
          c.nextInitialContact());
      assertTiles(byFamily.get(Phase.Family.PERRY), c.initialContact(), c.nextInitialContact());
      assertTiles(byFamily.get(Phase.Family.SUPPORT), c.initialContact(),
          c.toeOff().orElseThrow());
    }
  }

  private static void assertTiles(List<PhaseInterval> phases, int start, int end) {
    int at = start;
    for (PhaseInterval p : phases) {
      assertEquals(at, p.startIndex(), p + " leaves a gap or overlaps");
      at = p.endIndex();
    }
    assertEquals(end, at);
  }

  @Test
  void perrySubPhasesAreEstimatedOnlyWhereEventsAreMissing() {
    GaitEvents ev = GaitEvents.of(RATE, List.of(
        new GaitEvent(GaitEventType.INITIAL_CONTACT, Side.LEFT, 100),
        new GaitEvent(GaitEventType.TOE_OFF, Side.RIGHT, 112),
        new GaitEvent(GaitEventType.INITIAL_CONTACT, Side.RIGHT, 150),
        new GaitEvent(GaitEventType.TOE_OFF, Side.LEFT, 162),
        new GaitEvent(GaitEventType.INITIAL_CONTACT, Side.LEFT, 200)));
    GaitCycle c = GaitCycles.segment(ev).get(0);
    assertEquals(Side.LEFT, c.side());
    assertEquals(new PhaseInterval(Phase.LOADING_RESPONSE, 100, 112, PhaseInterval.Source.EVENTS),
        c.phase(Phase.LOADING_RESPONSE).orElseThrow());
    // heel off not detected: Perry's 31 % lies 19/38 of the way through single support
    assertEquals(new PhaseInterval(Phase.MID_STANCE, 112, 131, PhaseInterval.Source.ESTIMATED),
        c.phase(Phase.MID_STANCE).orElseThrow());
    assertEquals(new PhaseInterval(Phase.INITIAL_SWING, 162, 175, PhaseInterval.Source.ESTIMATED),
        c.phase(Phase.INITIAL_SWING).orElseThrow());
    assertEquals(new PhaseInterval(Phase.PRE_SWING, 150, 162, PhaseInterval.Source.EVENTS),
        c.phase(Phase.PRE_SWING).orElseThrow());
  }

  @Test
  void longGapsAndDoubleToeOffsMakeNoCycle() {
    GaitEvents ev = GaitEvents.of(RATE, List.of(
        new GaitEvent(GaitEventType.INITIAL_CONTACT, Side.LEFT, 0),
        new GaitEvent(GaitEventType.INITIAL_CONTACT, Side.LEFT, 500), // 5 s: a new bout
        new GaitEvent(GaitEventType.TOE_OFF, Side.LEFT, 560),
        new GaitEvent(GaitEventType.TOE_OFF, Side.LEFT, 580),
        new GaitEvent(GaitEventType.INITIAL_CONTACT, Side.LEFT, 610),
        new GaitEvent(GaitEventType.INITIAL_CONTACT, Side.LEFT, 720)));
    List<GaitCycle> cycles = GaitCycles.segment(ev);
    assertEquals(1, cycles.size());
    assertEquals(610, cycles.get(0).initialContact());
    assertTrue(cycles.get(0).phases().isEmpty(), "no toe off: no phases");
  }
}
