package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.gait4j.dsp.Butterworth;
import org.gait4j.internal.VerticalProjection;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.WalkParameters;
import org.gait4j.testing.SimulatedSeeds;
import org.junit.jupiter.api.Test;

/**
 * {@link LowerBackWalkingBoutStream} against the batch {@link LowerBackWalkingBoutDetector}: the
 * same bouts, to the sample, on simulated walks between stretches of standing (random speed,
 * cadence, noise, lengths, 100 or 200 Hz) and on the 9 Mobilise-D recordings; every bout within
 * {@code latencySamples()}; any block split gives the same bouts after the same samples.
 */
class LowerBackWalkingBoutStreamTest {
  private static final LowerBackWalkingBoutDetector DETECTOR =
      LowerBackWalkingBoutDetector.withDefaults();

  /** Bouts and the last pushed sample at delivery (-1: by flush). */
  record Run(List<WalkingBout> bouts, List<Integer> at, int forced) {
    int maxDelay() {
      int d = -1;
      for (int k = 0; k < bouts.size(); k++) {
        if (at.get(k) >= 0) {
          d = Math.max(d, at.get(k) - (bouts.get(k).endIndex() - 1));
        }
      }
      return d;
    }
  }

  /** Streams six channels (m/s², deg/s) in random blocks ({@code blockSeed} 0: one by one). */
  static Run run(LowerBackWalkingBoutDetector det, double[][] c, SamplingRate rate,
      long blockSeed) {
    List<WalkingBout> bouts = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    LowerBackWalkingBoutStream[] holder = new LowerBackWalkingBoutStream[1];
    LowerBackWalkingBoutStream s = det.newStream(rate, b -> {
      bouts.add(b);
      at.add(holder[0].isFlushed() ? -1 : holder[0].samplesPushed() - 1);
    });
    holder[0] = s;
    int n = c[0].length;
    if (blockSeed == 0) {
      for (int i = 0; i < n; i++) {
        s.push(c[0][i], c[1][i], c[2][i], c[3][i], c[4][i], c[5][i]);
      }
    } else {
      SplittableRandom r = new SplittableRandom(blockSeed);
      for (int i = 0; i < n; ) {
        int len = Math.min(n - i, r.nextInt(0, 2000));
        s.push(c[0], c[1], c[2], c[3], c[4], c[5], i, i + len);
        i += len;
      }
    }
    s.flush();
    return new Run(bouts, at, s.forcedDecisions());
  }

  /** Six channels as an IMU stream: m/s² and deg/s, sensor frame. */
  static ImuStream imu(double[][] c, SamplingRate rate) {
    return ImuStream.of("test", BodyLocation.LOWER_BACK,
        Vector3Series.of("acc", rate, Unit.METRE_PER_SECOND_SQUARED, Frame.SENSOR, c[0], c[1],
            c[2]),
        Vector3Series.of("gyr", rate, Unit.DEGREE_PER_SECOND, Frame.SENSOR, c[3], c[4], c[5]));
  }

  /** A simulated lower-back walk (mobgap frame, x up), m/s² and deg/s. */
  static ImuStream simulated(double seconds, long seed, double speed, double cadence,
      double noise, double hz) {
    return GaitSimulator.of(WalkParameters.defaults().withDurationS(seconds).withSeed(seed)
            .withSpeedMps(speed).withCadenceStepsPerMin(cadence),
        SensorOptions.defaults().withImuRateHz(hz).withAccNoiseSdMps2(noise)
            .withOutputs(SimOutput.LOWER_BACK_IMU))
        .simulate().trial().imu(BodyLocation.LOWER_BACK).orElseThrow();
  }

