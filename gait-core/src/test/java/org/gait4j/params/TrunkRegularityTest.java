package org.gait4j.params;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorFrame;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;
import org.junit.jupiter.api.Test;

/**
 * {@link TrunkRegularity} on simulated lower-back walks and on synthetic signals with known
 * answers. Simulated thresholds are set around values measured on the simulator (noted at each
 * assertion, 30 s walks at 100 Hz, default sensor errors) with margins for the seed.
 */
class TrunkRegularityTest {
  private static final WalkParameters WALK = WalkParameters.defaults().withDurationS(30);

  /** The default 30 s walk, simulated once (the simulator takes ~2 s per walk). */
  private static final class Default {
    static final SimulatedWalk WALK_DEFAULT = walk(WALK, SensorOptions.defaults());
    static final TrunkGaitQuality QUALITY = quality(back(WALK_DEFAULT));
  }

  static SimulatedWalk walk(WalkParameters wp, SensorOptions so) {
    return GaitSimulator.of(wp, so.withOutputs(SimOutput.LOWER_BACK_IMU)).simulate();
  }

  static ImuStream back(SimulatedWalk w) {
    return w.trial().imu(BodyLocation.LOWER_BACK).orElseThrow();
  }

  static TrunkGaitQuality quality(ImuStream imu) {
    return TrunkRegularity.withDefaults().estimate(imu, 0, imu.size()).orElseThrow();
  }

  static int[] ics(SimulatedWalk w) {
    return w.events().ofType(GaitEventType.INITIAL_CONTACT).stream()
        .mapToInt(GaitEvent::sampleIndex).toArray();
  }

  @Test
  void symmetricWalkIsRegularAndSmooth() {
    TrunkGaitQuality q = Default.QUALITY;
    // measured: step 0.940, stride 0.933, AP 0.786 / 0.859, HR V 5.63, AP 2.75, ML 2.75
    assertTrue(q.stepRegularityVertical() > 0.85, q.toString());
    assertTrue(q.strideRegularityVertical() > 0.85, q.toString());
    assertTrue(q.symmetryVertical() > 0.95, q.toString());
    assertTrue(q.stepRegularityAnteroposterior() > 0.6, q.toString());
    assertTrue(q.harmonicRatioVertical() > 3, q.toString());
    assertTrue(q.harmonicRatioAnteroposterior() > 2, q.toString());
    assertTrue(q.harmonicRatioMediolateral() > 2, q.toString());
    // 110 steps/min: 0.5455 s per step (measured 0.548)
    assertEquals(60.0 / 110, q.stepPeriodS(), 0.01);
    assertEquals(27, q.strideCount()); // 30 s / 1.09 s whole strides
  }

  @Test
  void stepPeriodFollowsTheCadence() {
    for (double cadence : new double[] {90, 125}) {
      TrunkGaitQuality q = quality(back(walk(WALK.withDurationS(15).withCadenceStepsPerMin(cadence)
          .withSpeedMps(cadence / 85), SensorOptions.defaults())));
      assertEquals(60 / cadence, q.stepPeriodS(), 0.01, q.toString());
      // measured: step regularity 0.97 at 90, 0.87 at 125 steps/min
      assertTrue(q.stepRegularityVertical() > 0.8, q.toString());
    }
  }

  @Test
  void unequalStepLengthsLowerTheVerticalStepRegularityAndRatio() {
    TrunkGaitQuality sym = Default.QUALITY;
    TrunkGaitQuality asym = quality(back(walk(WALK.withLeftStepLengthFactor(0.8)
        .withRightStepLengthFactor(1.2), SensorOptions.defaults())));
    // measured: step regularity 0.738 (symmetric 0.940), HR V 2.32 (5.63), symmetry 0.81 (1.01);
    // the simulator's AP acceleration barely changes (pelvis from the mean stride's forces)
    assertTrue(asym.stepRegularityVertical() < sym.stepRegularityVertical() - 0.1,
        asym + " vs " + sym);
    assertTrue(asym.harmonicRatioVertical() < 0.6 * sym.harmonicRatioVertical(),
        asym + " vs " + sym);
    assertTrue(asym.symmetryVertical() < 0.9, asym.toString());
    assertTrue(asym.strideRegularityVertical() > 0.85, asym.toString());
    assertEquals(sym.stepPeriodS(), asym.stepPeriodS(), 0.01);
  }

