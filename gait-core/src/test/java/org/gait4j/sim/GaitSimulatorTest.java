package org.gait4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gait4j.model.Axis;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.ForcePlate;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.ImuStream;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.Side;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Consistency of the simulated signals with the truth and with each other. */
class GaitSimulatorTest {
  static SimulatedWalk walk;

  @BeforeAll
  static void simulate() {
    walk = GaitSimulator.of(WalkParameters.defaults().withDurationS(10).withSeed(42),
        SensorOptions.defaults().withoutErrors()).simulate();
  }

  @Test
  void footIsStillAndFlatBetweenFootFlatAndHeelOff() {
    ImuStream foot = walk.trial().imu(BodyLocation.LEFT_FOOT).orElseThrow();
    double[] gy = foot.gyroscope().orElseThrow().component(Axis.Y);
    double[] az = foot.accelerometer().orElseThrow().component(Axis.Z);
    int[] ff = walk.events(Side.LEFT, GaitEventType.FOOT_FLAT);
    int[] ho = walk.events(Side.LEFT, GaitEventType.HEEL_OFF);
    int checked = 0;
    for (int f : ff) {
      for (int h : ho) {
        if (h > f && h - f < 100) {
          for (int i = f + 2; i < h - 1; i++) {
            assertEquals(0.0, gy[i], 0.5, "gyro at " + i);
            assertEquals(9.80665, az[i], 0.05, "acc z at " + i);
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 50, "flat samples checked: " + checked);
  }

  @Test
  void heelMarkerStaysOnTheFloorAndStillInMidStance() {
    PointSet markers = walk.trial().pointSet(PointSet.Kind.MARKERS).orElseThrow();
    PointTrack hee = markers.track("LHEE").orElseThrow();
    double[] x = hee.position().x();
    double[] z = hee.position().z();
    double minZ = Double.POSITIVE_INFINITY;
    for (double v : z) {
      minZ = Math.min(minZ, v);
    }
    assertTrue(minZ > 0, "heel marker above the floor: " + minZ + " mm");
    double rateRatio = markers.rate().hz() / walk.truthRate().hz();
    for (CycleTruth c : walk.cycles(Side.LEFT)) {
      int mid = (int) Math.round((c.icSample() + 0.25 * (c.toSample() - c.icSample())) * rateRatio);
      // a few mm/s remain from rearfoot eversion turning the marker about the sole (vs 1300)
      assertEquals(0.0, (x[mid + 1] - x[mid - 1]) / 2 * markers.rate().hz(), 5.0,
          "heel speed mm/s in mid-stance");
    }
  }

  @Test
  void forcePlatesShowDoubleHumpAndHeelToToeCentreOfPressure() {
    assertEquals(2, walk.trial().forcePlates().size());
    double bw = 70 * 9.80665;
    for (ForcePlate p : walk.trial().forcePlates()) {
      double[] fz = p.force().z();
      double[] fx = p.force().x();
      double[] cx = p.centreOfPressure().x();
      int first = -1;
      int last = -1;
      double peak = 0;
      double minFx = 0;
      double maxFx = 0;
      for (int i = 0; i < fz.length; i++) {
        if (fz[i] > 20) {
          last = i;
          if (first < 0) {
            first = i;
          }
        }
        peak = Math.max(peak, fz[i]);
        minFx = Math.min(minFx, fx[i]);
        maxFx = Math.max(maxFx, fx[i]);
      }
      assertTrue(peak / bw > 1.05 && peak / bw < 1.3, "peak " + peak / bw + " BW");
      assertTrue(minFx < -0.1 * bw && maxFx > 0.1 * bw, "braking then propulsion");
      assertTrue(cx[last] - cx[first] > 0.15, "COP moves heel to toe");
      int mid = (first + last) / 2;
      assertTrue(fz[mid] < 0.9 * peak, "mid-stance valley");
    }
  }

  @Test
  void insoleForceEqualsPressureTimesArea() {
    var ins = walk.trial().insole(Side.RIGHT).orElseThrow();
    double[] total = ins.totalForce().orElseThrow().toArray();
    for (int i = 0; i < total.length; i += 7) {
      double sum = 0;
      for (int c = 0; c < ins.cells().size(); c++) {
        sum += ins.pressure().get(c, i) * ins.cells().get(c).areaM2() * 1e4;
      }
      assertEquals(total[i], sum, 1e-6 * Math.max(1, total[i]));
    }
  }

  @Test
  void lowerBackSensorReadsGravityOnItsXAxis() {
    double[] x = walk.trial().imu(BodyLocation.LOWER_BACK).orElseThrow().accelerometer()
        .orElseThrow().component(Axis.X);
    double mean = 0;
    for (double v : x) {
      mean += v / x.length;
    }
    assertEquals(9.8, mean, 0.4);
  }

  @Test
  void keypointsMoveAcrossTheSagittalImageWithConfidences() {
    PointSet kp = walk.trial().pointSet(PointSet.Kind.KEYPOINTS_2D).orElseThrow();
    PointTrack hip = kp.track("MidHip").orElseThrow();
    double[] u = hip.position().x();
    int a = -1;
    int b = -1;
    for (int i = 0; i < u.length; i++) {
      if (!Double.isNaN(u[i])) {
        b = i;
        if (a < 0) {
          a = i;
        }
      }
    }
    assertTrue(a >= 0 && u[b] > u[a] + 500, "walker moves left to right");
    for (double c : hip.quality().orElseThrow().toArray()) {
      assertTrue(c >= 0 && c <= 1);
    }
    assertEquals(25, kp.tracks().size());
  }

  @Test
  void kneeAnglesAreAnatomical() {
    double[] k = walk.angle(JointAngle.KNEE_FLEXION, Side.LEFT).toArray();
    double max = 0;
    for (double v : k) {
      assertTrue(v >= 0 && v < 90);
      max = Math.max(max, v);
    }
    assertTrue(max > 20, "swing knee flexion " + max);
  }

  @Test
  void invalidConfigurationsAreRejectedWithTheirNames() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WalkParameters.defaults().withStanceFraction(0.45));
    assertTrue(e.getMessage().contains("walking needs stance"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> WalkParameters.defaults().withSpeedMps(-1));
    assertTrue(e.getMessage().contains("speedMps"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SensorOptions.defaults().withImuRateHz(10));
    assertTrue(e.getMessage().contains("imuRateHz"), e.getMessage());
  }

  @Test
  void toStringSummarisesTruthAndTrial() {
    String s = walk.toString();
    assertTrue(s.contains("cycles") && s.contains("ImuStream") && s.contains("truth: mean stride"),
        s);
  }

  @Test
  void sensorFrameRotationIsApplied() {
    SimulatedWalk turned = GaitSimulator.of(WalkParameters.defaults().withDurationS(4).withSeed(42),
        SensorOptions.defaults().withoutErrors().withOutputs(SimOutput.FOOT_IMU)
            .withFootSensorFrame(SensorFrame.ofYawPitchRollDeg(0, 0, 180))).simulate();
    double[] a = walk.trial().imu(BodyLocation.LEFT_FOOT).orElseThrow().gyroscope().orElseThrow()
        .component(Axis.Y);
    double[] b = turned.trial().imu(BodyLocation.LEFT_FOOT).orElseThrow().gyroscope()
        .orElseThrow().component(Axis.Y);
    for (int i = 0; i < b.length; i++) {
      assertEquals(-a[i], b[i], 1e-9);
    }
  }
}
