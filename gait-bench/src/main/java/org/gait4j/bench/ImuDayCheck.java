package org.gait4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gait4j.io.imu.ImuCsvConfig;
import org.gait4j.io.imu.ImuCsvConfig.AxisColumns;
import org.gait4j.io.imu.ImuCsvConfig.SensorColumns;
import org.gait4j.io.imu.ImuCsvReader;
import org.gait4j.io.imu.TimestampUnit;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;

/**
 * On-demand check (not part of {@code mvn verify}) that a day of 100 Hz IMU data as CSV reads
 * without holding the text in memory: writes 8 640 000 rows in the mobgap lower-back layout
 * (about 1 GB of text) unless the file exists, reads the six motion axes and the time column with
 * {@link ImuCsvReader}, and prints the time taken and the peak heap.
 *
 * <p>Run with a heap well below the text size, e.g.
 * {@code java -Xmx640m -cp gait-bench/target/gait-bench.jar org.gait4j.bench.ImuDayCheck
 * /tmp/imu_day.csv}. The final arrays are 7 × 8.64 M doubles (6 axes + the timestamps the
 * reader checks), 484 MB; anything far beyond that would be the text or wasteful growth.
 */
public final class ImuDayCheck {
  private ImuDayCheck() {}

  /** One day at 100 Hz. */
  static final long DAY_ROWS = 24L * 3600 * 100;

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "/tmp/gait4j_imu_day.csv");
    long rows = args.length > 1 ? Long.parseLong(args[1]) : DAY_ROWS;
    if (!Files.exists(file)) {
      long t0 = System.nanoTime();
      ReadInputs.writeMobgapCsv(file, rows);
      System.out.printf(Locale.ROOT, "wrote %s: %d rows, %.1f MB in %.1f s%n", file, rows,
          Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9);
    }
    ImuCsvConfig six = sixAxes();
    System.gc();
    resetPeaks();
    long t0 = System.nanoTime();
    Trial t = new ImuCsvReader(six).read(file);
    double s = (System.nanoTime() - t0) / 1e9;
    ImuStream imu = t.imus().get(0);
    long peak = peakHeapBytes();
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long retained = rt.totalMemory() - rt.freeMemory();
    double mb = Files.size(file) / 1e6;
    System.out.printf(Locale.ROOT, "read %d samples (%s) from %.1f MB in %.2f s: %.1f MB/s, "
        + "%.2f M rows/s%n", imu.size(), t.metadata().get("timing.irregularIntervals")
        + " irregular intervals", mb, s, mb / s, imu.size() / s / 1e6);
    System.out.printf(Locale.ROOT, "max heap %.0f MB; peak heap used (sum of pool peaks) "
        + "%.0f MB; retained after read %.0f MB; final 6 axes %.0f MB%n",
        rt.maxMemory() / 1e6, peak / 1e6, retained / 1e6, 6.0 * imu.size() * 8 / 1e6);
  }

  /** The mobgap lower-back layout, time column and the six motion axes only, 100 Hz. */
  static ImuCsvConfig sixAxes() {
    SensorColumns lb = new SensorColumns("lower_back", BodyLocation.LOWER_BACK,
        org.gait4j.model.Frame.SENSOR, Optional.of(new AxisColumns(2, 3, 4,
            Unit.STANDARD_GRAVITY)), Optional.of(new AxisColumns(5, 6, 7,
            Unit.DEGREE_PER_SECOND)), Optional.empty(), List.of());
    return ImuCsvConfig.of(',', 1, 100.0, List.of(lb)).withTimeColumn(1, TimestampUnit.SECONDS);
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
