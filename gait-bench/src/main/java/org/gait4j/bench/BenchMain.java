package org.gait4j.bench;

import org.gait4j.bench.accuracy.AccuracyHarness;

/**
 * Entry point of {@code gait-bench.jar}.
 *
 * <ul>
 *   <li>{@code accuracy [--data DIR] [--only DATASET]}: the accuracy harness over real
 *       recordings;
 *   <li>anything else: JMH with those arguments, e.g. {@code FilterBenchmark -prof gc}.
 * </ul>
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("accuracy")) {
      String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
      System.exit(AccuracyHarness.run(rest, System.out, System.err));
    }
    org.openjdk.jmh.Main.main(args);
  }
}
