package org.gait4j.sim;

import java.util.Locale;
import org.gait4j.internal.Checks;
import org.gait4j.model.Side;

/**
 * The true values of one simulated gait cycle (stride) of one side, from its initial contact to the
 * next initial contact of the same foot. Times in seconds are exact model times; sample indices are
 * the nearest samples at {@link SimulatedWalk#truthRate()}.
 *
 * @param side the side whose cycle this is
 * @param icSample initial contact, truth-rate sample
 * @param toSample toe off of the same foot, truth-rate sample
 * @param nextIcSample next initial contact of the same foot, truth-rate sample
 * @param icS initial contact, s
 * @param toS toe off, s
 * @param nextIcS next initial contact, s
 * @param initialDoubleSupportS from this contact to the other foot's toe off (0 when running), s
 * @param terminalDoubleSupportS from the other foot's contact to this toe off (0 when running), s
 * @param strideLengthM distance between the two heel contacts along the line of progression, m
 * @param stepLengthM distance of this heel contact ahead of the other foot's preceding one, m
 * @param stepWidthM lateral distance between this heel contact and the other foot's preceding one, m
 * @param footProgressionAngleDeg angle of the foot to the line of progression, toe-out positive, deg
 */
public record CycleTruth(Side side, int icSample, int toSample, int nextIcSample, double icS,
    double toS, double nextIcS, double initialDoubleSupportS, double terminalDoubleSupportS,
    double strideLengthM, double stepLengthM, double stepWidthM, double footProgressionAngleDeg) {

  public CycleTruth {
    Checks.notNull(side, "side");
    Checks.requireArgument(icS < toS && toS < nextIcS, "need IC (%s) < TO (%s) < next IC (%s)", icS,
        toS, nextIcS);
  }

  /** Stride time, s. */
  public double strideTimeS() {
    return nextIcS - icS;
  }

  /** Stance time, s. */
  public double stanceTimeS() {
    return toS - icS;
  }

  /** Swing time, s. */
  public double swingTimeS() {
    return nextIcS - toS;
  }

  /** Total double support, s. */
  public double doubleSupportS() {
    return initialDoubleSupportS + terminalDoubleSupportS;
  }

  /** Single support (the other foot in swing), s. */
  public double singleSupportS() {
    return stanceTimeS() - doubleSupportS();
  }

  /** Stance time over stride time. */
  public double stanceFraction() {
    return stanceTimeS() / strideTimeS();
  }

  /** Mean speed over the stride, m/s. */
  public double speedMps() {
    return strideLengthM / strideTimeS();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s cycle IC %.3f s, TO %.3f s, next IC %.3f s (stride %.3f "
        + "s, stance %.1f %%, DS %.3f s), stride %.3f m, step %.3f m, width %.3f m, FPA %.1f deg",
        side.code(), icS, toS, nextIcS, strideTimeS(), 100 * stanceFraction(), doubleSupportS(),
        strideLengthM, stepLengthM, stepWidthM, footProgressionAngleDeg);
  }
}
