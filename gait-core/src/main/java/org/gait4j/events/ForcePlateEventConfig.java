package org.gait4j.events;

import org.gait4j.internal.Checks;

/**
 * Settings of the {@link ForcePlateEventDetector}, in physical units. The defaults are the usual
 * laboratory choices (a 20 N contact threshold, as motion-capture software offers by default),
 * not values fitted to any recording.
 *
 * @param contactThresholdN a contact starts at the first sample whose vertical force reaches this,
 *     N, {@code > 0}
 * @param releaseThresholdN a contact ends at the first later sample whose vertical force falls
 *     below this, N, {@code 0 < release <= contact} (hysteresis)
 * @param minContactS contacts shorter than this are ignored (knocks, noise), s, {@code > 0}
 * @param maxFootDistanceM a contact is given to the foot whose heel-to-toe segment passes nearest
 *     the centre of pressure, if nearer than this (horizontal distance), m, {@code > 0}; farther
 *     or without markers the side is {@code UNKNOWN}
 */
public record ForcePlateEventConfig(double contactThresholdN, double releaseThresholdN,
    double minContactS, double maxFootDistanceM) {

  public ForcePlateEventConfig {
    Checks.positive(contactThresholdN, "contactThresholdN");
    Checks.positive(releaseThresholdN, "releaseThresholdN");
    Checks.requireArgument(releaseThresholdN <= contactThresholdN, "releaseThresholdN (%s) must "
        + "not exceed contactThresholdN (%s)", releaseThresholdN, contactThresholdN);
    Checks.positive(minContactS, "minContactS");
    Checks.positive(maxFootDistanceM, "maxFootDistanceM");
  }

  /** Contact at 20 N, release below 20 N, contacts of at least 0.1 s, feet within 0.15 m. */
  public static ForcePlateEventConfig defaults() {
    return new ForcePlateEventConfig(20.0, 20.0, 0.1, 0.15);
  }

  public ForcePlateEventConfig withContactThresholdN(double v) {
    return new ForcePlateEventConfig(v, Math.min(v, releaseThresholdN), minContactS,
        maxFootDistanceM);
  }

  public ForcePlateEventConfig withReleaseThresholdN(double v) {
    return new ForcePlateEventConfig(contactThresholdN, v, minContactS, maxFootDistanceM);
  }

  public ForcePlateEventConfig withMinContactS(double v) {
    return new ForcePlateEventConfig(contactThresholdN, releaseThresholdN, v, maxFootDistanceM);
  }

  public ForcePlateEventConfig withMaxFootDistanceM(double v) {
    return new ForcePlateEventConfig(contactThresholdN, releaseThresholdN, minContactS, v);
  }
}
