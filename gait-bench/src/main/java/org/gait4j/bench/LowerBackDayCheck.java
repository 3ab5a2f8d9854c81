package org.gait4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gait4j.analysis.BoutSummary;
import org.gait4j.analysis.LowerBackBoutAnalysis;
import org.gait4j.analysis.LowerBackBoutStream;
import org.gait4j.io.imu.ImuCsvConfig;
import org.gait4j.io.imu.ImuCsvReader;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Vector3Series;

/**
 * On-demand check (not part of {@code mvn verify}) that a day of lower-back IMU data runs through
 * the whole lower-back pipeline from a file block by block, never holding the day: writes the
 * day of {@link LowerBackDayBenchmark} (a 10-minute segment of 2 minutes of simulated walk and 8
 * of standing, 144 times; 8 640 000 rows, about 0.8 GB of text) in the mobgap lower-back layout
 * unless the file exists, then reads it with {@link ImuCsvReader#readBlocks} (time, accelerometer
 * and gyroscope columns) into a {@link LowerBackBoutStream} ({@link LowerBackBoutAnalysis}, pendulum
 * 1.0 m) and prints the parse time and the pipeline's compute time separately (thread CPU time
 * and wall time), the bouts found and the peak heap.
 *
 * <p>Run with the heap capped well below the day's arrays (6 axes x 8.64 M doubles = 415 MB):
 * {@code java -Xmx256m -cp gait-bench/target/gait-bench.jar org.gait4j.bench.LowerBackDayCheck
 * /tmp/gait4j_lowerback_day.csv}. Writing the file needs the simulator, about 15 s, and the same
 * heap is enough for it (it writes the segment 144 times).
 */
public final class LowerBackDayCheck {
  private LowerBackDayCheck() {}

  private static final int BLOCK_SAMPLES = 10_000;

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "/tmp/gait4j_lowerback_day.csv");
    if (!Files.exists(file)) {
      long t0 = System.nanoTime();
      ReadInputs.writeMobgapCsv(file, LowerBackDayBenchmark.segment(),
          LowerBackDayBenchmark.SEGMENTS);
      System.out.printf(Locale.ROOT, "wrote %s: %.1f MB in %.1f s%n", file,
          Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9);
    }
    ImuCsvConfig six = ImuDayCheck.sixAxes();
    List<BoutSummary> summaries = new ArrayList<>();
    LowerBackBoutStream stream = LowerBackBoutAnalysis.of(1.0)
        .newStream(SamplingRate.ofHz(100), summaries::add);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] compute = new long[2]; // cpu, wall
    System.gc();
    ImuDayCheck.resetPeaks();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    Map<String, String> meta = new ImuCsvReader(six).readBlocks(file, BLOCK_SAMPLES,
        (first, sensors) -> {
          long c0 = threads.getCurrentThreadCpuTime();
          long w0 = System.nanoTime();
          ImuStream imu = sensors.get(0);
          Vector3Series a = imu.accelerometer().orElseThrow();
          Vector3Series g = imu.gyroscope().orElseThrow();
          stream.push(a.x(), a.y(), a.z(), g.x(), g.y(), g.z(), 0, imu.size());
          compute[0] += threads.getCurrentThreadCpuTime() - c0;
          compute[1] += System.nanoTime() - w0;
        });
    long c0 = threads.getCurrentThreadCpuTime();
    long w0 = System.nanoTime();
    stream.flush();
    compute[0] += threads.getCurrentThreadCpuTime() - c0;
    compute[1] += System.nanoTime() - w0;
    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
    long wall = System.nanoTime() - wall0;
    long peak = ImuDayCheck.peakHeapBytes();
    int bouts = (int) summaries.stream().map(BoutSummary::bout).distinct().count();
    double cadence = summaries.stream().filter(s -> s.cadenceStepsPerMin().isPresent())
        .mapToDouble(s -> s.cadenceStepsPerMin().getAsDouble()).average().orElse(Double.NaN);
    double stride = summaries.stream().filter(s -> s.meanStrideLengthM().isPresent())
        .mapToDouble(s -> s.meanStrideLengthM().getAsDouble()).average().orElse(Double.NaN);
    int contacts = summaries.stream().mapToInt(s -> s.initialContacts().size()).sum();
    System.out.printf(Locale.ROOT, "%d samples (%s irregular intervals) from %.1f MB in blocks of "
        + "%d: %d bouts, %d summaries, %d initial contacts, mean cadence %.1f steps/min, mean "
        + "stride %.3f m%n", stream.samplesPushed(), meta.get("timing.irregularIntervals"),
        Files.size(file) / 1e6, BLOCK_SAMPLES, bouts, summaries.size(), contacts, cadence,
        stride);
    System.out.printf(Locale.ROOT, "parse (reading the blocks): %.2f s CPU, %.2f s wall%n",
        (cpu - compute[0]) / 1e9, (wall - compute[1]) / 1e9);
    System.out.printf(Locale.ROOT, "pipeline (push + flush): %.2f s CPU, %.2f s wall%n",
        compute[0] / 1e9, compute[1] / 1e9);
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "max heap %.0f MB; peak heap used (sum of pool peaks) %.0f MB; "
        + "stream ring %d samples (%.1f MB)%n", rt.maxMemory() / 1e6, peak / 1e6,
        stream.bufferSamples(), stream.bufferSamples() * 6 * 8 / 1e6);
  }
}
