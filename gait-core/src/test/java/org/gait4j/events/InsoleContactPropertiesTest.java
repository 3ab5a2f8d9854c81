package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.gait4j.model.GaitEventType.INITIAL_CONTACT;
import static org.gait4j.model.GaitEventType.TOE_OFF;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gait4j.testing.SimulatedSeeds;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.InsoleRecording;
import org.gait4j.model.ScalarSeries;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;

/** {@link InsoleContactDetector} on simulated insoles over random walks (jqwik). */
class InsoleContactPropertiesTest {

  static SimulatedWalk walk(long seed, double speed, double cadence, double asym, double rateHz) {
    WalkParameters wp = WalkParameters.defaults().withSeed(seed).withSpeedMps(speed)
        .withCadenceStepsPerMin(cadence).withLeftStepLengthFactor(1 + asym)
        .withRightStepLengthFactor(1 - asym).withLeftStanceTimeFactor(1 + asym / 4)
        .withDurationS(12);
    return GaitSimulator.of(wp, SensorOptions.defaults().withImuRateHz(rateHz)
        .withInsoleRateHz(rateHz).withOutputs(SimOutput.INSOLES)).simulate();
  }

  /** The insoles of {@code w} with white noise of {@code sdN} newtons on the total force. */
  static List<InsoleRecording> noisy(SimulatedWalk w, double sdN, long seed) {
    Random r = new Random(seed);
    List<InsoleRecording> out = new ArrayList<>();
    for (InsoleRecording i : w.trial().insoles()) {
      ScalarSeries f = i.totalForce().orElseThrow();
      double[] v = f.toArray();
      for (int k = 0; k < v.length; k++) {
        v[k] += sdN * r.nextGaussian();
      }
      out.add(InsoleRecording.of(i.side(), i.cells(), i.pressure(),
          Optional.of(ScalarSeries.of(f.name(), f.rate(), f.unit(), v)), i.centreOfPressure(),
          i.imu()));
    }
    return out;
  }

  @Property(tries = 15, seed = SimulatedSeeds.SEED)
  void everyContactIsRecoveredInOrder(@ForAll @LongRange(min = 0, max = 10_000) long seed,
      @ForAll @DoubleRange(min = 0.7, max = 1.8) double speed,
      @ForAll @DoubleRange(min = 85, max = 125) double cadence,
      @ForAll @DoubleRange(min = -0.15, max = 0.15) double asym,
      @ForAll @DoubleRange(min = 0, max = 15) double noiseN) {
    SimulatedWalk w = walk(seed, speed, cadence, asym, 100);
    GaitEvents e = InsoleContactDetector.withDefaults().detectAll(noisy(w, noiseN, seed));
    // a 12 s walk has about ten contacts per foot: the detector must find nearly all of them
    assertTrue(e.ofType(INITIAL_CONTACT).size() >= w.events().ofType(INITIAL_CONTACT).size() - 2,
        e + " vs truth " + w.events());
    // the walk is already steady at t = 0: a contact under way at either end has an unseen edge
    SimulatedWalkChecks.allRecoveredInside(e, w.events(), 0.3, w.trial().durationS() - 0.3, 0.05,
        0.025, w.toString(), INITIAL_CONTACT, TOE_OFF);
    SimulatedWalkChecks.sidesAlternate(e);
    SimulatedWalkChecks.contactsOrdered(e);
  }

  @Property(tries = 10, seed = SimulatedSeeds.SEED)
  void sameWalkAt100And200HzGivesTheSameTimes(@ForAll @LongRange(min = 0, max = 10_000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.6) double speed,
      @ForAll @DoubleRange(min = 90, max = 120) double cadence) {
    GaitEvents a = InsoleContactDetector.withDefaults()
        .detectAll(walk(seed, speed, cadence, 0, 100).trial().insoles());
    GaitEvents b = InsoleContactDetector.withDefaults()
        .detectAll(walk(seed, speed, cadence, 0, 200).trial().insoles());
    assertEquals(a.size(), b.size(), "event counts at 100 and 200 Hz\n" + a.toTable());
    // one 100 Hz sample (+ 1 ns), away from the edges
    SimulatedWalkChecks.allRecoveredInside(b, a, 0.3, 11.7, 0.010 + 1e-9, 0.010 + 1e-9,
        a.toTable(), INITIAL_CONTACT, TOE_OFF);
  }
}
