package org.gait4j.dsp;

/**
 * Open-end subsequence DTW cost function computed by {@link SubsequenceDtw#costFunction}: for each
 * signal sample {@code j}, the accumulated cost {@code Δ(j)} of the best warping of the whole
 * template onto a stretch of the signal that ends at {@code j}, and that stretch's first sample.
 *
 * <p>Immutable and thread-safe: arrays are copied out.
 */
public final class DtwCostFunction {
  private final double[] cost;
  private final int[] start;

  DtwCostFunction(double[] cost, int[] start) {
    this.cost = cost;
    this.start = start;
  }

  /** Number of signal samples. */
  public int length() {
    return cost.length;
  }

  /** Accumulated cost of the best match ending at sample {@code j} (squared signal units). */
  public double cost(int j) {
    return cost[j];
  }

  /** First sample of the best match ending at sample {@code j}. */
  public int start(int j) {
    return start[j];
  }

  /** All costs; a new array. */
  public double[] costs() {
    return cost.clone();
  }

  /** All starts; a new array. */
  public int[] starts() {
    return start.clone();
  }

  @Override
  public String toString() {
    return "DtwCostFunction[" + cost.length + " samples]";
  }
}
