package org.gait4j.bench;

import java.util.concurrent.TimeUnit;
import org.gait4j.dsp.PeakFinder;
import org.gait4j.dsp.Peaks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Peak finding on hours of raw 100 Hz data, the SciPy comparison's call
 * {@code find_peaks(x, height=100, distance=50, prominence=50)}.
 *
 * <p>Run: {@code java -jar gait-bench/target/gait-bench.jar PeakBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PeakBenchmark {

  /** Hours of 100 Hz data: 1 h = 360,000 samples, 8 h = 2,880,000 samples. */
  @Param({"1", "8"})
  public int hours;

  private double[] signal;
  private PeakFinder heightDistanceProminence;
  private PeakFinder plain;

  @Setup
  public void setUp() {
    signal = BenchSignals.oneChannel(hours);
    heightDistanceProminence = PeakFinder.withDefaults().withHeight(100).withDistanceSamples(50)
        .withProminence(50);
    plain = PeakFinder.withDefaults();
  }

  @Benchmark
  public Peaks heightDistanceProminence() {
    return heightDistanceProminence.find(signal);
  }

  @Benchmark
  public Peaks localMaximaOnly() {
    return plain.find(signal);
  }
}
