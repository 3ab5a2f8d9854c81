package org.gait4j.dsp;

import org.gait4j.internal.Checks;

/**
 * One occurrence of a template found by {@link SubsequenceDtw}: the signal samples {@code
 * startIndex..endIndexInclusive} warp onto the whole template at accumulated cost {@code cost}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param startIndex first matched sample, {@code >= 0}
 * @param endIndexInclusive last matched sample, {@code >= startIndex}
 * @param cost accumulated squared-Euclidean cost of the optimal warping path, {@code >= 0}
 */
public record DtwMatch(int startIndex, int endIndexInclusive, double cost) {

  public DtwMatch {
    Checks.nonNegative(startIndex, "startIndex");
    Checks.requireArgument(
        endIndexInclusive >= startIndex,
        "endIndexInclusive (%d) must be >= startIndex (%d)",
        endIndexInclusive,
        startIndex);
    Checks.nonNegative(cost, "cost");
  }

  /** Number of matched samples. */
  public int lengthSamples() {
    return endIndexInclusive - startIndex + 1;
  }
}
