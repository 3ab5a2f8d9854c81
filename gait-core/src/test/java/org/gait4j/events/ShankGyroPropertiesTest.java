package org.gait4j.events;

import static org.gait4j.model.GaitEventType.INITIAL_CONTACT;
import static org.gait4j.model.GaitEventType.MID_SWING;
import static org.gait4j.model.GaitEventType.TOE_OFF;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Disabled;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.Side;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorFrame;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;

/**
 * {@link ShankGyroEventDetector} over random simulated walks (jqwik).
 *
 * <p>Provisional tolerances: the simulator's shank kinematics on main have too small a swing knee
 * and a spike at IC (a fix is on branch sim2). Its MID_SWING truth is the foot passing the
 * stance leg, while the detector finds the peak shank rotation, which comes earlier; so
 * mid-swing is checked within 200 ms (mean error at most 160 ms), TC within 150 ms (mean at
 * most 100 ms) and IC within 150 ms (mean at most 60 ms). Tighten these once sim2 is merged.
 */
class ShankGyroPropertiesTest {

  static SimulatedWalk walk(long seed, double speed, double cadence, double asym, double noise,
      double tiltDeg, double rateHz) {
    WalkParameters wp = WalkParameters.defaults().withSeed(seed).withSpeedMps(speed)
        .withCadenceStepsPerMin(cadence).withLeftStepLengthFactor(1 + asym)
        .withRightStepLengthFactor(1 - asym).withDurationS(12);
    return GaitSimulator.of(wp, SensorOptions.defaults().withImuRateHz(rateHz)
        .withGyroNoiseSdDegPerS(noise).withShankSensorFrame(
            SensorFrame.ofYawPitchRollDeg(tiltDeg, 0, tiltDeg / 2))
        .withOutputs(SimOutput.SHANK_IMU)).simulate();
  }

  static GaitEvents detect(SimulatedWalk w) {
    GaitEvents e = GaitEvents.empty(w.truthRate());
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      e = e.merge(ShankGyroEventDetector.withDefaults()
          .detect(w.trial().imu(BodyLocation.shank(side)).orElseThrow()));
    }
    return e;
  }

  /** Events of both, inside {@code [fromS, toS)}. */
  static GaitEvents inner(GaitEvents e, double fromS, double toS) {
    return e.filter(x -> x.timeS(e.rate()) >= fromS && x.timeS(e.rate()) < toS);
  }

  /**
   * Per side: events increase, no type repeats back to back, and a TC is always followed by its
   * mid-swing (so IC &lt; TC &lt; IC on each side).
   */
  static void orderedPerSide(GaitEvents e) {
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      int last = -1;
      GaitEventType lastType = null;
      for (GaitEvent x : e.ofSide(side)) {
        assertTrue(x.sampleIndex() > last, "increasing: " + e.toTable());
        if (lastType != null) {
          assertTrue(!(lastType == x.type()), "two " + x.type() + " in a row: " + e.toTable());
          assertTrue(lastType != TOE_OFF || x.type() == MID_SWING,
              "TC must be followed by mid-swing: " + e.toTable());
        }
        last = x.sampleIndex();
        lastType = x.type();
      }
    }
  }

  @Property(tries = 12)
  void eventsAreOrderedPerSide(@ForAll @LongRange(min = 0, max = 10_000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.7) double speed,
      @ForAll @DoubleRange(min = 90, max = 125) double cadence,
      @ForAll @DoubleRange(min = -0.15, max = 0.15) double asym,
      @ForAll @DoubleRange(min = 0, max = 3) double noise,
      @ForAll @DoubleRange(min = -20, max = 20) double tiltDeg) {
    SimulatedWalk w = walk(seed, speed, cadence, asym, noise, tiltDeg, 100);
    GaitEvents e = detect(w);
    orderedPerSide(e);
  }

  /**
   * Disabled until sim2: on main's simulator the shank gyroscope carries a spike of several
   * hundred deg/s at each IC, which at long strides (fast speed, low cadence) outweighs the
   * too-small swing lobe, so the mid-swing peak is sometimes found at the spike.
   */
  @Disabled("pending the simulator's shank fix on branch sim2 (spike at IC, small swing knee)")
  @Property(tries = 12)
  void eventsAreRecovered(@ForAll @LongRange(min = 0, max = 10_000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.7) double speed,
      @ForAll @DoubleRange(min = 90, max = 125) double cadence,
      @ForAll @DoubleRange(min = -0.15, max = 0.15) double asym,
      @ForAll @DoubleRange(min = 0, max = 3) double noise,
      @ForAll @DoubleRange(min = -20, max = 20) double tiltDeg) {
    SimulatedWalk w = walk(seed, speed, cadence, asym, noise, tiltDeg, 100);
    GaitEvents e = detect(w);
    double end = w.trial().durationS() - 1.2;
    SimulatedWalkChecks.allRecoveredInside(e, w.events(), 1.2, end, 0.2, 0.16, w.toString(),
        MID_SWING);
    SimulatedWalkChecks.allRecoveredInside(e, w.events(), 1.2, end, 0.15, 0.06, w.toString(),
        INITIAL_CONTACT);
    SimulatedWalkChecks.allRecoveredInside(e, w.events(), 1.2, end, 0.15, 0.10, w.toString(),
        TOE_OFF);
    SimulatedWalkChecks.sidesAlternate(inner(e, 1.2, end));
  }

  /** Disabled until sim2, for the reason given at {@link #eventsAreRecovered}. */
  @Disabled("pending the simulator's shank fix on branch sim2 (spike at IC, small swing knee)")
  @Property(tries = 8)
  void sameWalkAt100And200HzGivesTheSameTimes(@ForAll @LongRange(min = 0, max = 10_000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.6) double speed,
      @ForAll @DoubleRange(min = 90, max = 120) double cadence) {
    GaitEvents a = detect(walk(seed, speed, cadence, 0, 0, 0, 100));
    GaitEvents b = detect(walk(seed, speed, cadence, 0, 0, 0, 200));
    // one 100 Hz sample (+ 1 ns) as tolerance, away from the edges; TC pending sim2
    SimulatedWalkChecks.allRecoveredInside(b, a, 1.0, 10.5, 0.010 + 1e-9, 0.010 + 1e-9,
        a.toTable() + "\n" + b.toTable(), MID_SWING, INITIAL_CONTACT);
  }
}
