package org.gait4j.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
    return GaitSimulator.of(WalkParameters.defaults().withSeed(seed).withSpeedMps(speed)
            .withCadenceStepsPerMin(cadence).withDurationS(12),
        SensorOptions.defaults().withOutputs(SimOutput.FOOT_IMU)
            .withFootSensorFrame(SensorFrame.ofYawPitchRollDeg(yaw, pitch, roll))).simulate();
  }

  /**
   * Stride length within 10 % of the truth per stride and 4 % on average (heel-to-heel; the
   * simulated sensors carry noise, bias and bias drift, which the estimator does not model:
   * single strides scatter by up to about 7 %), and plausible foot angles and lift.
   */
  @Property(tries = 8)
  void strideLengthsMatchTheSimulator(@ForAll @LongRange(min = 0, max = 1000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.7) double speed,
      @ForAll @DoubleRange(min = 92, max = 125) double cadence,
      @ForAll @DoubleRange(min = -20, max = 20) double yaw,
      @ForAll @DoubleRange(min = -15, max = 15) double pitch,
      @ForAll @DoubleRange(min = -15, max = 15) double roll) {
    SimulatedWalk w = walk(seed, speed, cadence, yaw, pitch, roll);
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
            assertEquals(c.strideLengthM(), t.strideLengthM(), 0.10 * c.strideLengthM(),
                t + " vs " + c);
            signedError += (t.strideLengthM() - c.strideLengthM()) / c.strideLengthM();
            checked++;
          }
        }
        assertTrue(t.initialContactPitchDeg() > 5 && t.initialContactPitchDeg() < 45,
            t.toString());
        assertTrue(t.toeOffPitchDeg() < -20 && t.toeOffPitchDeg() > -90, t.toString());
        assertTrue(t.maxLiftM() > 0.03 && t.maxLiftM() < 0.4, t.toString());
      }
      assertTrue(checked >= strides.size() - 1, checked + " of " + strides.size());
      // single strides scatter by up to ~7 % with the simulated sensor errors; the walk's mean
      // is what a clinician reads, and it must be close
      assertEquals(0, signedError / checked, 0.04, "mean relative stride-length error");
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
