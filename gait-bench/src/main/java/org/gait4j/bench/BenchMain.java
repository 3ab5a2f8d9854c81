package org.gait4j.bench;

/**
 * Entry point of {@code gait-bench.jar}: runs JMH with the given arguments, e.g.
 * {@code java -jar gait-bench/target/gait-bench.jar FilterBenchmark -prof gc}.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(args);
  }
}
