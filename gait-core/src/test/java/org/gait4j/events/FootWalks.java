package org.gait4j.events;

import java.util.Arrays;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Side;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorFrame;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;

/** Simulated foot-IMU walks shared by the foot detector tests. */
final class FootWalks {
  private FootWalks() {}

  /** A default simulated walk (1.30 m/s, 110 steps/min), foot IMUs only, sensor errors on. */
  static SimulatedWalk walk(double rateHz, long seed) {
    return GaitSimulator.of(WalkParameters.defaults().withSeed(seed).withDurationS(20),
        SensorOptions.defaults().withImuRateHz(rateHz).withOutputs(SimOutput.FOOT_IMU))
        .simulate();
  }

  /** A simulated walk with the given gait, noise scale and foot-sensor tilt. */
  static SimulatedWalk walk(long seed, double speed, double cadence, double asymmetry,
      double noiseScale, double yawDeg, double pitchDeg, double rollDeg, double rateHz) {
    WalkParameters wp = WalkParameters.defaults().withSeed(seed).withSpeedMps(speed)
        .withCadenceStepsPerMin(cadence).withLeftStepLengthFactor(1 + asymmetry)
        .withRightStepLengthFactor(1 - asymmetry).withDurationS(15);
    SensorOptions so = SensorOptions.defaults().withImuRateHz(rateHz)
        .withOutputs(SimOutput.FOOT_IMU)
        .withFootSensorFrame(SensorFrame.ofYawPitchRollDeg(yawDeg, pitchDeg, rollDeg))
        .withAccNoiseSdMps2(0.05 * noiseScale).withGyroNoiseSdDegPerS(0.5 * noiseScale)
        .withGyroBiasSdDegPerS(0.5 * noiseScale).withAccBiasSdMps2(0.05 * noiseScale);
    return GaitSimulator.of(wp, so).simulate();
  }

  static ImuStream foot(SimulatedWalk w, Side side) {
    return w.trial().imu(BodyLocation.foot(side)).orElseThrow();
  }

  /** A value fingerprint of an IMU stream. */
  static String fingerprint(ImuStream s) {
    return s.size() + ":" + Arrays.hashCode(s.gyroscope().orElseThrow().x())
        + Arrays.hashCode(s.gyroscope().orElseThrow().y())
        + Arrays.hashCode(s.gyroscope().orElseThrow().z())
        + Arrays.hashCode(s.accelerometer().orElseThrow().x())
        + Arrays.hashCode(s.accelerometer().orElseThrow().z());
  }
}
