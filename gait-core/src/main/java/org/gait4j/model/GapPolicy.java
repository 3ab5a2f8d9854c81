package org.gait4j.model;

/**
 * What an algorithm does with missing samples (NaN) in its input. Missing data never spreads
 * silently: each consumer names its policy.
 */
public enum GapPolicy {
  /** Refuse input that has any gap, with an error naming where the first gap is. */
  FAIL,
  /** Fill interior gaps up to a stated maximum length by linear interpolation; fail on longer ones. */
  INTERPOLATE,
  /** Treat the data on each side of a gap as separate segments, analysed independently. */
  SPLIT
}