  /**
   * Quiet standing at {@code hz}: 9.81 m/s² on x (up in the mobgap frame), 0.03 m/s² of noise on
   * every accelerometer axis, 0.3 deg/s on the gyroscope.
   */
  static double[][] still(double seconds, double hz, Random r) {
    int n = (int) Math.round(seconds * hz);
    double[][] s = new double[6][n];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < 6; c++) {
        s[c][i] = (c == 0 ? 9.81 : 0) + (c < 3 ? 0.03 : 0.3) * r.nextGaussian();
      }
    }
    return s;
  }

  static double[][] concat(List<double[][]> parts) {
    int n = parts.stream().mapToInt(p -> p[0].length).sum();
    double[][] s = new double[6][n];
    int at = 0;
    for (double[][] p : parts) {
      for (int c = 0; c < 6; c++) {
        System.arraycopy(p[c], 0, s[c], at, p[c].length);
      }
      at += p[0].length;
    }
    return s;
  }

  /** Checks stream against batch on {@code c}; returns the one-by-one run. */
  static Run check(double[][] c, SamplingRate rate, String what) {
    List<WalkingBout> batch = DETECTOR.detect(imu(c, rate));
    Run one = run(DETECTOR, c, rate, 0);
    assertEquals(batch, one.bouts(), what);
    assertEquals(0, one.forced(), what + ": forced decisions");
    LowerBackWalkingBoutStream probe = DETECTOR.newStream(rate, b -> { });
    assertTrue(one.maxDelay() <= probe.latencySamples(), what + ": delay " + one.maxDelay()
        + " > " + probe.latencySamples());
    Run blocks = run(DETECTOR, c, rate, c[0].length);
    assertEquals(one, blocks, what + ": block sizes");
    return one;
  }

  @Test
  void latencyAtTheDefaults() {
    LowerBackWalkingBoutStream s = DETECTOR.newStream(SamplingRate.ofHz(100), b -> { });
    // M: the 0.5-3 Hz band-pass's impulse response is last at or above 1e-10 of its peak at
    // sample 2429 (SciPy 1.10: sosfilt of butter(4, [0.5, 3], 'band', fs=100, output='sos'))
    assertEquals(2430, s.settleSamples());
    // W 901 (reach 2 x padding 0 + 1 + max break 300, + 3 further steps of S 150, + C 150)
    // + M 2430 + B 608 + h 100 - 1 - padding 0
    assertEquals(4038, s.latencySamples());
  }

  @Test
  void walksBetweenStandingGiveTheBatchBoutsInTime() {
    double hz = 100;
    Random r = new Random(7);
    double[][] c = concat(List.of(still(10, hz, r),
        LowerBackWalkingBoutDetectorTest.channels(simulated(20, 1, 1.2, 110, 0.1, hz)),
        still(8, hz, r),
        LowerBackWalkingBoutDetectorTest.channels(simulated(12, 2, 1.0, 100, 0.1, hz)),
        still(60, hz, r)));
    Run one = check(c, SamplingRate.ofHz(hz), "two walks");
    assertEquals(2, one.bouts().size(), one.toString());
    assertTrue(one.at().get(0) >= 0 && one.at().get(1) >= 0, "not delivered live: " + one);
    assertTrue(one.maxDelay() > 3000, "delay " + one.maxDelay()); // the bound is nearly reached
  }

  @Property(tries = 8, seed = SimulatedSeeds.SEED)
  void streamGivesTheBatchBoutsOnRandomWalks(
      @ForAll @LongRange(min = 0, max = 1000) long seed,
      @ForAll @DoubleRange(min = 0.7, max = 1.6) double speed,
      @ForAll @DoubleRange(min = 85, max = 125) double cadence,
      @ForAll @DoubleRange(min = 0, max = 0.3) double noise,
      @ForAll @DoubleRange(min = 6, max = 25) double walkS,
      @ForAll @DoubleRange(min = 0.5, max = 20) double pauseS,
      @ForAll @IntRange(min = 0, max = 1) int highRate) {
    double hz = highRate == 1 ? 200 : 100;
    Random r = new Random(seed);
    double[][] c = concat(List.of(still(3, hz, r),
        LowerBackWalkingBoutDetectorTest.channels(simulated(walkS, seed, speed, cadence, noise,
            hz)),
        still(pauseS, hz, r),
        LowerBackWalkingBoutDetectorTest.channels(simulated(0.6 * walkS, seed + 1, speed, cadence,
            noise, hz)),
        still(40, hz, r)));
    Run one = check(c, SamplingRate.ofHz(hz), "seed " + seed);
    assertFalse(one.bouts().isEmpty(), "no bout");
  }

  @Test
  void streamGivesTheBatchBoutsOnMobgapRecordings() throws IOException {
    int bouts = 0;
    double worst = 0;
    for (MobgapLowerBack m : MobgapLowerBack.all()) {
      bouts += check(m.channels(), MobgapLowerBack.RATE, m.name()).bouts().size();
      worst = Math.max(worst, zeroPhaseDifference(m.channels(), m.imu()));
    }
    System.out.printf("bout stream on mobgap: %d bouts identical to batch; zero-phase signal "
        + "differs by %.2g of its range at most%n", bouts, worst);
    assertTrue(bouts >= 15, bouts + " bouts");
    assertTrue(worst < 1e-9, "zero-phase difference " + worst);
  }

  /** Largest |stream - batch| of the band-passed vertical acceleration, over its range. */
  static double zeroPhaseDifference(double[][] c, ImuStream imu) {
    WalkingBoutConfig cfg = DETECTOR.config();
    double[] z = VerticalProjection.verticalAcceleration(imu.accelerometer().orElseThrow(),
        cfg.gravityWindowS(), 0, imu.size());
    Butterworth.bandPass(4, cfg.bandLowHz(), cfg.bandHighHz(), imu.rate()).filterZeroPhase(z, z);
    double[] s = new double[z.length];
    LowerBackWalkingBoutStream stream = DETECTOR.newStream(imu.rate(), b -> { });
    stream.tap = (i, v) -> s[i] = v;
    stream.push(c[0], c[1], c[2], c[3], c[4], c[5], 0, z.length);
    stream.flush();
    double range = 0;
    double diff = 0;
    for (int i = 0; i < z.length; i++) {
      range = Math.max(range, Math.abs(z[i]));
      diff = Math.max(diff, Math.abs(z[i] - s[i]));
    }
    return diff / range;
  }

  @Test
  void shortInputGivesNothingAndBadInputIsRejected() {
    double[][] c = still(0.5, 100, new Random(1));
    assertEquals(List.of(), run(DETECTOR, c, SamplingRate.ofHz(100), 0).bouts());
    LowerBackWalkingBoutStream s = DETECTOR.newStream(SamplingRate.ofHz(100), b -> { });
    assertThrows(IllegalArgumentException.class, () -> s.push(Double.NaN, 0, 9.81, 0, 0, 0));
    s.flush();
    s.flush();
    assertTrue(s.isFlushed());
    assertThrows(IllegalStateException.class, () -> s.push(9.81, 0, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class,
        () -> DETECTOR.newStream(SamplingRate.ofHz(5), b -> { }));
  }

  @Test
  void batchProjectionIsTheFormerOneToRounding() {
    // VerticalProjection runs through VerticalStream, which projects on the window sum (one
    // square root and one division per sample): the former per-channel means (git 089292f)
    // give the same values to rounding
    double hz = 100;
    ImuStream w = simulated(6, 3, 1.2, 110, 0.1, hz);
    Vector3Series a = w.accelerometer().orElseThrow();
    double[] v = VerticalProjection.verticalAcceleration(a, 2.0, 0, a.size());
    double[] ref = formerProjection(a.x(), a.y(), a.z(), 100);
    for (int i = 0; i < v.length; i++) {
      assertEquals(ref[i], v[i], 1e-13 * (1 + Math.abs(ref[i])), "sample " + i);
    }
  }

  /** The projection as VerticalProjection computed it before VerticalStream (m/s² input). */
  private static double[] formerProjection(double[] x, double[] y, double[] z, int h) {
    int n = x.length;
    double[][] in = {x, y, z};
    double[][] mean = new double[3][n];
    for (int c = 0; c < 3; c++) {
      double sum = 0;
      int lo = 0;
      int hi = 0;
      for (int i = 0; i < n; i++) {
        int wantHi = Math.min(n, i + h + 1);
        int wantLo = Math.max(0, i - h);
        while (hi < wantHi) {
          sum += in[c][hi++];
        }
        while (lo < wantLo) {
          sum -= in[c][lo++];
        }
        mean[c][i] = sum / (hi - lo);
      }
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double mx = mean[0][i];
      double my = mean[1][i];
      double mz = mean[2][i];
      double norm = Math.sqrt(mx * mx + my * my + mz * mz);
      double dot = (x[i] * mx + y[i] * my + z[i] * mz) / norm;
      out[i] = (dot - norm) * 1.0;
    }
    return out;
  }

  @Test
  void pushingAllocatesNothingPerSample() {
    double hz = 100;
    Random r = new Random(3);
    double[][] c = concat(List.of(still(5, hz, r),
        LowerBackWalkingBoutDetectorTest.channels(simulated(20, 4, 1.2, 110, 0.1, hz)),
        still(15, hz, r)));
    List<WalkingBout> sinkList = new ArrayList<>(1000);
    LowerBackWalkingBoutStream s = DETECTOR.newStream(SamplingRate.ofHz(hz), sinkList::add);
    int n = c[0].length;
    double perSample = AllocationProbe.bytesPerSample(() -> {
      for (int i = 0; i < n; i++) {
        s.push(c[0][i], c[1][i], c[2][i], c[3][i], c[4][i], c[5][i]);
      }
    }, 8, n);
    System.out.println("bout stream: " + perSample + " B/sample, " + sinkList.size() + " bouts");
    assertTrue(sinkList.size() >= 4, sinkList.toString());
    assertTrue(perSample < 0.5, perSample + " B/sample"); // one WalkingBout per bout
  }
}
