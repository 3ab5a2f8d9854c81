package org.gait4j.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gait4j.io.GaitIO;
import org.gait4j.model.Trial;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Read throughput of {@link GaitIO#read(Path)} (sniffing included, as users call it) on real and
 * generated recordings:
 *
 * <ul>
 *   <li>{@code c3d-real}: {@code c3d_org_gait_events/PlugInC3D.c3d}, the largest of the shared C3D
 *       samples (614 864 bytes);
 *   <li>{@code c3d-synthetic}: 60 s of 100 markers at 100 Hz plus 16 analog channels at 1000 Hz,
 *       written once with {@code C3dWriter.defaults()} (Intel, float);
 *   <li>{@code imu-mobgap-10min}: 10 minutes of 100 Hz data in the mobgap lower-back CSV layout
 *       (12 columns: sample, unix time, acc, gyr, mag, barometer), generated;
 *   <li>{@code imu-gaitmap}: {@code gaitmap_foot_imu/imu_sample.csv} (two sensors, 7928 samples);
 *   <li>{@code openpose-1000}: a folder of 1000 BODY_25 frames with two people each, generated.
 * </ul>
 *
 * <p>Mode is average time per read (ms/op). At setup each input prints a line
 * {@code READ-INPUT <name> bytes=<n> frames=<n>}; MB/s is {@code bytes / 1e6 / (ms/op / 1000)} and
 * frames/s is {@code frames / (ms/op / 1000)}. The shared data folder is {@code -Dgait4j.data}
 * (default {@code ../shared/data}, then {@code /work/shared/data}).
 *
 * <p>Run: {@code java -jar gait-bench/target/gait-bench.jar ReadBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ReadBenchmark {

  /** Which recording. */
  @Param({"c3d-real", "c3d-synthetic", "imu-mobgap-10min", "imu-gaitmap", "openpose-1000"})
  public String input;

  private Path tmp;
  private Path file;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    tmp = Files.createTempDirectory("gait4j-read-bench");
    switch (input) {
      case "c3d-real":
        file = ReadInputs.sharedData("c3d_org_gait_events/PlugInC3D.c3d");
        break;
      case "c3d-synthetic":
        file = ReadInputs.writeSyntheticC3d(tmp.resolve("synthetic.c3d"), 60, 100, 100, 16, 10);
        break;
      case "imu-mobgap-10min":
        file = ReadInputs.writeMobgapCsv(tmp.resolve("mobgap_10min.csv"), 10 * 60 * 100);
        break;
      case "imu-gaitmap":
        file = ReadInputs.sharedData("gaitmap_foot_imu/imu_sample.csv");
        break;
      case "openpose-1000":
        file = ReadInputs.writeOpenPoseFolder(tmp.resolve("openpose"), 1000);
        break;
      default:
        throw new IllegalArgumentException("unknown input " + input);
    }
    Trial t = GaitIO.read(file);
    System.out.printf(Locale.ROOT, "%nREAD-INPUT %s bytes=%d frames=%d%n", input,
        ReadInputs.bytes(file), ReadInputs.frames(t));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> s = Files.walk(tmp)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Benchmark
  public Trial read() throws IOException {
    return GaitIO.read(file);
  }
}
