package org.gait4j.bench;

import java.util.concurrent.TimeUnit;
import org.gait4j.dsp.Butterworth;
import org.gait4j.dsp.SosFilter;
import org.gait4j.model.SamplingRate;
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
 * Butterworth design and filtering on hours of 100 Hz data: the SciPy comparison's kernels
 * ({@code butter(4, 6, fs=100, output='sos')}, {@code sosfilt}, {@code sosfiltfilt}).
 *
 * <p>Run: {@code java -jar gait-bench/target/gait-bench.jar FilterBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FilterBenchmark {
  private static final SamplingRate RATE = SamplingRate.ofHz(100);

  /** Hours of 100 Hz data: 1 h = 360,000 samples, 8 h = 2,880,000 samples. */
  @Param({"1", "8"})
  public int hours;

  private SosFilter filter;
  private double[] signal;
  private double[] out;
  private double[][] sixChannels;
  private double[][] sixOut;

  @Setup
  public void setUp() {
    filter = Butterworth.lowPass(4, 6.0, RATE);
    int n = hours * BenchSignals.ONE_HOUR_100HZ;
    signal = BenchSignals.oneChannel(hours);
    out = new double[n];
    sixChannels = BenchSignals.sixChannels(hours);
    sixOut = new double[6][n];
  }

  @Benchmark
  public SosFilter designButterworth4() {
    return Butterworth.lowPass(4, 6.0, RATE);
  }

  @Benchmark
  public double[] causalOneChannel() {
    return filter.filterCausal(signal, out);
  }

  @Benchmark
  public double[] zeroPhaseOneChannel() {
    return filter.filterZeroPhase(signal, out);
  }

  /** Six channels (an IMU's accelerometer and gyroscope) filtered together; time for all six. */
  @Benchmark
  public double[][] zeroPhaseSixChannels() {
    return filter.filterZeroPhase(sixChannels, sixOut);
  }
}
