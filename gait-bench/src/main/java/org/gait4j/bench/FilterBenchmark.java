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

  /** Hours of 100 Hz data. */
  @Param({"1"})
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
    signal = BenchSignals.gaitLike(n, RATE.hz(), 42);
    out = new double[n];
    sixChannels = new double[6][];
    sixOut = new double[6][n];
    for (int c = 0; c < 6; c++) {
      sixChannels[c] = BenchSignals.gaitLike(n, RATE.hz(), 100 + c);
    }
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

  @Benchmark
  public double[][] zeroPhaseSixChannels() {
    return filter.filterZeroPhase(sixChannels, sixOut);
  }
}
