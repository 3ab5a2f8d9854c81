package org.gait4j.bench;

import java.util.concurrent.TimeUnit;
import org.gait4j.events.FootGyroEventDetector;
import org.gait4j.events.FootGyroEventStream;
import org.gait4j.events.InsoleContactConfig;
import org.gait4j.events.InsoleContactDetector;
import org.gait4j.events.InsoleContactStream;
import org.gait4j.events.LowerBackIcDetector;
import org.gait4j.events.LowerBackIcStream;
import org.gait4j.events.LowerBackWalkingBoutDetector;
import org.gait4j.events.LowerBackWalkingBoutStream;
import org.gait4j.events.ShankGyroConfig;
import org.gait4j.events.ShankGyroEventDetector;
import org.gait4j.events.ShankGyroEventStream;
import org.gait4j.events.SwingPolarity;
import org.gait4j.model.Axis;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The streaming detectors (foot, shank, insole, lower-back bouts and contacts) on one hour of
 * simulated walking, pushed sample by sample: time and
 * allocation <em>per pushed sample</em> ({@code @OperationsPerInvocation} is the sample count, so
 * {@code -prof gc}'s {@code gc.alloc.rate.norm} is bytes per sample). The only allocation after
 * warm-up should be one {@code GaitEvent} per delivered event (about 3 per stride of about 225
 * samples at 204.8 Hz, i.e. about 0.3 B/sample; for the lower-back contact stream about 2 per
 * step of 55 samples while walking) or {@code WalkingBout} per bout; the sinks here only count,
 * so the JIT may remove even those allocations.
 *
 * <p>Data: {@code GaitSimulator}, {@code WalkParameters.defaults()} (1.30 m/s, 110 steps/min,
 * seed 1) for 3600 s, left foot IMU at 204.8 Hz with the default sensor noise, and the left
 * insole's total force at 100 Hz; for the lower back, one hour at 100 Hz of 60 s of simulated
 * walking (the same parameters, lower-back IMU) alternating with 30 s of quiet standing (gravity
 * plus 0.03 m/s² noise, seed 1), i.e. 40 bouts; generated once per fork.
 *
 * <p>Run: {@code java -jar gait-bench/target/gait-bench.jar StreamingBenchmark -prof gc -wi 2 -i 3
 * -f 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StreamingBenchmark {
  /** One hour at 204.8 Hz. */
  static final int IMU_SAMPLES = 737_280;
  /** One hour at 100 Hz. */
  static final int INSOLE_SAMPLES = 360_000;
  /** One hour at 100 Hz. */
  static final int BACK_SAMPLES = 360_000;

  private final FootGyroEventDetector foot = FootGyroEventDetector.withDefaults();
  /** The simulator's shank frame: sagittal rate on y, negative in swing (streams need it stated). */
  private final ShankGyroEventDetector shank = ShankGyroEventDetector.of(
      ShankGyroConfig.defaults().withAxis(Axis.Y, SwingPolarity.NEGATIVE));
  private final LowerBackWalkingBoutDetector bouts = LowerBackWalkingBoutDetector.withDefaults();
  private final LowerBackIcDetector contacts = LowerBackIcDetector.withDefaults();
  private final InsoleContactDetector insole = InsoleContactDetector.of(
      InsoleContactConfig.defaults().withBodyWeightN(700));

  private ImuStream footImu;
  private double[] ax;
  private double[] ay;
  private double[] az;
  private double[] gx;
  private double[] gy;
  private double[] gz;
  private double[] force;
  private ImuStream shankImu;
  private double[][] shankData;
  private double[][] back;
  private FootGyroEventStream footStream;
  private ShankGyroEventStream shankStream;
  private InsoleContactStream insoleStream;
  private LowerBackWalkingBoutStream boutStream;
  private LowerBackIcStream icStream;
  private long events;

  @Setup(Level.Trial)
  public void simulate() {
    SimulatedWalk w = GaitSimulator.of(WalkParameters.defaults().withDurationS(3600),
        SensorOptions.defaults().withImuRateHz(204.8).withInsoleRateHz(100)
            .withOutputs(SimOutput.FOOT_IMU, SimOutput.SHANK_IMU, SimOutput.INSOLES)).simulate();
    footImu = w.trial().imu(BodyLocation.foot(Side.LEFT)).orElseThrow();
    Vector3Series a = footImu.accelerometer().orElseThrow().inUnit(Unit.METRE_PER_SECOND_SQUARED);
    Vector3Series g = footImu.gyroscope().orElseThrow().inUnit(Unit.DEGREE_PER_SECOND);
    ax = a.x();
    ay = a.y();
    az = a.z();
    gx = g.x();
    gy = g.y();
    gz = g.z();
    shankImu = w.trial().imu(BodyLocation.shank(Side.LEFT)).orElseThrow();
    Vector3Series sa = shankImu.accelerometer().orElseThrow()
        .inUnit(Unit.METRE_PER_SECOND_SQUARED);
    Vector3Series sg = shankImu.gyroscope().orElseThrow().inUnit(Unit.DEGREE_PER_SECOND);
    shankData = new double[][] {sa.x(), sa.y(), sa.z(), sg.x(), sg.y(), sg.z()};
    force = w.trial().insole(Side.LEFT).orElseThrow().totalForce().orElseThrow()
        .inUnit(Unit.NEWTON).toArray();
    back = lowerBackHour();
    if (gx.length < IMU_SAMPLES || force.length < INSOLE_SAMPLES) {
      throw new IllegalStateException("simulated " + gx.length + " IMU and " + force.length
          + " insole samples, expected " + IMU_SAMPLES + " and " + INSOLE_SAMPLES);
    }
  }

  /** 40 x (60 s of simulated lower-back walking, 30 s of standing) at 100 Hz, m/s², deg/s. */
  static double[][] lowerBackHour() {
    ImuStream w = GaitSimulator.of(WalkParameters.defaults().withDurationS(60),
        SensorOptions.defaults().withImuRateHz(100).withOutputs(SimOutput.LOWER_BACK_IMU))
        .simulate().trial().imu(BodyLocation.LOWER_BACK).orElseThrow();
    Vector3Series a = w.accelerometer().orElseThrow().inUnit(Unit.METRE_PER_SECOND_SQUARED);
    Vector3Series g = w.gyroscope().orElseThrow().inUnit(Unit.DEGREE_PER_SECOND);
    double[][] walk = {a.x(), a.y(), a.z(), g.x(), g.y(), g.z()};
    int walkN = 6000;
    int stillN = 3000;
    double[][] out = new double[6][BACK_SAMPLES];
    java.util.SplittableRandom r = new java.util.SplittableRandom(1);
    for (int at = 0, k = 0; at < BACK_SAMPLES; k++) {
      boolean walking = k % 2 == 0;
      int len = Math.min(BACK_SAMPLES - at, walking ? walkN : stillN);
      for (int i = 0; i < len; i++, at++) {
        for (int c = 0; c < 6; c++) {
          out[c][at] = walking ? walk[c][Math.min(i, walk[c].length - 1)]
              : (c == 0 ? 9.81 : 0) + (c < 3 ? 0.03 : 0.3) * r.nextGaussian();
        }
      }
    }
    return out;
  }

  /** A fresh stream per iteration (stream creation is not measured per sample). */
  @Setup(Level.Iteration)
  public void open() {
    footStream = foot.newStream(footImu.rate(), Side.LEFT, e -> events++);
    shankStream = shank.newStream(shankImu.rate(), Side.LEFT, e -> events++);
    insoleStream = insole.newStream(SamplingRate.ofHz(100), Side.LEFT, e -> events++);
    boutStream = bouts.newStream(SamplingRate.ofHz(100), b -> events++);
    icStream = contacts.newStream(SamplingRate.ofHz(100), e -> events++);
  }

  /** One hour of foot IMU pushed sample by sample; score and B/op are per sample. */
  @Benchmark
  @OperationsPerInvocation(IMU_SAMPLES)
  public long footStreamPerSample() {
    FootGyroEventStream s = footStream;
    for (int i = 0; i < IMU_SAMPLES; i++) {
      s.push(ax[i], ay[i], az[i], gx[i], gy[i], gz[i]);
    }
    return events;
  }

  /** One hour of shank IMU (same walk, 204.8 Hz) pushed sample by sample; per sample. */
  @Benchmark
  @OperationsPerInvocation(IMU_SAMPLES)
  public long shankStreamPerSample() {
    ShankGyroEventStream s = shankStream;
    double[][] d = shankData;
    for (int i = 0; i < IMU_SAMPLES; i++) {
      s.push(d[0][i], d[1][i], d[2][i], d[3][i], d[4][i], d[5][i]);
    }
    return events;
  }

  /** One hour of insole total force pushed sample by sample; per sample. */
  @Benchmark
  @OperationsPerInvocation(INSOLE_SAMPLES)
  public long insoleStreamPerSample() {
    InsoleContactStream s = insoleStream;
    for (int i = 0; i < INSOLE_SAMPLES; i++) {
      s.push(force[i]);
    }
    return events;
  }

  /**
   * One hour of lower-back IMU (40 walks between standing) pushed sample by sample into the
   * walking-bout stream; per sample.
   */
  @Benchmark
  @OperationsPerInvocation(BACK_SAMPLES)
  public long lowerBackBoutStreamPerSample() {
    LowerBackWalkingBoutStream s = boutStream;
    double[][] b = back;
    for (int i = 0; i < BACK_SAMPLES; i++) {
      s.push(b[0][i], b[1][i], b[2][i], b[3][i], b[4][i], b[5][i]);
    }
    return events;
  }

  /**
   * One hour of lower-back IMU (40 walks between standing) pushed sample by sample into the
   * initial/final-contact stream; per sample (about 2 events per 110 samples while walking).
   */
  @Benchmark
  @OperationsPerInvocation(BACK_SAMPLES)
  public long lowerBackIcStreamPerSample() {
    LowerBackIcStream s = icStream;
    double[][] b = back;
    for (int i = 0; i < BACK_SAMPLES; i++) {
      s.push(b[0][i], b[1][i], b[2][i], b[3][i], b[4][i], b[5][i]);
    }
    return events;
  }
}
