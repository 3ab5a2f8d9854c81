package org.gait4j.params;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gait4j.testing.SimulatedSeeds;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.Side;
import org.gait4j.model.SamplingRate;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;
import org.junit.jupiter.api.Test;

/** {@link BoutCadence} on exact contact lists and on simulated walks. */
class BoutCadenceTest {
  private static final SamplingRate HZ100 = SamplingRate.ofHz(100);

  /** Initial contacts at {@code ics} with unknown sides (as without a gyroscope). */
  private static GaitEvents unsided(int[] ics, SamplingRate rate) {
    return withSides(ics, rate, new Side[ics.length]);
  }

  /** Initial contacts at {@code ics} with {@code sides} (null = unknown). */
  private static GaitEvents withSides(int[] ics, SamplingRate rate, Side[] sides) {
    List<GaitEvent> out = new ArrayList<>();
    for (int k = 0; k < ics.length; k++) {
      out.add(new GaitEvent(GaitEventType.INITIAL_CONTACT,
          sides[k] == null ? Side.UNKNOWN : sides[k], ics[k]));
    }
    return GaitEvents.of(rate, out);
  }

  @Test
  void evenContactsGiveTheirCadenceExactly() {
    int[] ics = {10, 60, 110, 160, 210, 260}; // 0.5 s steps
    assertEquals(120.0, BoutCadence.stepsPerMin(ics, HZ100, 1.5), 1e-12);
    assertEquals(120.0, BoutCadence.fromStrides(unsided(ics, HZ100), 3.0), 1e-12);
  }

  @Test
  void medianIgnoresOneMissedContact() {
    // 0.5 s steps with the contact at 160 missed: one 1.0 s interval among four 0.5 s
    int[] ics = {10, 60, 110, 210, 260, 310};
    assertEquals(120.0, BoutCadence.stepsPerMin(ics, HZ100, 1.5), 1e-12);
  }

  @Test
  void evenCountTakesTheMeanOfTheMiddleIntervals() {
    // intervals 0.5, 0.6, 0.7, 0.8 s: median 0.65 s
    int[] ics = {0, 50, 110, 180, 260};
    assertEquals(60 / 0.65, BoutCadence.stepsPerMin(ics, HZ100, 1.5), 1e-9);
  }

  @Test
  void pausesAreLeftOut() {
    int[] ics = {0, 50, 100, 400, 450, 500}; // a 3 s pause
    assertEquals(120.0, BoutCadence.stepsPerMin(ics, HZ100, 1.5), 1e-12);
    // strides 1.0, 3.5, 3.5, 1.0 s: only the 1.0 s ones count
    assertEquals(120.0, BoutCadence.fromStrides(unsided(ics, HZ100), 2.0), 1e-12);
  }

  @Test
  void stridesAverageTheirOwnCadences() {
    // steps 0.5, 0.6, 0.5 s: strides 1.1 s and 1.1 s
    int[] ics = {0, 50, 110, 160};
    assertEquals(120 / 1.1, BoutCadence.fromStrides(unsided(ics, HZ100), 3.0), 1e-9);
    // steps 0.5, 0.5, 0.7: strides 1.0 and 1.2 s: mean of 120 and 100
    int[] uneven = {0, 50, 100, 170};
    assertEquals(110.0, BoutCadence.fromStrides(unsided(uneven, HZ100), 3.0), 1e-9);
  }

