package org.gait4j.model;

import java.util.Optional;
import org.gait4j.internal.Checks;

/**
 * One foot contact as walkway software exports it: side, first and last contact times, and where
 * known the heel and toe positions on the walkway (metres, walkway frame, z = 0).
 */
public record Footfall(Side side, double firstContactS, double lastContactS,
    Optional<Point3> heel, Optional<Point3> toe) {

  public Footfall {
    Checks.notNull(side, "side");
    Checks.finite(firstContactS, "firstContactS");
    Checks.finite(lastContactS, "lastContactS");
    Checks.requireArgument(lastContactS >= firstContactS,
        "footfall ends (%s s) before it starts (%s s)", lastContactS, firstContactS);
    Checks.notNull(heel, "heel");
    Checks.notNull(toe, "toe");
  }

  /** Contact duration, seconds. */
  public double contactS() {
    return lastContactS - firstContactS;
  }
}
