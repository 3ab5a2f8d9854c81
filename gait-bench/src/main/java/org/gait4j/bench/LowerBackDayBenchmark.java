package org.gait4j.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gait4j.analysis.GaitAnalysis;
import org.gait4j.analysis.GaitReport;
import org.gait4j.analysis.Modality;
import org.gait4j.events.LowerBackIcDetector;
import org.gait4j.events.LowerBackWalkingBoutDetector;
import org.gait4j.events.WalkingBout;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
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
 * inverted-pendulum stride length per bout (pendulum 1.0 m); and the same through {@link GaitAnalysis}
 * ({@link Modality#LOWER_BACK_IMU}, subject 1.75 m). Bound: under 1 s on one core.
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
  private static final int SEGMENTS = 144;
  private static final double PENDULUM_M = 1.0;
  private static final double MAX_STEP_S = 3.0;

  private ImuStream imu;
  private Trial trial;
  private GaitAnalysis lowerBackAnalysis;

  /** What {@link #stages()} returns: enough that nothing is dead code. */
  public record DayResult(int bouts, double[] cadence, GaitEvents ics,
      List<StrideSpatial> spatial) {}

  @Setup(Level.Trial)
  public void setUp() {
    ImuStream walk = GaitSimulator.of(WalkParameters.defaults().withDurationS(120.0),
        SensorOptions.defaults().withOutputs(SimOutput.LOWER_BACK_IMU)).simulate().trial()
        .imu(BodyLocation.LOWER_BACK).orElseThrow();
    if (walk.size() != WALK_SAMPLES || !walk.rate().equals(RATE)) {
      throw new IllegalStateException("unexpected simulated walk " + walk);
    }
    Vector3Series wa = walk.accelerometer().orElseThrow().inUnit(Unit.METRE_PER_SECOND_SQUARED);
    Vector3Series wg = walk.gyroscope().orElseThrow().inUnit(Unit.DEGREE_PER_SECOND);
    int n = SEGMENT_SAMPLES * SEGMENTS;
    double[][] acc = new double[3][n];
    double[][] gyr = new double[3][n];
    double[][] wAcc = {wa.x(), wa.y(), wa.z()};
    double[][] wGyr = {wg.x(), wg.y(), wg.z()};
    // one 8-minute standing stretch, reused in every segment
    SplittableRandom rnd = new SplittableRandom(42);
    int still = SEGMENT_SAMPLES - WALK_SAMPLES;
    double[][] sAcc = new double[3][still];
    double[][] sGyr = new double[3][still];
    for (int i = 0; i < still; i++) {
      for (int a = 0; a < 3; a++) {
        sAcc[a][i] = (a == 0 ? 9.80665 : 0.0) + 0.05 * rnd.nextGaussian();
        sGyr[a][i] = 0.5 * rnd.nextGaussian();
      }
    }
    for (int s = 0; s < SEGMENTS; s++) {
      int off = s * SEGMENT_SAMPLES;
      for (int a = 0; a < 3; a++) {
        System.arraycopy(wAcc[a], 0, acc[a], off, WALK_SAMPLES);
        System.arraycopy(wGyr[a], 0, gyr[a], off, WALK_SAMPLES);
        System.arraycopy(sAcc[a], 0, acc[a], off + WALK_SAMPLES, still);
        System.arraycopy(sGyr[a], 0, gyr[a], off + WALK_SAMPLES, still);
      }
    }
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
      GaitEvents e = ic.detect(imu, bout.startIndex(), bout.endIndex())
          .filter(x -> x.type() == GaitEventType.INITIAL_CONTACT);
      int[] ics = e.stream().mapToInt(GaitEvent::sampleIndex).sorted().distinct().toArray();
      cadence[b] = BoutCadence.stepsPerMin(ics, RATE, MAX_STEP_S);
      all.addAll(e.list());
      spatial.addAll(pendulum.estimate(imu, e, PENDULUM_M));
    }
    return new DayResult(bouts.size(), cadence, GaitEvents.of(RATE, all), spatial);
  }

  /** {@code GaitAnalysis.withDefaults().withPreference(LOWER_BACK_IMU).analyze(trial)}. */
  @Benchmark
  public GaitReport gaitAnalysis() {
    return lowerBackAnalysis.analyze(trial);
  }
}
