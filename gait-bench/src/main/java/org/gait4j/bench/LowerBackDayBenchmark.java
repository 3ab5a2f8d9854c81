package org.gait4j.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gait4j.analysis.BoutSummary;
import org.gait4j.analysis.GaitAnalysis;
import org.gait4j.analysis.GaitReport;
import org.gait4j.analysis.LowerBackBoutAnalysis;
import org.gait4j.analysis.LowerBackBoutStream;
import org.gait4j.analysis.Modality;
import org.gait4j.events.LowerBackIcDetector;
import org.gait4j.events.LowerBackWalkingBoutDetector;
import org.gait4j.events.WalkingBout;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Subject;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;
import org.gait4j.params.BoutCadence;
import org.gait4j.params.InvertedPendulumStrideLength;
import org.gait4j.params.StrideSpatial;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.WalkParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole lower-back pipeline on 24 h of 100 Hz six-axis data (8,640,000 samples): walking
 * bouts ({@link LowerBackWalkingBoutDetector}), initial contacts per bout ({@link
 * LowerBackIcDetector#detect(ImuStream, int, int)}), cadence per bout ({@link BoutCadence}) and
 * inverted-pendulum stride length per bout (pendulum 1.0 m); the same through {@link
 * GaitAnalysis} ({@link Modality#LOWER_BACK_IMU}, subject 1.75 m); and bout by bout through
 * {@link LowerBackBoutAnalysis}, in memory and streamed. Bound: under 1 s on one core (the first
 * two).
 *
 * <p>The day is a 10-minute segment tiled 144 times: 2 minutes of a simulated walk (lower-back
 * IMU only, mobgap frame) then 8 minutes of quiet standing (+9.81 m/s² on x, white noise of 0.05
 * m/s² and 0.5 deg/s). Built once per fork.
 *
 * <p>Run: {@code java -jar gait-bench/target/gait-bench.jar LowerBackDayBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class LowerBackDayBenchmark {
  private static final SamplingRate RATE = SamplingRate.ofHz(100);
  private static final int WALK_SAMPLES = 2 * 60 * 100;
  private static final int SEGMENT_SAMPLES = 10 * 60 * 100;
  static final int SEGMENTS = 144;
  private static final double PENDULUM_M = 1.0;
  private static final double MAX_STRIDE_S = 3.0;

  private ImuStream imu;
  private double[][] channels; // acc x, y, z (m/s²), gyro x, y, z (deg/s): what the stream takes
  private Trial trial;
  private GaitAnalysis lowerBackAnalysis;

  /** What {@link #stages()} returns: enough that nothing is dead code. */
  public record DayResult(int bouts, double[] cadence, GaitEvents ics,
      List<StrideSpatial> spatial) {}

  /**
   * The 10-minute segment the day tiles: 2 minutes of simulated walk, then 8 minutes of quiet
   * standing; rows acc x, y, z (m/s²), gyro x, y, z (deg/s).
   */
  static double[][] segment() {
    ImuStream walk = GaitSimulator.of(WalkParameters.defaults().withDurationS(120.0),
        SensorOptions.defaults().withOutputs(SimOutput.LOWER_BACK_IMU)).simulate().trial()
        .imu(BodyLocation.LOWER_BACK).orElseThrow();
    if (walk.size() != WALK_SAMPLES || !walk.rate().equals(RATE)) {
      throw new IllegalStateException("unexpected simulated walk " + walk);
    }
    Vector3Series wa = walk.accelerometer().orElseThrow().inUnit(Unit.METRE_PER_SECOND_SQUARED);
    Vector3Series wg = walk.gyroscope().orElseThrow().inUnit(Unit.DEGREE_PER_SECOND);
    double[][] walked = {wa.x(), wa.y(), wa.z(), wg.x(), wg.y(), wg.z()};
    double[][] seg = new double[6][SEGMENT_SAMPLES];
    // one 8-minute standing stretch
    SplittableRandom rnd = new SplittableRandom(42);
    for (int i = WALK_SAMPLES; i < SEGMENT_SAMPLES; i++) {
      for (int a = 0; a < 3; a++) {
        seg[a][i] = (a == 0 ? 9.80665 : 0.0) + 0.05 * rnd.nextGaussian();
        seg[3 + a][i] = 0.5 * rnd.nextGaussian();
      }
    }
    for (int c = 0; c < 6; c++) {
      System.arraycopy(walked[c], 0, seg[c], 0, WALK_SAMPLES);
    }
    return seg;
  }

  @Setup(Level.Trial)
  public void setUp() {
    double[][] seg = segment();
    int n = SEGMENT_SAMPLES * SEGMENTS;
    double[][] acc = new double[3][n];
    double[][] gyr = new double[3][n];
    for (int s = 0; s < SEGMENTS; s++) {
      int off = s * SEGMENT_SAMPLES;
      for (int a = 0; a < 3; a++) {
        System.arraycopy(seg[a], 0, acc[a], off, SEGMENT_SAMPLES);
        System.arraycopy(seg[3 + a], 0, gyr[a], off, SEGMENT_SAMPLES);
      }
    }
    channels = new double[][] {acc[0], acc[1], acc[2], gyr[0], gyr[1], gyr[2]};
    Vector3Series da = Vector3Series.of("acc", RATE, Unit.METRE_PER_SECOND_SQUARED,
        Frame.SENSOR, acc[0], acc[1], acc[2]);
    acc = null;
    Vector3Series dg = Vector3Series.of("gyr", RATE, Unit.DEGREE_PER_SECOND, Frame.SENSOR,
        gyr[0], gyr[1], gyr[2]);
    gyr = null;
    imu = ImuStream.builder("lower_back_day", BodyLocation.LOWER_BACK).accelerometer(da)
        .gyroscope(dg).build();
    trial = Trial.builder("24 h lower back, tiled").subject(Subject.withId("day")
        .withHeightM(1.75)).addImu(imu).build();
    lowerBackAnalysis = GaitAnalysis.withDefaults().withPreference(Modality.LOWER_BACK_IMU);
    DayResult r = stages();
    double meanCadence = 0;
    int k = 0;
    for (double c : r.cadence()) {
      if (!Double.isNaN(c)) {
        meanCadence += c;
        k++;
      }
    }
    System.out.printf(Locale.ROOT, "%n%d samples (%.1f h); %d bouts, %d initial contacts, "
        + "%d strides with length; mean bout cadence %.1f steps/min%n", imu.size(),
        imu.durationS() / 3600, r.bouts(), r.ics().size(), r.spatial().size(),
        meanCadence / Math.max(1, k));
  }

  /** The stages called one by one; stride length bout by bout, as {@link GaitAnalysis} does. */
  @Benchmark
  public DayResult stages() {
    List<WalkingBout> bouts = LowerBackWalkingBoutDetector.withDefaults().detect(imu);
    LowerBackIcDetector ic = LowerBackIcDetector.withDefaults();
    InvertedPendulumStrideLength pendulum = InvertedPendulumStrideLength.withDefaults();
    double[] cadence = new double[bouts.size()];
    List<GaitEvent> all = new ArrayList<>();
    List<StrideSpatial> spatial = new ArrayList<>();
    for (int b = 0; b < bouts.size(); b++) {
      WalkingBout bout = bouts.get(b);
      GaitEvents e = ic.initialContacts(imu, bout.startIndex(), bout.endIndex());
      cadence[b] = BoutCadence.fromStrides(e, MAX_STRIDE_S);
      all.addAll(e.list());
      spatial.addAll(pendulum.estimate(imu, e, PENDULUM_M));
    }
    return new DayResult(bouts.size(), cadence, GaitEvents.of(RATE, all), spatial);
  }

  /** {@code LowerBackBoutAnalysis.of(1.0).analyze(imu)}: the stages bout by bout, summarised. */
  @Benchmark
  public List<BoutSummary> boutAnalysis() {
    return LowerBackBoutAnalysis.of(PENDULUM_M).analyze(imu);
  }

  /**
   * The same day pushed into {@link LowerBackBoutAnalysis#newStream} in blocks of 10 000 samples
   * (the streaming bout detector, a bounded ring, the same summaries).
   */
  @Benchmark
  public List<BoutSummary> boutAnalysisStream() {
    List<BoutSummary> out = new ArrayList<>();
    LowerBackBoutStream s = LowerBackBoutAnalysis.of(PENDULUM_M).newStream(RATE, out::add);
    int n = channels[0].length;
    for (int i = 0; i < n; i += 10_000) {
      s.push(channels[0], channels[1], channels[2], channels[3], channels[4], channels[5], i,
          Math.min(n, i + 10_000));
    }
    s.flush();
    return out;
  }

  /** {@code GaitAnalysis.withDefaults().withPreference(LOWER_BACK_IMU).analyze(trial)}. */
  @Benchmark
  public GaitReport gaitAnalysis() {
    return lowerBackAnalysis.analyze(trial);
  }
}