  @Test
  void unequalStanceTimesLowerStepRegularityAndRatios() {
    TrunkGaitQuality sym = Default.QUALITY;
    TrunkGaitQuality asym = quality(back(walk(WALK.withStanceFraction(0.64)
        .withLeftStanceTimeFactor(0.85).withRightStanceTimeFactor(1.15),
        SensorOptions.defaults())));
    // measured: step regularity V 0.16, AP -0.23 (stride peaks 0.90, 0.93 stay high),
    // HR V 1.17, AP 0.56; the stride (not the vanished step peak) is still found
    assertTrue(asym.stepRegularityVertical() < 0.5, asym.toString());
    assertTrue(asym.stepRegularityAnteroposterior() < 0.5, asym.toString());
    assertTrue(asym.strideRegularityVertical() > 0.8, asym.toString());
    assertTrue(asym.harmonicRatioVertical() < 2, asym.toString());
    assertTrue(asym.harmonicRatioAnteroposterior() < 1.5, asym.toString());
    assertEquals(sym.stepPeriodS(), asym.stepPeriodS(), 0.01);
  }

  @Test
  void sensorTiltAndHeadingDoNotMatter() {
    SensorOptions exact = SensorOptions.defaults().withoutErrors();
    WalkParameters wp = WALK.withDurationS(15);
    TrunkGaitQuality upright = quality(back(walk(wp, exact)));
    for (double[] ypr : new double[][] {{25, 15, -10}, {-90, -20, 30}}) {
      TrunkGaitQuality tilted = quality(back(walk(wp, exact.withLowerBackSensorFrame(
          SensorFrame.mobgapLowerBack().thenYawPitchRollDeg(ypr[0], ypr[1], ypr[2])))));
      assertEquals(upright.stepRegularityVertical(), tilted.stepRegularityVertical(), 1e-9);
      assertEquals(upright.strideRegularityVertical(), tilted.strideRegularityVertical(), 1e-9);
      assertEquals(upright.stepRegularityAnteroposterior(),
          tilted.stepRegularityAnteroposterior(), 1e-9);
      assertEquals(upright.harmonicRatioVertical(), tilted.harmonicRatioVertical(), 1e-9);
      assertEquals(upright.harmonicRatioAnteroposterior(), tilted.harmonicRatioAnteroposterior(),
          1e-9);
      assertEquals(upright.harmonicRatioMediolateral(), tilted.harmonicRatioMediolateral(), 1e-9);
      assertEquals(upright.stepPeriodS(), tilted.stepPeriodS(), 1e-9);
    }
  }

  @Test
  void contactsGiveOneStridePerContact() {
    SimulatedWalk w = Default.WALK_DEFAULT;
    ImuStream imu = back(w);
    int[] ics = ics(w);
    TrunkGaitQuality byAcf = Default.QUALITY;
    TrunkGaitQuality byIcs = TrunkRegularity.withDefaults().estimate(imu, 0, imu.size(), ics)
        .orElseThrow();
    assertEquals(ics.length - 2, byIcs.strideCount());
    // the same autocorrelation; harmonic ratios over other windows (measured V 6.53 vs 5.63)
    assertEquals(byAcf.stepRegularityVertical(), byIcs.stepRegularityVertical(), 0);
    assertEquals(byAcf.harmonicRatioVertical(), byIcs.harmonicRatioVertical(),
        0.2 * byAcf.harmonicRatioVertical());
    assertEquals(byAcf.harmonicRatioAnteroposterior(), byIcs.harmonicRatioAnteroposterior(),
        0.1 * byAcf.harmonicRatioAnteroposterior());
    // contacts outside the range are ignored
    TrunkGaitQuality half = TrunkRegularity.withDefaults().estimate(imu, 0, imu.size() / 2, ics)
        .orElseThrow();
    assertTrue(half.strideCount() < byIcs.strideCount() / 2 + 1, half.toString());
  }

  static final double HZ = 100;

