package org.gait4j.events;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;

/** Bytes allocated by the current thread, for the streams' no-allocation-per-sample tests. */
final class AllocationProbe {
  private AllocationProbe() {}

  /**
   * Runs {@code round} {@code rounds} times and returns the bytes allocated per sample over all
   * but the first two rounds (warm-up); skips the test without a thread allocation counter.
   *
   * @param samplesPerRound samples pushed by one round
   */
  static double bytesPerSample(Runnable round, int rounds, int samplesPerRound) {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean,
        "no allocation counter");
    com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) mx;
    long thread = Thread.currentThread().getId();
    long before = 0;
    for (int r = 0; r < rounds; r++) {
      if (r == 2) {
        before = bean.getThreadAllocatedBytes(thread);
      }
      round.run();
    }
    long bytes = bean.getThreadAllocatedBytes(thread) - before;
    return (double) bytes / ((long) (rounds - 2) * samplesPerRound);
  }
}
