package org.gait4j.params;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.gait4j.internal.Checks;
import org.gait4j.model.Side;

/**
 * The geometry of one stride of a foot-mounted IMU, from one mid stance to the next, as measured
 * by {@link FootTrajectoryEstimator}. Sample indices are those of the IMU stream.
 *
 * <p>Immutable and thread-safe.
 *
 * @param side the foot
 * @param openingContact the initial contact just before {@code startMidStance}: the foot was set
 *     down there, so this stride is the one from that contact to {@code initialContact}; empty at
 *     the start of a walk
 * @param startMidStance sample of the mid stance the stride starts at
 * @param endMidStance sample of the mid stance it ends at
 * @param toeOff sample of the toe off inside the stride
 * @param initialContact sample of the initial contact inside the stride
 * @param strideLengthM horizontal distance the sensor travelled, m
 * @param toeOffPitchDeg foot pitch at toe off relative to the starting mid stance, toe up
 *     positive (negative: plantarflexed), deg
 * @param initialContactPitchDeg foot pitch at initial contact relative to the starting mid stance,
 *     toe up positive, deg
 * @param maxLiftM highest point of the sensor above its starting height, m
 */
public record FootStrideTrajectory(Side side, OptionalInt openingContact, int startMidStance, int endMidStance, int toeOff,
    int initialContact, double strideLengthM, double toeOffPitchDeg,
    double initialContactPitchDeg, double maxLiftM) {

  public FootStrideTrajectory {
    Checks.notNull(side, "side");
    Checks.notNull(openingContact, "openingContact");
    Checks.requireArgument(openingContact.isEmpty() || openingContact.getAsInt() < startMidStance,
        "openingContact (%s) must precede startMidStance (%d)", openingContact, startMidStance);
    Checks.nonNegative(startMidStance, "startMidStance");
    Checks.requireArgument(startMidStance < toeOff && toeOff < initialContact
        && initialContact < endMidStance, "need startMidStance (%d) < toeOff (%d) < "
        + "initialContact (%d) < endMidStance (%d)", startMidStance, toeOff, initialContact,
        endMidStance);
    Checks.nonNegative(strideLengthM, "strideLengthM");
    Checks.finite(toeOffPitchDeg, "toeOffPitchDeg");
    Checks.finite(initialContactPitchDeg, "initialContactPitchDeg");
    Checks.finite(maxLiftM, "maxLiftM");
  }

  /**
   * The stride in the shape the parameters module takes: keyed by {@link #openingContact()} (the
   * module's stride runs from one contact to the next, and this foot travelled {@code
   * strideLengthM} between them), with the stride length; step length and width are empty (one
   * foot IMU cannot see the other foot). Empty when there is no opening contact.
   */
  public Optional<StrideSpatial> toStrideSpatial() {
    if (openingContact.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new StrideSpatial(side, openingContact.getAsInt(),
        OptionalDouble.of(strideLengthM), OptionalDouble.empty(), OptionalDouble.empty()));
  }
}