  /**
   * One stride of 100 samples (1 s) at 100 Hz, in the mobgap frame (x up, y right, z forward):
   * vertical {@code 2 sin 2ωt + sin ωt}, AP {@code cos 2ωt + 0.25 cos 4ωt + 0.5 cos ωt}, ML
   * {@code sin ωt + 0.25 sin 2ωt}, rotated by {@code rot} (rows: sensor axes in body axes).
   */
  static ImuStream synthetic(double seconds, double[][] rot) {
    int n = (int) Math.round(seconds * HZ);
    double[][] s = new double[3][n];
    for (int i = 0; i < n; i++) {
      double w = 2 * Math.PI * i / HZ;
      double[] body = {9.81 + 2 * Math.sin(2 * w) + Math.sin(w),
          Math.sin(w) + 0.25 * Math.sin(2 * w),
          Math.cos(2 * w) + 0.25 * Math.cos(4 * w) + 0.5 * Math.cos(w)};
      for (int a = 0; a < 3; a++) {
        s[a][i] = rot[a][0] * body[0] + rot[a][1] * body[1] + rot[a][2] * body[2];
      }
    }
    Vector3Series acc = Vector3Series.of("acc", SamplingRate.ofHz(HZ),
        Unit.METRE_PER_SECOND_SQUARED, Frame.SENSOR, s[0], s[1], s[2]);
    return ImuStream.builder("synthetic", BodyLocation.LOWER_BACK).accelerometer(acc).build();
  }

  static final double[][] IDENTITY = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

  @Test
  void sinusoidsGiveTheirKnownRatiosAndCorrelations() {
    double c = Math.cos(0.4);
    double sn = Math.sin(0.4);
    for (double[][] rot : new double[][][] {IDENTITY, {{c, sn, 0}, {-sn, c, 0}, {0, 0, 1}},
        {{1, 0, 0}, {0, c, sn}, {0, -sn, c}}}) {
      ImuStream imu = synthetic(60, rot);
      TrunkGaitQuality q = quality(imu);
      // harmonic amplitudes: V even 2 / odd 1; AP even 1 + 0.25 / odd 0.5; ML odd 1 / even 0.25
      // (windows of the refined stride lag, 100.01 samples, drift by a hundredth of a sample)
      assertEquals(2.0, q.harmonicRatioVertical(), 0.01, q.toString());
      assertEquals(2.5, q.harmonicRatioAnteroposterior(), 0.01, q.toString());
      assertEquals(4.0, q.harmonicRatioMediolateral(), 0.02, q.toString());
      // autocorrelation of Σ a_k sin(kωt): Σ a_k² cos(kωm) / Σ a_k²; half a stride: (4 - 1) / 5
      assertEquals(0.6, q.stepRegularityVertical(), 0.01, q.toString());
      assertEquals(1.0, q.strideRegularityVertical(), 0.01, q.toString());
      // AP: (1 + 0.0625 - 0.25) / (1 + 0.0625 + 0.25)
      assertEquals(0.8125 / 1.3125, q.stepRegularityAnteroposterior(), 0.01, q.toString());
      assertEquals(0.6, q.symmetryVertical(), 0.01);
      assertEquals(0.5, q.stepPeriodS(), 1e-3);
      assertTrue(q.strideCount() >= 59, q.toString());
      int[] ics = new int[120];
      for (int k = 0; k < ics.length; k++) {
        ics[k] = 50 * k;
      }
      TrunkGaitQuality byIcs = TrunkRegularity.withDefaults().estimate(imu, 0, imu.size(), ics)
          .orElseThrow();
      assertEquals(118, byIcs.strideCount());
      // a stride starting at half a stride turns sin into -sin: the amplitudes stay
      assertEquals(2.0, byIcs.harmonicRatioVertical(), 1e-9);
      assertEquals(2.5, byIcs.harmonicRatioAnteroposterior(), 1e-9);
      assertEquals(4.0, byIcs.harmonicRatioMediolateral(), 1e-9);
    }
  }

  @Test
  void fewerHarmonicsCountOnlyThose() {
    int[] ics = {0, 50, 100, 150, 200, 250, 300};
    TrunkGaitQuality q = TrunkRegularity.of(TrunkRegularityConfig.defaults().withHarmonics(3))
        .estimate(synthetic(20, IDENTITY), 0, 2000, ics).orElseThrow();
    // AP harmonic 4 (0.25) is left out: 1 / 0.5
    assertEquals(5, q.strideCount());
    assertEquals(2.0, q.harmonicRatioAnteroposterior(), 1e-9);
  }

