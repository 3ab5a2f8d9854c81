package org.gait4j.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.gait4j.events.LowerBackIcDetector;
import org.gait4j.events.LowerBackWalkingBoutDetector;
import org.gait4j.events.WalkingBout;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;
import org.gait4j.params.BoutCadence;
import org.gait4j.params.InvertedPendulumStrideLength;
import org.gait4j.params.StrideSpatial;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.WalkParameters;
import org.gait4j.testing.SimulatedSeeds;
import org.junit.jupiter.api.Test;

/**
 * {@link LowerBackBoutAnalysis} in memory and streamed, on an hour of simulated daily life:
 * simulated lower-back walks (mobgap frame, m/s² and deg/s) between stretches of quiet standing.
 */
class LowerBackBoutAnalysisTest {
  private static final SamplingRate RATE = SamplingRate.ofHz(100);
  private static final double PENDULUM_M = 1.0;

  /** Simulated once for the class (the simulator takes about 1 s per 10 s of walk). */
  private static final class Data {
    static final double[][] W45 = channels(walk(45, 1));
    static final double[][] W30 = channels(walk(30, 2));
    static final double[][] W200 = channels(walk(200, 3));
    static final ImuStream HOUR = hour();
  }

  static ImuStream walk(double seconds, long seed) {
    return GaitSimulator.of(WalkParameters.defaults().withDurationS(seconds).withSeed(seed),
        SensorOptions.defaults().withImuRateHz(RATE.hz()).withOutputs(SimOutput.LOWER_BACK_IMU))
        .simulate().trial().imu(BodyLocation.LOWER_BACK).orElseThrow();
  }

  static double[][] channels(ImuStream imu) {
    Vector3Series a = imu.accelerometer().orElseThrow().inUnit(Unit.METRE_PER_SECOND_SQUARED);
    Vector3Series g = imu.gyroscope().orElseThrow().inUnit(Unit.DEGREE_PER_SECOND);
    return new double[][] {a.x(), a.y(), a.z(), g.x(), g.y(), g.z()};
  }

