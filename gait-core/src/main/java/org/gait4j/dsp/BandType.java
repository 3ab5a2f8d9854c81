package org.gait4j.dsp;

/**
 * Which band of frequencies a filter passes.
 *
 * <p>{@link #LOW_PASS} and {@link #HIGH_PASS} take one cutoff, {@link #BAND_PASS} and {@link
 * #BAND_STOP} take two band edges (low, high). The cutoffs are the -3 dB points of a Butterworth
 * filter (gain {@code 1/sqrt(2)}).
 */
public enum BandType {
  /** Passes frequencies below the cutoff. */
  LOW_PASS,
  /** Passes frequencies above the cutoff. */
  HIGH_PASS,
  /** Passes frequencies between the two band edges. */
  BAND_PASS,
  /** Rejects frequencies between the two band edges. */
  BAND_STOP;

  /** Whether this band type is defined by two edges rather than one cutoff. */
  public boolean isBand() {
    return this == BAND_PASS || this == BAND_STOP;
  }
}
