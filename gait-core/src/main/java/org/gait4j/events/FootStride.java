package org.gait4j.events;

import org.gait4j.internal.Checks;

/**
 * One stride found by {@link FootStrideSegmenter}: from the sagittal angular-velocity maximum at
 * one toe off ({@code start}) to the one at the next toe off of the same foot ({@code end}), the
 * border convention of gaitmap's hand-labelled stride lists. Consecutive strides of a walk share
 * their border: one stride's {@code end} is the next one's {@code start}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start sample of the opening border, {@code >= 0}
 * @param end sample of the closing border, {@code > start}
 * @param cost mean squared DTW cost per template sample of the match, in units of the
 *     segmenter's scale (dimensionless), {@code >= 0}
 */
public record FootStride(int start, int end, double cost) {

  public FootStride {
    Checks.nonNegative(start, "start");
    Checks.requireArgument(end > start, "end (%d) must be > start (%d)", end, start);
    Checks.nonNegative(cost, "cost");
  }

  /** Stride length in samples, {@code end - start}. */
  public int lengthSamples() {
    return end - start;
  }
}
