package org.gait4j.model;

import java.util.List;
import java.util.Locale;
import org.gait4j.internal.Checks;

/**
 * One force plate's ground-reaction data in the lab frame: force (N), centre of pressure (m) and
 * free moment about the vertical axis (N·m), with the plate's corners for locating the foot on it.
 * Samples where the plate is unloaded have NaN centre of pressure. Immutable and thread-safe.
 *
 * @param number 1-based plate number as in the source
 * @param type the C3D FORCE_PLATFORM type (1 to 4), or 0 when the source states none
 * @param corners the four plate corners in the lab frame, metres
 * @param force ground-reaction force on the subject, lab frame, newtons
 * @param centreOfPressure centre of pressure on the plate surface, lab frame, metres
 * @param freeMoment free moment about the plate's vertical axis, N·m
 */
public record ForcePlate(int number, int type, List<Point3> corners, Vector3Series force,
    Vector3Series centreOfPressure, ScalarSeries freeMoment) {

  public ForcePlate {
    Checks.positive(number, "number");
    Checks.inRange(type, 0, 4, "type");
    corners = List.copyOf(corners);
    Checks.requireArgument(corners.size() == 4, "plate %d: %d corners, expected 4", number,
        corners.size());
    Checks.requireArgument(force.size() == centreOfPressure.size()
        && force.size() == freeMoment.size() && force.rate().equals(centreOfPressure.rate())
        && force.rate().equals(freeMoment.rate()),
        "plate %d: force, centre of pressure and free moment differ in length or rate", number);
  }

  public SamplingRate rate() {
    return force.rate();
  }

  /** Number of samples. */
  public int size() {
    return force.size();
  }

  /** The plate's centre, mean of its corners. */
  public Point3 centre() {
    double x = 0;
    double y = 0;
    double z = 0;
    for (Point3 c : corners) {
      x += c.x() / 4;
      y += c.y() / 4;
      z += c.z() / 4;
    }
    return new Point3(x, y, z);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ForcePlate[#%d type %d, %d samples @ %s]", number, type,
        size(), rate());
  }
}
