package org.gait4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gait4j.io.GaitIO;

/**
 * The inputs of {@link ReadBenchmark} timed by the reading thread's CPU time instead of the wall
 * clock: on a shared machine (load far above the core count) JMH's wall-clock scores spread by
 * several times, while CPU time per read stays put. GC threads are not counted. On demand only:
 * {@code java -cp gait-bench/target/gait-bench.jar org.gait4j.bench.ReadCpuCheck}.
 */
public final class ReadCpuCheck {
  private ReadCpuCheck() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean tb = ManagementFactory.getThreadMXBean();
    Path tmp = Files.createTempDirectory("gait4j-read-cpu");
    String[] names = {"c3d-real", "c3d-synthetic", "imu-mobgap-10min", "imu-gaitmap",
        "openpose-1000"};
    Path[] in = {ReadInputs.sharedData("c3d_org_gait_events/PlugInC3D.c3d"),
        ReadInputs.writeSyntheticC3d(tmp.resolve("synthetic.c3d"), 60, 100, 100, 16, 10),
        ReadInputs.writeMobgapCsv(tmp.resolve("mobgap_10min.csv"), 10 * 60 * 100),
        ReadInputs.sharedData("gaitmap_foot_imu/imu_sample.csv"),
        ReadInputs.writeOpenPoseFolder(tmp.resolve("openpose"), 1000)};
    for (int i = 0; i < in.length; i++) {
      long bytes = ReadInputs.bytes(in[i]);
      int frames = ReadInputs.frames(GaitIO.read(in[i]));
      long end = System.nanoTime() + 4_000_000_000L;
      while (System.nanoTime() < end) {
        GaitIO.read(in[i]); // warm-up, 4 s
      }
      int n = 0;
      long c0 = tb.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      end = w0 + 4_000_000_000L;
      while (System.nanoTime() < end) {
        GaitIO.read(in[i]);
        n++;
      }
      double cpu = (tb.getCurrentThreadCpuTime() - c0) / 1e9 / n;
      double wall = (System.nanoTime() - w0) / 1e9 / n;
      System.out.printf(Locale.ROOT, "%-17s %8.2f ms CPU/op (%8.2f ms wall) %7.1f MB/CPU-s "
          + "%10.0f frames/CPU-s%n", names[i], cpu * 1e3, wall * 1e3, bytes / 1e6 / cpu,
          frames / cpu);
    }
  }
}