  @Test
  void standingStillIsNotWalking() {
    Random r = new Random(3);
    int n = 3000;
    double[] x = new double[n];
    double[] y = new double[n];
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 9.81 + 0.05 * r.nextGaussian();
      y[i] = 0.05 * r.nextGaussian();
      z[i] = 0.05 * r.nextGaussian();
    }
    ImuStream still = ImuStream.builder("still", BodyLocation.LOWER_BACK).accelerometer(
        Vector3Series.of("acc", SamplingRate.ofHz(HZ), Unit.METRE_PER_SECOND_SQUARED,
            Frame.SENSOR, x, y, z)).build();
    assertEquals(Optional.empty(), TrunkRegularity.withDefaults().estimate(still, 0, n));
  }

  @Test
  void inputIsNotModifiedAndResultsRepeat() {
    ImuStream imu = back(Default.WALK_DEFAULT);
    double[] x = imu.accelerometer().orElseThrow().x();
    double[] z = imu.accelerometer().orElseThrow().z();
    TrunkGaitQuality a = quality(imu);
    TrunkGaitQuality b = quality(imu);
    assertEquals(a, b);
    assertArrayEquals(x, imu.accelerometer().orElseThrow().x());
    assertArrayEquals(z, imu.accelerometer().orElseThrow().z());
    int[] ics = {100, 155, 210, 265, 320};
    int[] copy = ics.clone();
    TrunkRegularity.withDefaults().estimate(imu, 0, imu.size(), ics);
    assertArrayEquals(copy, ics);
  }

  @Test
  void sliceGivesTheSameAsRange() {
    ImuStream imu = back(Default.WALK_DEFAULT);
    TrunkGaitQuality range = TrunkRegularity.withDefaults().estimate(imu, 500, 2500)
        .orElseThrow();
    TrunkGaitQuality slice = quality(imu.slice(500, 2500));
    assertEquals(range, slice);
  }

  @Test
  void errorsNameTheProblem() {
    ImuStream imu = synthetic(20, IDENTITY);
    IllegalArgumentException shortRange = assertThrows(IllegalArgumentException.class,
        () -> TrunkRegularity.withDefaults().estimate(imu, 0, 400));
    assertTrue(shortRange.getMessage().contains("too short"), shortRange.getMessage());
    assertTrue(shortRange.getMessage().contains("4.80 s"), shortRange.getMessage());
    IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
        () -> TrunkRegularity.withDefaults().estimate(imu, 0, 2001));
    assertTrue(outside.getMessage().contains("2000 samples"), outside.getMessage());
    IllegalArgumentException unordered = assertThrows(IllegalArgumentException.class,
        () -> TrunkRegularity.withDefaults().estimate(imu, 0, 2000, new int[] {0, 50, 50}));
    assertTrue(unordered.getMessage().contains("ics must increase"), unordered.getMessage());
    IllegalArgumentException noStride = assertThrows(IllegalArgumentException.class,
        () -> TrunkRegularity.withDefaults().estimate(imu, 0, 2000, new int[] {0, 50}));
    assertTrue(noStride.getMessage().contains("no stride"), noStride.getMessage());
    ImuStream gyroOnly = ImuStream.builder("g", BodyLocation.LOWER_BACK).gyroscope(
        Vector3Series.of("g", SamplingRate.ofHz(HZ), Unit.DEGREE_PER_SECOND, Frame.SENSOR,
            new double[600], new double[600], new double[600])).build();
    IllegalArgumentException noAcc = assertThrows(IllegalArgumentException.class,
        () -> TrunkRegularity.withDefaults().estimate(gyroOnly, 0, 600));
    assertTrue(noAcc.getMessage().contains("accelerometer"), noAcc.getMessage());
    double[] x = new double[600];
    java.util.Arrays.fill(x, 9.81);
    x[300] = Double.NaN;
    ImuStream gap = ImuStream.builder("n", BodyLocation.LOWER_BACK).accelerometer(
        Vector3Series.of("a", SamplingRate.ofHz(HZ), Unit.METRE_PER_SECOND_SQUARED, Frame.SENSOR,
            x, new double[600], new double[600])).build();
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> TrunkRegularity.withDefaults().estimate(gap, 0, 600));
    assertTrue(nan.getMessage().contains("sample 300"), nan.getMessage());
    IllegalArgumentException cfg = assertThrows(IllegalArgumentException.class,
        () -> TrunkRegularityConfig.defaults().withStepS(1.0, 0.5));
    assertTrue(cfg.getMessage().contains("minStepS (1.0)"), cfg.getMessage());
  }
}
