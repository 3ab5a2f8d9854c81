package org.gait4j.events;

import org.gait4j.internal.Checks;
import org.gait4j.model.SamplingRate;

/**
 * One walking bout: samples {@code [startIndex, endIndex)} of the recording it was found in.
 *
 * @param startIndex first sample of the bout (its first step)
 * @param endIndex one past the last sample of the bout
 */
public record WalkingBout(int startIndex, int endIndex) {

  public WalkingBout {
    Checks.nonNegative(startIndex, "startIndex");
    Checks.requireArgument(endIndex > startIndex, "endIndex (%d) must be above startIndex (%d)",
        endIndex, startIndex);
  }

  /** Number of samples. */
  public int length() {
    return endIndex - startIndex;
  }

  /** Duration at {@code rate}, s. */
  public double durationS(SamplingRate rate) {
    return length() / rate.hz();
  }

  /** Whether sample {@code index} lies in the bout. */
  public boolean contains(int index) {
    return index >= startIndex && index < endIndex;
  }
}
