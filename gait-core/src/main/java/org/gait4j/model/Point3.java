package org.gait4j.model;

/** A fixed point in space (metres unless stated), e.g. a force-plate corner. */
public record Point3(double x, double y, double z) {

  /** Component-wise {@code this - other}. */
  public Point3 minus(Point3 other) {
    return new Point3(x - other.x, y - other.y, z - other.z);
  }

  /** Euclidean length of this point as a vector. */
  public double norm() {
    return Math.sqrt(x * x + y * y + z * z);
  }
}
