package org.gait4j.bench;

import java.util.concurrent.TimeUnit;
import org.gait4j.events.FootGyroEventDetector;
import org.gait4j.events.FootGyroEventStream;
import org.gait4j.events.InsoleContactConfig;
import org.gait4j.events.InsoleContactDetector;
import org.gait4j.events.InsoleContactStream;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.ImuStream;
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
 * The streaming detectors on one hour of simulated walking, pushed sample by sample: time and
 * allocation <em>per pushed sample</em> ({@code @OperationsPerInvocation} is the sample count, so
 * {@code -prof gc}'s {@code gc.alloc.rate.norm} is bytes per sample). The only allocation after
 * warm-up should be one {@code GaitEvent} per delivered event (about 3 per stride of about 225
 * samples at 204.8 Hz, i.e. about 0.3 B/sample).
 *
 * <p>Data: {@code GaitSimulator}, {@code WalkParameters.defaults()} (1.30 m/s, 110 steps/min,
 * seed 1) for 3600 s, left foot IMU at 204.8 Hz with the default sensor noise, and the left
 * insole's total force at 100 Hz; generated once per fork.
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

  private final FootGyroEventDetector foot = FootGyroEventDetector.withDefaults();
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
  private FootGyroEventStream footStream;
  private InsoleContactStream insoleStream;
  private long events;

  @Setup(Level.Trial)
  public void simulate() {
    SimulatedWalk w = GaitSimulator.of(WalkParameters.defaults().withDurationS(3600),
        SensorOptions.defaults().withImuRateHz(204.8).withInsoleRateHz(100)
            .withOutputs(SimOutput.FOOT_IMU, SimOutput.INSOLES)).simulate();
    footImu = w.trial().imu(BodyLocation.foot(Side.LEFT)).orElseThrow();
    Vector3Series a = footImu.accelerometer().orElseThrow().inUnit(Unit.METRE_PER_SECOND_SQUARED);
    Vector3Series g = footImu.gyroscope().orElseThrow().inUnit(Unit.DEGREE_PER_SECOND);
    ax = a.x();
    ay = a.y();
    az = a.z();
    gx = g.x();
    gy = g.y();
    gz = g.z();
    force = w.trial().insole(Side.LEFT).orElseThrow().totalForce().orElseThrow()
        .inUnit(Unit.NEWTON).toArray();
    if (gx.length < IMU_SAMPLES || force.length < INSOLE_SAMPLES) {
      throw new IllegalStateException("simulated " + gx.length + " IMU and " + force.length
          + " insole samples, expected " + IMU_SAMPLES + " and " + INSOLE_SAMPLES);
    }
  }

  /** A fresh stream per iteration (stream creation is not measured per sample). */
  @Setup(Level.Iteration)
  public void open() {
    footStream = foot.newStream(footImu.rate(), Side.LEFT, e -> events++);
    insoleStream = insole.newStream(org.gait4j.model.SamplingRate.ofHz(100), Side.LEFT,
        e -> events++);
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
}