  /** Quiet standing: gravity on x (up in the mobgap frame) plus white noise. */
  static double[][] still(double seconds, SplittableRandom r) {
    int n = RATE.samples(seconds);
    double[][] s = new double[6][n];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < 6; c++) {
        s[c][i] = (c == 0 ? 9.80665 : 0) + (c < 3 ? 0.05 : 0.5) * r.nextGaussian();
      }
    }
    return s;
  }

  /**
   * One hour: twelve 5-minute segments, each a 45 s or 30 s walk (or two 30 s walks 2 s apart,
   * which the bout detector joins or keeps apart by its rules) then standing.
   */
  static ImuStream hour() {
    SplittableRandom r = new SplittableRandom(Long.parseLong(SimulatedSeeds.SEED));
    List<double[][]> parts = new ArrayList<>();
    for (int s = 0; s < 12; s++) {
      double walked;
      if (s % 3 == 0) {
        parts.add(Data.W45);
        walked = 45;
      } else if (s % 3 == 1) {
        parts.add(Data.W30);
        walked = 30;
      } else {
        parts.add(Data.W30);
        parts.add(still(2, r));
        parts.add(Data.W30);
        walked = 62;
      }
      parts.add(still(300 - walked, r));
    }
    return join(parts);
  }

  static ImuStream join(List<double[][]> parts) {
    int n = parts.stream().mapToInt(p -> p[0].length).sum();
    double[][] s = new double[6][n];
    int at = 0;
    for (double[][] p : parts) {
      for (int c = 0; c < 6; c++) {
        System.arraycopy(p[c], 0, s[c], at, p[c].length);
      }
      at += p[0].length;
    }
    return ImuStream.builder("lower_back", BodyLocation.LOWER_BACK)
        .accelerometer(Vector3Series.of("acc", RATE, Unit.METRE_PER_SECOND_SQUARED,
            Frame.SENSOR, s[0], s[1], s[2]))
        .gyroscope(Vector3Series.of("gyr", RATE, Unit.DEGREE_PER_SECOND, Frame.SENSOR, s[3],
            s[4], s[5]))
        .build();
  }

  /** Pushes {@code imu} in blocks of pseudo-random sizes (1 to 5000 samples), then flushes. */
  static List<BoutSummary> stream(LowerBackBoutAnalysis a, ImuStream imu) {
    List<BoutSummary> out = new ArrayList<>();
    LowerBackBoutStream s = a.newStream(imu.rate(), out::add);
    double[][] c = channels(imu);
    SplittableRandom r = new SplittableRandom(7);
    for (int from = 0; from < imu.size(); ) {
      int to = Math.min(imu.size(), from + 1 + r.nextInt(5000));
      s.push(c[0], c[1], c[2], c[3], c[4], c[5], from, to);
      from = to;
    }
    s.flush();
    return out;
  }

  /**
   * The stages of gait-bench's {@code LowerBackDayBenchmark.stages()} one by one, bout by bout:
   * batch bouts, initial contacts per bout, stride cadence (strides up to 3 s), pendulum stride
   * length per bout over the whole recording.
   */
  static List<BoutSummary> stages(ImuStream imu) {
    List<BoutSummary> out = new ArrayList<>();
    for (WalkingBout b : LowerBackWalkingBoutDetector.withDefaults().detect(imu)) {
      GaitEvents e = LowerBackIcDetector.withDefaults().detect(imu, b.startIndex(), b.endIndex())
          .filter(x -> x.type() == GaitEventType.INITIAL_CONTACT);
      double cadence = BoutCadence.fromStrides(e, 3.0);
      List<StrideSpatial> spatial = InvertedPendulumStrideLength.withDefaults().estimate(imu, e,
          PENDULUM_M);
      double[] strides = spatial.stream().filter(s -> s.strideLengthM().isPresent())
          .mapToDouble(s -> s.strideLengthM().getAsDouble()).toArray();
      double sum = 0;
      for (double x : strides) {
        sum += x;
      }
      out.add(new BoutSummary(b, b.startIndex(), b.endIndex(), e,
          Double.isNaN(cadence) ? OptionalDouble.empty() : OptionalDouble.of(cadence),
          strides.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / strides.length),
          strides.length));
    }
    return out;
  }

  @Test
  void anHourStreamedGivesTheInMemoryPipelinesSummariesExactly() {
    ImuStream hour = Data.HOUR;
    LowerBackBoutAnalysis a = LowerBackBoutAnalysis.of(PENDULUM_M);
    List<BoutSummary> expected = stages(hour);
    // the walks are found: 12 segments, the double walks possibly as two bouts
    assertTrue(expected.size() >= 12 && expected.size() <= 16, expected.toString());
    for (BoutSummary s : expected) {
      assertTrue(s.initialContacts().size() > 40, s.toString());
      assertTrue(s.cadenceStepsPerMin().getAsDouble() > 80, s.toString());
      assertTrue(s.meanStrideLengthM().getAsDouble() > 0.8, s.toString());
    }
    assertEquals(expected, a.analyze(hour));
    assertEquals(expected, stream(a, hour));
  }

  @Test
  void longBoutsAreAnalysedInPiecesThatTileThemAndStreamTheSame() {
    // a 200 s walk between standing: longer than the stream's ring at 10 s pieces (164 s), so
    // its pieces must be analysed while the walk goes on
    SplittableRandom r = new SplittableRandom(Long.parseLong(SimulatedSeeds.SEED));
    ImuStream rec = join(List.of(still(60, r), Data.W200, still(60, r), Data.W45,
        still(60, r)));
    LowerBackBoutAnalysis a = LowerBackBoutAnalysis.of(PENDULUM_M).withMaxPieceS(10);
    List<BoutSummary> batch = a.analyze(rec);
    List<WalkingBout> bouts = LowerBackWalkingBoutDetector.withDefaults().detect(rec);
    assertEquals(2, bouts.size(), bouts.toString());
    int k = 0;
    for (WalkingBout b : bouts) {
      int at = b.startIndex();
      while (at < b.endIndex()) {
        BoutSummary s = batch.get(k++);
        assertEquals(b, s.bout());
        assertEquals(at, s.fromIndex());
        assertTrue(s.toIndex() - s.fromIndex() <= 1000, s.toString());
        assertTrue(s.toIndex() == b.endIndex() || s.toIndex() - s.fromIndex() == 1000);
        at = s.toIndex();
        if (s.toIndex() - s.fromIndex() == 1000) {
          // a full 10 s piece of walking: its contacts, cadence and strides
          assertTrue(s.initialContacts().size() >= 15, s.toString());
          assertTrue(s.strides() >= 10, s.toString());
        }
      }
      assertEquals(b.endIndex(), at);
    }
    assertEquals(k, batch.size());
    assertTrue(batch.size() >= 20, batch.toString()); // 200 s and 45 s in 10 s pieces
    assertEquals(batch, stream(a, rec));
    LowerBackBoutStream s = a.newStream(RATE, x -> { });
    assertTrue(s.bufferSamples() * 0.01 < 200, s.toString());
  }

  @Test
  void badSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> LowerBackBoutAnalysis.of(0));
    assertThrows(IllegalArgumentException.class,
        () -> LowerBackBoutAnalysis.of(1).withMaxPieceS(5));
    LowerBackBoutStream s = LowerBackBoutAnalysis.of(1).newStream(RATE, x -> { });
    s.flush();
    assertThrows(IllegalStateException.class, () -> s.push(9.81, 0, 0, 0, 0, 0));
  }
}
