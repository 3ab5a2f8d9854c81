package org.gait4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.gait4j.analysis.GaitAnalysis;
import org.gait4j.analysis.GaitReport;
import org.gait4j.analysis.Modality;
import org.gait4j.cycles.CycleRules;
import org.gait4j.events.FootGyroEventDetector;
import org.gait4j.io.GaitIO;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Trial;
import org.gait4j.params.FootTrajectoryEstimator;
import org.gait4j.params.GaitParameters;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole foot-IMU pipeline on a 39 s two-foot walk: per foot {@link FootGyroEventDetector}
 * and {@link FootTrajectoryEstimator#strideSpatial}, then {@link GaitParameters#of} on the merged
 * events; and the same through {@link GaitAnalysis} ({@link Modality#FOOT_IMU}). Bound: under 5
 * ms per trial once warm.
 *
 * <p>{@code data=recorded} reads the gaitmap example recording ({@code
 * /work/shared/data/gaitmap_foot_imu/imu_sample.csv}, 204.8 Hz, 7928 samples per foot; other path
 * with {@code -Dgait4j.footImu=...}) once with {@link GaitIO#read}; if the file is absent that
 * parameter fails its setup and only {@code data=simulated} reports, a 39 s two-foot walk from
 * {@link GaitSimulator} at 204.8 Hz, so the output names which data a figure is for.
 *
 * <p>Run: {@code java -jar gait-bench/target/gait-bench.jar FootPipelineBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FootPipelineBenchmark {
  static final Path RECORDING = Path.of(System.getProperty("gait4j.footImu",
      "/work/shared/data/gaitmap_foot_imu/imu_sample.csv"));

  /** {@code recorded}: the gaitmap example file; {@code simulated}: a GaitSimulator walk. */
  @Param({"recorded", "simulated"})
  public String data;

  private Trial trial;
  private List<ImuStream> feet;
  private GaitAnalysis footAnalysis;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    if (data.equals("recorded")) {
      if (!Files.exists(RECORDING)) {
        throw new IllegalStateException(RECORDING + " is absent: see data=simulated");
      }
      trial = GaitIO.read(RECORDING);
    } else {
      trial = GaitSimulator.of(WalkParameters.defaults().withDurationS(39.0),
          SensorOptions.defaults().withOutputs(SimOutput.FOOT_IMU).withImuRateHz(204.8))
          .simulate().trial();
    }
    feet = new ArrayList<>();
    trial.imu(BodyLocation.LEFT_FOOT).ifPresent(feet::add);
    trial.imu(BodyLocation.RIGHT_FOOT).ifPresent(feet::add);
    if (feet.size() != 2) {
      throw new IllegalStateException("expected two foot IMUs, got " + trial.imus());
    }
    footAnalysis = GaitAnalysis.withDefaults().withPreference(Modality.FOOT_IMU);
    GaitParameters p = stages();
    System.out.printf(Locale.ROOT, "%n[%s] %s: %d + %d samples @ %s, %.1f s; %d cycles, "
        + "cadence %.1f steps/min%n", data, trial.name(), feet.get(0).size(),
        feet.get(1).size(), feet.get(0).rate(), feet.get(0).durationS(), p.cycles().size(),
        p.cadenceStepsPerMin().orElse(Double.NaN));
  }

  /** The stages called one by one, as {@link GaitAnalysis} does for FOOT_IMU. */
  @Benchmark
  public GaitParameters stages() {
    GaitEvents merged = null;
    List<StrideSpatial> spatial = new ArrayList<>();
    for (ImuStream imu : feet) {
      GaitEvents e = FootGyroEventDetector.withDefaults().detect(imu);
      spatial.addAll(FootTrajectoryEstimator.withDefaults().strideSpatial(imu, e));
      merged = merged == null ? e : merged.merge(e);
    }
    return GaitParameters.of(merged, spatial, CycleRules.defaults());
  }

  /** {@code GaitAnalysis.withDefaults().withPreference(FOOT_IMU).analyze(trial)}. */
  @Benchmark
  public GaitReport gaitAnalysis() {
    return footAnalysis.analyze(trial);
  }
}
