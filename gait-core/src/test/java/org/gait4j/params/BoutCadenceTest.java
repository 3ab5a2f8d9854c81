package org.gait4j.params;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gait4j.testing.SimulatedSeeds;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
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

  @Test
  void evenContactsGiveTheirCadenceExactly() {
    int[] ics = {10, 60, 110, 160, 210, 260}; // 0.5 s steps
    assertEquals(120.0, BoutCadence.stepsPerMin(ics, HZ100, 1.5), 1e-12);
    assertEquals(120.0, BoutCadence.fromStrides(ics, HZ100, 3.0), 1e-12);
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
    assertEquals(120.0, BoutCadence.fromStrides(ics, HZ100, 2.0), 1e-12);
  }

  @Test
  void stridesAverageTheirOwnCadences() {
    // steps 0.5, 0.6, 0.5 s: strides 1.1 s and 1.1 s
    int[] ics = {0, 50, 110, 160};
    assertEquals(120 / 1.1, BoutCadence.fromStrides(ics, HZ100, 3.0), 1e-9);
    // steps 0.5, 0.5, 0.7: strides 1.0 and 1.2 s: mean of 120 and 100
    int[] uneven = {0, 50, 100, 170};
    assertEquals(110.0, BoutCadence.fromStrides(uneven, HZ100, 3.0), 1e-9);
  }

  @Test
  void tooFewContactsGiveNaN() {
    assertTrue(Double.isNaN(BoutCadence.stepsPerMin(new int[] {5}, HZ100, 1.5)));
    assertTrue(Double.isNaN(BoutCadence.stepsPerMin(new int[0], HZ100, 1.5)));
    assertTrue(Double.isNaN(BoutCadence.stepsPerMin(new int[] {0, 500}, HZ100, 1.5)));
    assertTrue(Double.isNaN(BoutCadence.fromStrides(new int[] {0, 50}, HZ100, 3.0)));
  }

  @Test
  void inputIsNotModified() {
    int[] ics = {0, 60, 110, 180, 230};
    int[] copy = ics.clone();
    BoutCadence.stepsPerMin(ics, HZ100, 1.5);
    BoutCadence.fromStrides(ics, HZ100, 3.0);
    assertArrayEquals(copy, ics);
  }

  @Test
  void errorsNameTheProblem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BoutCadence.stepsPerMin(new int[] {0, 50, 50}, HZ100, 1.5));
    assertTrue(e.getMessage().contains("ics[2] = 50"), e.getMessage());
    IllegalArgumentException s = assertThrows(IllegalArgumentException.class,
        () -> BoutCadence.fromStrides(new int[] {0, 60, 40}, HZ100, 3.0));
    assertTrue(s.getMessage().contains("ics must increase"), s.getMessage());
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
    int[] ics = w.events().ofType(GaitEventType.INITIAL_CONTACT).stream()
        .mapToInt(GaitEvent::sampleIndex).toArray();
    SamplingRate rate = w.truthRate();
    assertEquals(cadence, BoutCadence.stepsPerMin(ics, rate, 1.5), 2.5);
    assertEquals(cadence, BoutCadence.fromStrides(ics, rate, 3.0), 1.5);
  }
}
