package org.gait4j.events;

import java.util.Locale;
import java.util.OptionalDouble;
import org.gait4j.internal.Checks;

/**
 * Settings of the {@link InsoleContactDetector}: hysteresis thresholds on the vertical force and
 * minimum phase durations, in physical units.
 *
 * <p>The foot is in contact from the first sample whose force reaches the on-threshold to the
 * first sample whose force falls below the off-threshold (after the force has reached both
 * thresholds). Stances shorter than {@code minStanceS} are dropped; swings shorter than
 * {@code minSwingS} are closed (the stances on either side become one).
 *
 * <p>The off-threshold may be above the on-threshold. That suits capacitive insoles such as the
 * Moticon OpenGo, whose cells read high while unloading (sensor hysteresis and creep), so that
 * the force sits at 5-10 % of its range for a few samples after the foot has left the floor.
 *
 * @param reference what {@code onFraction} and {@code offFraction} are fractions of
 * @param onFraction contact starts when the force reaches this fraction, (0, 1)
 * @param offFraction contact ends when the force falls below this fraction, (0, 1)
 * @param bodyWeightN body weight, newtons; required with {@link ContactThreshold#BODY_WEIGHT},
 *     ignored otherwise
 * @param minStanceS shortest accepted contact, seconds, {@code >= 0}
 * @param minSwingS shortest accepted swing between two contacts, seconds, {@code >= 0}
 */
public record InsoleContactConfig(ContactThreshold reference, double onFraction,
    double offFraction, OptionalDouble bodyWeightN, double minStanceS, double minSwingS) {

  public InsoleContactConfig {
    Checks.notNull(reference, "reference");
    Checks.notNull(bodyWeightN, "bodyWeightN");
    Checks.requireArgument(onFraction > 0 && onFraction < 1,
        "onFraction (%s) must be in (0, 1)", onFraction);
    Checks.requireArgument(offFraction > 0 && offFraction < 1,
        "offFraction (%s) must be in (0, 1)", offFraction);
    if (bodyWeightN.isPresent()) {
      Checks.positive(bodyWeightN.getAsDouble(), "bodyWeightN");
    }
    Checks.requireArgument(reference != ContactThreshold.BODY_WEIGHT || bodyWeightN.isPresent(),
        "reference BODY_WEIGHT needs bodyWeightN");
    Checks.inRange(minStanceS, 0.0, 10.0, "minStanceS");
    Checks.inRange(minSwingS, 0.0, 10.0, "minSwingS");
  }

  /**
   * Contact from 5 % of the recording's force range, end below 10 % of it; stances and swings of
   * at least 0.15 s.
   *
   * <p>Provenance: the minimum durations are below the shortest stance and swing of walking and
   * running (about 0.2 s); the two fractions were chosen by looking at the Moticon OpenGo
   * recordings of the accuracy harness (so that harness also reports leave-one-subject-out
   * figures for them).
   */
  public static InsoleContactConfig defaults() {
    return new InsoleContactConfig(ContactThreshold.FORCE_RANGE, 0.05, 0.10, OptionalDouble.empty(),
        0.15, 0.15);
  }

  /** A copy with thresholds relative to {@code newReference}. */
  public InsoleContactConfig withReference(ContactThreshold newReference) {
    return new InsoleContactConfig(newReference, onFraction, offFraction, bodyWeightN, minStanceS,
        minSwingS);
  }

  /** A copy with the on-threshold at {@code fraction} of the reference. */
  public InsoleContactConfig withOnFraction(double fraction) {
    return new InsoleContactConfig(reference, fraction, offFraction, bodyWeightN, minStanceS,
        minSwingS);
  }

  /** A copy with the off-threshold at {@code fraction} of the reference. */
  public InsoleContactConfig withOffFraction(double fraction) {
    return new InsoleContactConfig(reference, onFraction, fraction, bodyWeightN, minStanceS,
        minSwingS);
  }

  /**
   * A copy with thresholds relative to a body weight of {@code newtons} (sets the reference to
   * {@link ContactThreshold#BODY_WEIGHT}).
   */
  public InsoleContactConfig withBodyWeightN(double newtons) {
    return new InsoleContactConfig(ContactThreshold.BODY_WEIGHT, onFraction, offFraction,
        OptionalDouble.of(newtons), minStanceS, minSwingS);
  }

  /** A copy with minimum stance {@code seconds}. */
  public InsoleContactConfig withMinStanceS(double seconds) {
    return new InsoleContactConfig(reference, onFraction, offFraction, bodyWeightN, seconds,
        minSwingS);
  }

  /** A copy with minimum swing {@code seconds}. */
  public InsoleContactConfig withMinSwingS(double seconds) {
    return new InsoleContactConfig(reference, onFraction, offFraction, bodyWeightN, minStanceS,
        seconds);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "InsoleContactConfig[on %.3f, off %.3f of %s%s, min stance %.3f s, min swing %.3f s]",
        onFraction, offFraction, reference,
        bodyWeightN.isPresent() ? String.format(Locale.ROOT, " (%.1f N)", bodyWeightN.getAsDouble())
            : "", minStanceS, minSwingS);
  }
}
