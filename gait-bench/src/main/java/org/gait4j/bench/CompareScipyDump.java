package org.gait4j.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.gait4j.dsp.Butterworth;
import org.gait4j.dsp.PeakFinder;
import org.gait4j.dsp.SosFilter;
import org.gait4j.model.SamplingRate;

/**
 * Writes the benchmarks' inputs and gait4j's outputs as raw little-endian files for {@code
 * gait-bench/compare-scipy.sh}, which times SciPy on the same inputs and checks that the outputs
 * agree.
 *
 * <p>Run: {@code java -cp gait-bench/target/gait-bench.jar org.gait4j.bench.CompareScipyDump DIR}.
 * For {@code H} in 1 and 8 hours it writes {@code x_Hh.f64} (one channel, float64), {@code
 * six_Hh.f64} (six channels, channel after channel, i.e. a C-ordered {@code (6, n)} array), {@code
 * filt_Hh.f64} and {@code filt6_Hh.f64} (our {@code sosfiltfilt(butter(4, 6, fs=100))} of them)
 * and {@code peaks_Hh.i64} (our {@code find_peaks(x, height=100, distance=50, prominence=50)}
 * indices, int64).
 */
public final class CompareScipyDump {
  private CompareScipyDump() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CompareScipyDump OUTPUT_DIR");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    SosFilter filter = Butterworth.lowPass(4, 6.0, SamplingRate.ofHz(100));
    PeakFinder finder =
        PeakFinder.withDefaults().withHeight(100).withDistanceSamples(50).withProminence(50);
    for (int hours : new int[] {1, 8}) {
      double[] x = BenchSignals.oneChannel(hours);
      double[][] six = BenchSignals.sixChannels(hours);
      writeDoubles(dir.resolve("x_" + hours + "h.f64"), x);
      writeDoubles(dir.resolve("six_" + hours + "h.f64"), six);
      writeDoubles(dir.resolve("filt_" + hours + "h.f64"), filter.filterZeroPhase(x));
      writeDoubles(dir.resolve("filt6_" + hours + "h.f64"), filter.filterZeroPhase(six));
      int[] peaks = finder.find(x).indices();
      ByteBuffer b = ByteBuffer.allocate(8 * peaks.length).order(ByteOrder.LITTLE_ENDIAN);
      for (int p : peaks) {
        b.putLong(p);
      }
      write(dir.resolve("peaks_" + hours + "h.i64"), b);
    }
  }

  private static void writeDoubles(Path file, double[]... rows) throws IOException {
    int n = 0;
    for (double[] r : rows) {
      n += r.length;
    }
    ByteBuffer b = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
    for (double[] r : rows) {
      b.asDoubleBuffer().put(r);
      b.position(b.position() + 8 * r.length);
    }
    write(file, b);
  }

  private static void write(Path file, ByteBuffer b) throws IOException {
    b.rewind();
    try (FileChannel ch =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      while (b.hasRemaining()) {
        ch.write(b);
      }
    }
  }
}
