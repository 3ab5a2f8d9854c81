package org.gait4j.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gait4j.testing.SimulatedSeeds;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.gait4j.events.FootGyroEventDetector;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.sim.CycleTruth;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorFrame;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;
import org.junit.jupiter.api.Test;

/** {@link FootTrajectoryEstimator} against the simulator's stride lengths. */
class FootTrajectoryEstimatorTest {

  private static SimulatedWalk walk(long seed, double speed, double cadence, double yaw,
      double pitch, double roll) {
    return walk(seed, speed, cadence, yaw, pitch, roll, true);
  }

  private static SimulatedWalk walk(long seed, double speed, double cadence, double yaw,
      double pitch, double roll, boolean sensorErrors) {
    SensorOptions o = SensorOptions.defaults().withOutputs(SimOutput.FOOT_IMU)
        .withFootSensorFrame(SensorFrame.ofYawPitchRollDeg(yaw, pitch, roll));
    return GaitSimulator.of(WalkParameters.defaults().withSeed(seed).withSpeedMps(speed)
            .withCadenceStepsPerMin(cadence).withDurationS(12),
        sensorErrors ? o : o.withoutErrors()).simulate();
  }

  /**
   * With exact sensors on any mounting: each side's mean stride length within 3 % of the truth
   * (heel to heel), no stride off by more than 8 %, plausible foot angles and lift. Measured when
   * written, over 526 strides of 30 walks drawn like these (other draws than the fixed seed's):
   * mean |error| 1.8 %, 95th percentile 4.0 %, largest 5.6 %, largest mean of one side 1.6 %; the
   * bounds leave about half as much again. That residual has not been split up (candidates: the
   * sensor moves like the heel only between two stances of equal heading, and the foot's last
   * 30-40 ms before contact decelerate at up to 5-8 g, which 100 Hz trapezoidal integration
   * follows only roughly); it is of the order of the real gaitmap recording's (3.5 cm MAE, 2-3 %,
   * in the accuracy harness).
   * Before the simulator's swing ankle was made C1 (issue #4) single strides were off by up to
   * 1600 %: its swing foot jumped 1.8 cm at toe off and accelerated at 70-300 g for 2-8 ms.
   */
  @Property(tries = 8, seed = SimulatedSeeds.SEED)
  void strideLengthsMatchTheSimulator(@ForAll @LongRange(min = 0, max = 1000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.7) double speed,
      @ForAll @DoubleRange(min = 92, max = 125) double cadence,
      @ForAll @DoubleRange(min = -20, max = 20) double yaw,
      @ForAll @DoubleRange(min = -15, max = 15) double pitch,
      @ForAll @DoubleRange(min = -15, max = 15) double roll) {
    check(walk(seed, speed, cadence, yaw, pitch, roll, false), 0.08, 0.03);
  }

  /**
   * With the simulator's default sensor errors (noise, constant bias, bias drift): each side's
   * mean within 6 %, no stride off by more than 10 %. Measured when written over 505 strides of
   * 30 such walks (other draws than the fixed seed's): mean |error| 2.1 %, 95th percentile 4.9 %,
   * largest 6.6 %, largest mean of one side 3.5 % (without drift: 491 strides, largest 7.2 %, side
   * mean 4.9 %). The constant gyroscope bias (SD 0.5 deg/s) tilts the attitude through each
   * stride, and the estimator does not estimate it. (Before issue #4 drift had to be left out:
   * late strides were off by 30 %, which was the simulator's swing foot, not the drift.)
   */
  @Property(tries = 8, seed = SimulatedSeeds.SEED)
  void strideLengthsSurviveSensorErrors(@ForAll @LongRange(min = 0, max = 1000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.7) double speed,
      @ForAll @DoubleRange(min = 92, max = 125) double cadence) {
    check(walk(seed, speed, cadence, 0, 0, 0, true), 0.10, 0.06);
  }

  /** The default walk, exact sensors: as {@link #strideLengthsMatchTheSimulator}. */
  @Test
  void defaultWalkStrideLengths() {
    check(walk(3, 1.3, 110, 0, 0, 0, false), 0.08, 0.03);
  }

  private static void check(SimulatedWalk w, double perStride, double mean) {
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      ImuStream foot = w.trial().imu(BodyLocation.foot(side)).orElseThrow();
      GaitEvents events = FootGyroEventDetector.withDefaults().detect(foot);
      List<FootStrideTrajectory> strides = FootTrajectoryEstimator.withDefaults()
          .estimate(foot, events);
      assertTrue(strides.size() >= 4, strides.toString());
      int checked = 0;
      double signedError = 0;
      for (FootStrideTrajectory t : strides) {
        for (CycleTruth c : w.cycles(side)) {
          if (Math.abs(c.nextIcSample() - t.initialContact()) <= 5) {
            assertEquals(c.strideLengthM(), t.strideLengthM(), perStride * c.strideLengthM(),
                t + " vs " + c);
            signedError += (t.strideLengthM() - c.strideLengthM()) / c.strideLengthM();
            checked++;
          }
        }
        assertTrue(t.initialContactPitchDeg() > 5 && t.initialContactPitchDeg() < 45,
            t.toString());
        assertTrue(t.toeOffPitchDeg() < -20 && t.toeOffPitchDeg() > -90, t.toString());
        assertTrue(t.maxLiftM() > 0.015 && t.maxLiftM() < 0.4, t.toString());
      }
      assertTrue(checked >= strides.size() - 1, checked + " of " + strides.size());
      assertEquals(0, signedError / checked, mean, "mean relative stride-length error");
    }
  }

  @Test
  void strideSpatialIsKeyedByTheOpeningContact() {
    SimulatedWalk w = walk(3, 1.3, 110, 0, 0, 0);
    ImuStream foot = w.trial().imu(BodyLocation.RIGHT_FOOT).orElseThrow();
    GaitEvents events = FootGyroEventDetector.withDefaults().detect(foot);
    List<FootStrideTrajectory> strides = FootTrajectoryEstimator.withDefaults()
        .estimate(foot, events);
    List<StrideSpatial> spatial = FootTrajectoryEstimator.withDefaults()
        .strideSpatial(foot, events);
    // every stride starts at a mid stance that follows a detected contact
    assertEquals(strides.size(), spatial.size());
    for (int k = 0; k < strides.size(); k++) {
      StrideSpatial s = spatial.get(k);
      assertEquals(strides.get(k).openingContact().getAsInt(), s.initialContact());
      assertTrue(s.initialContact() < strides.get(k).startMidStance());
      if (k > 0) {
        assertEquals(strides.get(k - 1).initialContact(), s.initialContact());
      }
      assertEquals(strides.get(k).strideLengthM(), s.strideLengthM().getAsDouble());
      assertTrue(s.stepLengthM().isEmpty() && s.stepWidthM().isEmpty());
    }
  }

  @Test
  void mismatchedRatesAreRejected() {
    SimulatedWalk w = walk(3, 1.3, 110, 0, 0, 0);
    ImuStream foot = w.trial().imu(BodyLocation.RIGHT_FOOT).orElseThrow();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FootTrajectoryEstimator.withDefaults().estimate(foot,
            GaitEvents.empty(SamplingRate.ofHz(50))));
    assertTrue(e.getMessage().contains("rate"), e.getMessage());
  }
}