  @Test
  void stridesWithABrokenSideSequenceAreLeftOut() {
    // 0.5 s steps from 10 (L) with the contacts at 210 and 260 missed; the detector labels the
    // run of steps after the gap on its own
    int[] ics = {10, 60, 110, 160, 310, 360, 410};
    Side l = Side.LEFT;
    Side r = Side.RIGHT;
    // L R L R . L R L: strides 10-110, 60-160, 160-360 (R L R: 2.0 s, counts), 310-410 count;
    // 110-310 (L R L across the gap) counts as well: its sides alternate
    assertEquals((3 * 120.0 + 120 / 2.0 + 120 / 2.0) / 5,
        BoutCadence.fromStrides(withSides(ics, HZ100, new Side[] {l, r, l, r, l, r, l}), 3.0),
        1e-9);
    // the run after the gap labelled R L R: 110-310 (L R R) and 160-360 (R R L) are dropped
    assertEquals(120.0,
        BoutCadence.fromStrides(withSides(ics, HZ100, new Side[] {l, r, l, r, r, l, r}), 3.0),
        1e-9);
    // without sides both long strides count
    assertEquals((3 * 120.0 + 120 / 2.0 + 120 / 2.0) / 5,
        BoutCadence.fromStrides(unsided(ics, HZ100), 3.0), 1e-9);
  }

  @Test
  void tooFewContactsGiveNaN() {
    assertTrue(Double.isNaN(BoutCadence.stepsPerMin(new int[] {5}, HZ100, 1.5)));
    assertTrue(Double.isNaN(BoutCadence.stepsPerMin(new int[0], HZ100, 1.5)));
    assertTrue(Double.isNaN(BoutCadence.stepsPerMin(new int[] {0, 500}, HZ100, 1.5)));
    assertTrue(Double.isNaN(BoutCadence.fromStrides(unsided(new int[] {0, 50}, HZ100), 3.0)));
  }

  @Test
  void inputIsNotModified() {
    int[] ics = {0, 60, 110, 180, 230};
    int[] copy = ics.clone();
    BoutCadence.stepsPerMin(ics, HZ100, 1.5);
    assertArrayEquals(copy, ics);
  }

  @Test
  void errorsNameTheProblem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BoutCadence.stepsPerMin(new int[] {0, 50, 50}, HZ100, 1.5));
    assertTrue(e.getMessage().contains("ics[2] = 50"), e.getMessage());
    IllegalArgumentException s = assertThrows(IllegalArgumentException.class,
        () -> BoutCadence.fromStrides(withSides(new int[] {0, 60, 60}, HZ100,
            new Side[] {Side.LEFT, Side.RIGHT, Side.LEFT}), 3.0));
    assertTrue(s.getMessage().contains("two initial contacts at sample 60"), s.getMessage());
    IllegalArgumentException m = assertThrows(IllegalArgumentException.class,
        () -> BoutCadence.stepsPerMin(new int[] {0, 50}, HZ100, 0));
    assertTrue(m.getMessage().contains("maxStepIntervalS"), m.getMessage());
  }

  /**
   * The simulator's true contacts give its cadence: the stride mean within 1.5 steps/min (2 %
   * stride CV over ~20 strides); the median within 2.5, since at 100 Hz the median step is a
   * whole number of samples (at 0.5 s a sample is 2.4 steps/min; seen: 120.0 for 118.47).
   */
  @Property(tries = 10, seed = SimulatedSeeds.SEED)
  void simulatedContactsGiveTheSimulatedCadence(
      @ForAll @DoubleRange(min = 80, max = 130) double cadence,
      @ForAll @LongRange(min = 0, max = 10_000) long seed) {
    SimulatedWalk w = GaitSimulator.of(WalkParameters.defaults().withCadenceStepsPerMin(cadence)
        .withSpeedMps(cadence / 85).withDurationS(12).withSeed(seed),
        SensorOptions.defaults().withOutputs(SimOutput.LOWER_BACK_IMU)).simulate();
    GaitEvents truth = w.events().ofType(GaitEventType.INITIAL_CONTACT);
    int[] ics = truth.stream().mapToInt(GaitEvent::sampleIndex).toArray();
    SamplingRate rate = w.truthRate();
    assertEquals(cadence, BoutCadence.stepsPerMin(ics, rate, 1.5), 2.5);
    assertEquals(cadence, BoutCadence.fromStrides(truth, 3.0), 1.5);
    assertEquals(BoutCadence.fromStrides(truth, 3.0),
        BoutCadence.fromStrides(unsided(ics, rate), 3.0), 1e-9);
  }
}
