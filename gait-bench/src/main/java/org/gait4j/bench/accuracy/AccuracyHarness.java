package org.gait4j.bench.accuracy;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gait-bench.jar accuracy --data DIR}: runs every detector on every real dataset with
 * reference labels and prints one line per figure ({@link Figure#line()}); exits non-zero when any
 * bound fails. A dataset whose folder is absent is skipped with a note on stderr.
 */
public final class AccuracyHarness {
  private AccuracyHarness() {}

  /** The datasets, in the order they are printed. */
  static List<AccuracyDataset> datasets() {
    return List.of(
        new org.gait4j.bench.accuracy.gaitmap.GaitmapFootImuDataset(),
        new org.gait4j.bench.accuracy.mobgap.MobgapLowerBackIndip(),
        new org.gait4j.bench.accuracy.c3dorg.C3dOrgGaitEvents(),
        new org.gait4j.bench.accuracy.moticon.MoticonInsoleAccuracy());
  }

  /** Runs the harness; returns the process exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path data = Path.of("..", "shared", "data");
    List<String> only = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--data") && i + 1 < args.length) {
        data = Path.of(args[++i]);
      } else if (args[i].equals("--only") && i + 1 < args.length) {
        only.add(args[++i]);
      } else {
        err.println("usage: accuracy [--data DIR] [--only DATASET]...");
        return 2;
      }
    }
    if (!Files.isDirectory(data)) {
      err.println("accuracy: data folder not found: " + data);
      return 2;
    }
    boolean allPass = true;
    for (AccuracyDataset d : datasets()) {
      if (!only.isEmpty() && !only.contains(d.name())) {
        continue;
      }
      Path folder = data.resolve(d.name());
      if (!Files.isDirectory(folder)) {
        err.println("accuracy: skipped " + d.name() + " (no folder " + folder + ")");
        continue;
      }
      try {
        for (Figure f : d.evaluate(folder)) {
          out.println(f.line());
          allPass &= f.passes();
        }
      } catch (Exception e) {
        err.println("accuracy: " + d.name() + ": " + e);
        out.println(new Figure(d.name(), "evaluation", Double.NaN, Bound.atLeast(0)).line());
        allPass = false;
      }
    }
    return allPass ? 0 : 1;
  }
}
