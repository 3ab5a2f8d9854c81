package org.gait4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gait4j.testing.SimulatedSeeds;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.gait4j.model.Axis;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.Side;

/** Invariants of the simulated truth over random walks (jqwik). */
class GaitSimulatorPropertiesTest {

  private static SimulatedWalk walk(long seed, double speed, double cadence, double stance,
      double rateHz) {
    WalkParameters wp = WalkParameters.defaults().withSeed(seed).withSpeedMps(speed)
        .withCadenceStepsPerMin(cadence).withStanceFraction(stance).withDurationS(8);
    return GaitSimulator.of(wp, SensorOptions.defaults().withImuRateHz(rateHz)
        .withOutputs(SimOutput.FOOT_IMU)).simulate();
  }

  @Property(tries = 15, seed = SimulatedSeeds.SEED)
  void contactsAlternateSidesAndPhasesAreOrdered(@ForAll @LongRange(min = 0, max = 1000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.8) double speed,
      @ForAll @DoubleRange(min = 90, max = 125) double cadence,
      @ForAll @DoubleRange(min = 0.57, max = 0.66) double stance) {
    SimulatedWalk w = walk(seed, speed, cadence, stance, 100);
    Side last = null;
    for (GaitEvent e : w.events().ofType(GaitEventType.INITIAL_CONTACT)) {
      if (last != null) {
        assertEquals(last.opposite(), e.side(), "ICs alternate: " + w.events().toTable());
      }
      last = e.side();
    }
    for (CycleTruth c : w.cycles()) {
      assertTrue(c.icS() < c.toS() && c.toS() < c.nextIcS());
      assertTrue(c.icSample() < c.toSample() && c.toSample() < c.nextIcSample());
      // phases tile the cycle: exactly in samples, to rounding in seconds
      assertEquals(c.nextIcSample() - c.icSample(),
          (c.toSample() - c.icSample()) + (c.nextIcSample() - c.toSample()));
      assertEquals(c.strideTimeS(), c.stanceTimeS() + c.swingTimeS(), 1e-12);
      assertTrue(c.doubleSupportS() > 0 && c.singleSupportS() > 0, c.toString());
      // stride length = speed x stride time, within the stride variability
      double expected = speed * c.strideTimeS();
      assertEquals(expected, c.strideLengthM(), 0.15 * expected, c.toString());
    }
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      int[] ic = w.events(side, GaitEventType.INITIAL_CONTACT);
      int[] ff = w.events(side, GaitEventType.FOOT_FLAT);
      int[] ho = w.events(side, GaitEventType.HEEL_OFF);
      int[] to = w.events(side, GaitEventType.TOE_OFF);
      for (int k = 0; k + 1 < ic.length; k++) {
        int icK = ic[k];
        int next = ic[k + 1];
        assertTrue(count(to, icK, next) == 1 && count(ff, icK, next) == 1
            && count(ho, icK, next) == 1, "one FF, HO, TO per cycle");
        assertTrue(first(ff, icK) < first(ho, icK) && first(ho, icK) < first(to, icK));
      }
    }
  }

  @Property(tries = 5, seed = SimulatedSeeds.SEED)
  void sameSeedGivesIdenticalTrial(@ForAll @LongRange(min = 0, max = 1 << 20) long seed) {
    SimulatedWalk a = walk(seed, 1.3, 110, 0.61, 100);
    SimulatedWalk b = walk(seed, 1.3, 110, 0.61, 100);
    assertEquals(a.events(), b.events());
    assertEquals(a.cycles(), b.cycles());
    for (BodyLocation loc : new BodyLocation[] {BodyLocation.LEFT_FOOT, BodyLocation.RIGHT_FOOT}) {
      for (Axis ax : Axis.values()) {
        assertTrue(java.util.Arrays.equals(
            a.trial().imu(loc).orElseThrow().accelerometer().orElseThrow().component(ax),
            b.trial().imu(loc).orElseThrow().accelerometer().orElseThrow().component(ax)));
        assertTrue(java.util.Arrays.equals(
            a.trial().imu(loc).orElseThrow().gyroscope().orElseThrow().component(ax),
            b.trial().imu(loc).orElseThrow().gyroscope().orElseThrow().component(ax)));
      }
    }
  }

  @Property(tries = 5, seed = SimulatedSeeds.SEED)
  void eventTimesAgreeAcrossRates(@ForAll @LongRange(min = 0, max = 1000) long seed) {
    SimulatedWalk a = walk(seed, 1.2, 105, 0.62, 100);
    SimulatedWalk b = walk(seed, 1.2, 105, 0.62, 200);
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      for (GaitEventType t : GaitEventType.values()) {
        double[] ta = a.events().timesS(side, t);
        double[] tb = b.events().timesS(side, t);
        int n = Math.min(ta.length, tb.length);
        assertTrue(Math.abs(ta.length - tb.length) <= 1, side + " " + t);
        int offset = ta.length > 0 && tb.length > 0 && Math.abs(ta[0] - tb[0]) > 0.1
            ? (ta[0] < tb[0] ? 1 : -1) : 0;
        for (int i = 0; i < n - Math.abs(offset); i++) {
          double x = ta[offset > 0 ? i + 1 : i];
          double y = tb[offset < 0 ? i + 1 : i];
          assertEquals(x, y, 0.01 + 1e-9, side + " " + t + " at " + i);
        }
      }
    }
  }

  @Property(tries = 5, seed = SimulatedSeeds.SEED)
  void runningHasFlightAndNoDoubleSupport(@ForAll @LongRange(min = 0, max = 1000) long seed) {
    SimulatedWalk w = GaitSimulator.of(WalkParameters.running().withSeed(seed).withDurationS(6),
        SensorOptions.defaults().withOutputs(SimOutput.FOOT_IMU)).simulate();
    List<CycleTruth> cycles = w.cycles();
    assertTrue(!cycles.isEmpty());
    for (CycleTruth c : cycles) {
      assertEquals(0.0, c.doubleSupportS(), 0.0);
      assertTrue(c.stanceFraction() < 0.5, c.toString());
    }
  }

  private static int count(int[] a, int from, int to) {
    int n = 0;
    for (int v : a) {
      if (v > from && v < to) {
        n++;
      }
    }
    return n;
  }

  private static int first(int[] a, int after) {
    for (int v : a) {
      if (v > after) {
        return v;
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * The foot IMU is the derivative of the foot sensor's path, and smooth enough to be sampled: its
   * exact 1000 Hz signals, integrated from the true pose and velocity at one mid stance (attitude
   * by the mean body rate of each interval, velocity and position by the trapezoidal rule), end
   * within 2 mm of the true sensor position at the next mid stance, and the specific force stays
   * below 200 m/s² (~20 g). Measured when written: at most 0.1 mm and 63 m/s² over these walks
   * (up to ~140 m/s² in walks with steps over 1 m). Before the swing ankle was made C1 (issue
   * #4) the integral still closed at 1000 Hz (within 1 mm) but the swing foot jumped up to 1.8 cm
   * at toe off (22 000 m/s² at 1000 Hz) and accelerated at 70-300 g for 2-8 ms before contact,
   * which 100 Hz samples caught or missed at random. (At 100 Hz such an open-loop integral misses
   * by 12-16 cm even now, from the discretisation alone: that is what the zero-velocity updates
   * of a trajectory estimator are for.)
   */
  @Property(tries = 6, seed = SimulatedSeeds.SEED)
  void footImuIntegratesToTheFootPath(@ForAll @LongRange(min = 0, max = 1000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.7) double speed,
      @ForAll @DoubleRange(min = 92, max = 125) double cadence) {
    WalkParameters wp = WalkParameters.defaults().withSeed(seed).withSpeedMps(speed)
        .withCadenceStepsPerMin(cadence).withDurationS(8);
    SimulatedWalk w = GaitSimulator.of(wp, SensorOptions.defaults().withoutErrors()
        .withImuRateHz(1000).withOutputs(SimOutput.FOOT_IMU)).simulate();
    BodyModel m = new BodyModel(wp);
    double dt = 1 / w.truthRate().hz();
    double worst = 0;
    double peak = 0;
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      int s = side == Side.LEFT ? 0 : 1;
      var imu = w.trial().imu(BodyLocation.foot(side)).orElseThrow();
      double[][] acc = {imu.accelerometer().orElseThrow().component(Axis.X),
          imu.accelerometer().orElseThrow().component(Axis.Y),
          imu.accelerometer().orElseThrow().component(Axis.Z)};
      double[][] gyr = {imu.gyroscope().orElseThrow().component(Axis.X),
          imu.gyroscope().orElseThrow().component(Axis.Y),
          imu.gyroscope().orElseThrow().component(Axis.Z)};
      for (int i = 0; i < acc[0].length; i++) {
        peak = Math.max(peak, Math.sqrt(acc[0][i] * acc[0][i] + acc[1][i] * acc[1][i]
            + acc[2][i] * acc[2][i]));
      }
      int[] ms = w.events(side, GaitEventType.MID_STANCE);
      for (int k = 0; k + 1 < ms.length; k++) {
        int a = ms[k];
        int b = ms[k + 1];
        double[][] p0 = ImuSynth.sensorPose(m, m.pose(a * dt), ImuSynth.Mount.FOOT, s);
        double[] r = p0[1].clone();
        double[] pos = p0[0].clone();
        // the sensor is not quite still at mid stance: rearfoot eversion turns the foot about
        // its heel (~2 cm/s at the sensor), so start from the true velocity
        double[] vel = Mat3.scale(Mat3.sub(
            ImuSynth.sensorPose(m, m.pose(a * dt + 1e-4), ImuSynth.Mount.FOOT, s)[0],
            ImuSynth.sensorPose(m, m.pose(a * dt - 1e-4), ImuSynth.Mount.FOOT, s)[0]), 5e3);
        double[] prev = null;
        for (int i = a; i <= b; i++) {
          double[] f = Mat3.apply(r, new double[] {acc[0][i], acc[1][i], acc[2][i]});
          f[2] -= BodyModel.G;
          if (prev != null) {
            for (int c = 0; c < 3; c++) {
              double v1 = vel[c] + 0.5 * (prev[c] + f[c]) * dt;
              pos[c] += 0.5 * (vel[c] + v1) * dt;
              vel[c] = v1;
            }
          }
          prev = f;
          if (i < b) {
            double[] o = new double[3];
            for (int c = 0; c < 3; c++) {
              o[c] = Math.toRadians(0.5 * (gyr[c][i] + gyr[c][i + 1])) * dt;
            }
            r = Mat3.mul(r, rodrigues(o));
          }
        }
        double[] truth = ImuSynth.sensorPose(m, m.pose(b * dt), ImuSynth.Mount.FOOT, s)[0];
        worst = Math.max(worst, Mat3.norm(Mat3.sub(pos, truth)));
      }
    }
    System.out.printf(Locale.ROOT, "[foot IMU vs path] %.2f m/s, %.1f steps/min, seed %d: worst "
        + "end-of-stride error %.5f m, peak specific force %.0f m/s²%n", speed, cadence, seed, worst,
        peak);
    assertTrue(worst < 0.002, "integrated foot IMU misses the foot path by " + worst + " m");
    assertTrue(peak < 200, "foot specific force peaks at " + peak + " m/s²");
  }

  /** Rotation matrix of the rotation vector {@code o} (rad). */
  private static double[] rodrigues(double[] o) {
    double th = Mat3.norm(o);
    if (th < 1e-12) {
      return new double[] {1, -o[2], o[1], o[2], 1, -o[0], -o[1], o[0], 1};
    }
    double x = o[0] / th;
    double y = o[1] / th;
    double z = o[2] / th;
    double c = Math.cos(th);
    double sn = Math.sin(th);
    double t = 1 - c;
    return new double[] {t * x * x + c, t * x * y - sn * z, t * x * z + sn * y,
        t * x * y + sn * z, t * y * y + c, t * y * z - sn * x,
        t * x * z - sn * y, t * y * z + sn * x, t * z * z + c};
  }
}
