package org.gait4j.model;

import org.gait4j.internal.Checks;

/**
 * A run of missing samples in a series.
 *
 * @param startIndex first missing sample
 * @param length number of consecutive missing samples, {@code >= 1}
 */
public record Gap(int startIndex, int length) {
  public Gap {
    Checks.nonNegative(startIndex, "startIndex");
    Checks.positive(length, "length");
  }

  /** One past the last missing sample. */
  public int endIndex() {
    return startIndex + length;
  }
}
