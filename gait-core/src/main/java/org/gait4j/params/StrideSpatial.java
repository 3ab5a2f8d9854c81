package org.gait4j.params;

import java.util.OptionalDouble;
import org.gait4j.internal.Checks;
import org.gait4j.model.Side;

/**
 * Spatial measures of one stride, as a modality-specific estimator measured them (foot-IMU
 * trajectory, heel markers or keypoints, lower-back inverted pendulum, footprints). Keyed by the
 * side and the sample of the stride's initial contact, at the rate of the events the stride was
 * segmented from. A measure the estimator cannot give is empty.
 *
 * @param side the foot
 * @param initialContact sample of the stride's initial contact
 * @param strideLengthM distance the foot travelled from this IC to the next, metres
 * @param stepLengthM forward distance from the opposite foot to this foot at this IC, metres
 * @param stepWidthM medio-lateral distance between the feet at this IC, metres
 */
public record StrideSpatial(Side side, int initialContact, OptionalDouble strideLengthM,
    OptionalDouble stepLengthM, OptionalDouble stepWidthM) {

  public StrideSpatial {
    Checks.notNull(side, "side");
    Checks.nonNegative(initialContact, "initialContact");
    Checks.notNull(strideLengthM, "strideLengthM");
    Checks.notNull(stepLengthM, "stepLengthM");
    Checks.notNull(stepWidthM, "stepWidthM");
  }

  /** A stride of which only the stride length is known. */
  public static StrideSpatial ofStrideLength(Side side, int initialContact, double strideLengthM) {
    return new StrideSpatial(side, initialContact, OptionalDouble.of(strideLengthM),
        OptionalDouble.empty(), OptionalDouble.empty());
  }
}
