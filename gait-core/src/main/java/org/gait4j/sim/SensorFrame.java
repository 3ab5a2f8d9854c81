package org.gait4j.sim;

import java.util.Arrays;
import java.util.Locale;
import org.gait4j.internal.Checks;

/**
 * How an IMU is mounted on its segment: the rotation from the segment's anatomical frame to the
 * sensor frame. A vector with segment coordinates {@code v} has sensor coordinates {@code M v}; the
 * rows of {@code M} are the sensor axes written in segment coordinates.
 *
 * <p>Segment frames (all right-handed, standing posture): <b>x anterior</b> (foot: heel to toe),
 * <b>y left</b>, <b>z superior</b> (shank: ankle to knee; foot: up from the sole). {@link
 * #identity()} is the gaitmap "foot sensor frame" on the feet (x to the tip of the shoe, y left, z
 * up). {@link #mobgapLowerBack()} is the Mobilise-D lower-back frame (x up, y right, z forward).
 * Immutable.
 */
public final class SensorFrame {
  private static final SensorFrame IDENTITY =
      new SensorFrame("identity", new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
  private static final SensorFrame MOBGAP =
      new SensorFrame("mobgap lower back (x up, y right, z forward)",
          new double[] {0, 0, 1, 0, -1, 0, 1, 0, 0});

  private final String name;
  private final double[] m;

  private SensorFrame(String name, double[] m) {
    this.name = name;
    this.m = m;
  }

  /** Sensor axes equal to the segment axes (x anterior, y left, z superior). */
  public static SensorFrame identity() {
    return IDENTITY;
  }

  /** The mobgap / Mobilise-D lower-back frame: x superior, y to the right, z anterior. */
  public static SensorFrame mobgapLowerBack() {
    return MOBGAP;
  }

  /**
   * The segment frame turned by intrinsic yaw (about z), then pitch (about the new y), then roll
   * (about the new x), degrees: the sensor's axes are the rotated segment axes.
   */
  public static SensorFrame ofYawPitchRollDeg(double yawDeg, double pitchDeg, double rollDeg) {
    return IDENTITY.thenYawPitchRollDeg(yawDeg, pitchDeg, rollDeg);
  }

  /**
   * A frame given by its three axes in segment coordinates (rows of {@code M}).
   *
   * @param xAxis sensor x in segment coordinates. Not modified.
   * @param yAxis sensor y in segment coordinates. Not modified.
   * @param zAxis sensor z in segment coordinates. Not modified.
   * @throws IllegalArgumentException if the axes are not orthonormal and right-handed (1e-6)
   */
  public static SensorFrame ofAxes(double[] xAxis, double[] yAxis, double[] zAxis) {
    double[] m = {xAxis[0], xAxis[1], xAxis[2], yAxis[0], yAxis[1], yAxis[2], zAxis[0], zAxis[1],
        zAxis[2]};
    double[] mmt = Mat3.mul(m, Mat3.transpose(m));
    double[] id = {1, 0, 0, 0, 1, 0, 0, 0, 1};
    for (int i = 0; i < 9; i++) {
      Checks.requireArgument(Math.abs(mmt[i] - id[i]) < 1e-6, "sensor axes are not orthonormal");
    }
    double det = Mat3.dot(Mat3.cross(xAxis, yAxis), zAxis);
    Checks.requireArgument(det > 0, "sensor axes are left-handed");
    return new SensorFrame("axes " + Arrays.toString(m), m);
  }

  /** This frame turned further by intrinsic yaw, pitch, roll (degrees) about its own axes. */
  public SensorFrame thenYawPitchRollDeg(double yawDeg, double pitchDeg, double rollDeg) {
    Checks.finite(yawDeg, "yawDeg");
    Checks.finite(pitchDeg, "pitchDeg");
    Checks.finite(rollDeg, "rollDeg");
    double[] r = Mat3.mul(Mat3.mul(Mat3.rotZ(Math.toRadians(yawDeg)),
        Mat3.rotY(Math.toRadians(pitchDeg))), Mat3.rotX(Math.toRadians(rollDeg)));
    return new SensorFrame(String.format(Locale.ROOT, "%s then yaw %.1f pitch %.1f roll %.1f deg",
        name, yawDeg, pitchDeg, rollDeg), Mat3.mul(Mat3.transpose(r), m));
  }

  /** Segment-to-sensor matrix, row-major (a copy). */
  public double[] matrix() {
    return m.clone();
  }

  double[] toSensor(double[] segmentVector) {
    return Mat3.apply(m, segmentVector);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SensorFrame && Arrays.equals(((SensorFrame) o).m, m);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(m);
  }

  @Override
  public String toString() {
    return "SensorFrame[" + name + "]";
  }
}
