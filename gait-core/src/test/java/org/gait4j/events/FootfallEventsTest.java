package org.gait4j.events;

import static org.gait4j.model.GaitEventType.INITIAL_CONTACT;
import static org.gait4j.model.GaitEventType.TOE_OFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gait4j.testing.SimulatedSeeds;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.gait4j.model.Footfall;
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
import org.gait4j.validation.EventMatch;
import org.junit.jupiter.api.Test;

/** {@link FootfallEvents} on the simulator's walkway footfall tables. */
class FootfallEventsTest {

  @Property(tries = 10, seed = SimulatedSeeds.SEED)
  void footfallsGiveTheTrueContacts(@ForAll @LongRange(min = 0, max = 10_000) long seed,
      @ForAll @DoubleRange(min = 0.7, max = 1.8) double speed,
      @ForAll @DoubleRange(min = 85, max = 125) double cadence,
      @ForAll @DoubleRange(min = -0.15, max = 0.15) double asym) {
    SimulatedWalk w = GaitSimulator.of(WalkParameters.defaults().withSeed(seed)
        .withSpeedMps(speed).withCadenceStepsPerMin(cadence).withLeftStepLengthFactor(1 + asym)
        .withRightStepLengthFactor(1 - asym).withDurationS(10),
        SensorOptions.defaults().withOutputs(SimOutput.WALKWAY)).simulate();
    GaitEvents all = FootfallEvents.of(w.trial().footfalls(), w.truthRate());
    // the truth holds events on samples 0..n-1 only; a last TO may round to sample n
    int n = w.truthRate().samples(w.walkParameters().durationS());
    GaitEvents e = all.filter(x -> x.sampleIndex() < n);
    assertTrue(e.size() >= 8, "a 4 m mat holds at least two strides: " + e);
    // footfalls are the contacts on the simulated mat (4 m) complete inside the recording: each IC
    // and TO is a true one, to a sample (rounding, or a TO past the last sample), and every true
    // cycle whose contact lies within the mat's span of time is there
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      for (GaitEventType t : new GaitEventType[] {INITIAL_CONTACT, TOE_OFF}) {
        EventMatch m = EventMatch.ofSamples(e.sampleIndices(side, t), w.events(side, t),
            w.truthRate(), w.truthRate().periodS() + 1e-9);
        assertEquals(1.0, m.precision(), side + " " + t + " " + m);
      }
      int[] ics = e.sampleIndices(side, INITIAL_CONTACT);
      int[] tos = e.sampleIndices(side, TOE_OFF);
      if (ics.length == 0) {
        continue;
      }
      for (CycleTruth c : w.cycles(side)) {
        if (c.icSample() < ics[0] - 1 || tos.length == 0 || c.toSample() > tos[tos.length - 1] + 1) {
          continue;
        }
        assertTrue(near(e.sampleIndices(side, INITIAL_CONTACT), c.icSample())
            && near(e.sampleIndices(side, TOE_OFF), c.toSample()), c.toString());
      }
    }
    SimulatedWalkChecks.sidesAlternate(e);
    SimulatedWalkChecks.contactsOrdered(e);
  }

  private static boolean near(int[] a, int v) {
    return Arrays.stream(a).anyMatch(x -> Math.abs(x - v) <= 1);
  }

  @Test
  void footfallBeforeTimeZeroIsRejected() {
    Footfall f = new Footfall(Side.LEFT, -0.1, 0.5, Optional.empty(), Optional.empty());
    assertThrows(IllegalArgumentException.class,
        () -> FootfallEvents.of(List.of(f), SamplingRate.ofHz(100)));
  }
}
