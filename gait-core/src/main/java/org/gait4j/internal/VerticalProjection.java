package org.gait4j.internal;

import org.gait4j.model.Axis;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Projections of a trunk IMU's signals on the local vertical, whatever the sensor's mounting.
 *
 * <p>The vertical is the direction of the accelerometer's moving average over a centred window
 * ({@code windowS}; shorter at the edges), computed with running sums in O(n) by {@link
 * VerticalStream}, which the streaming detectors use live (same values to the bit). While
 * walking the average over a window of one to two strides holds gravity and almost nothing else,
 * so the projection works for any sensor tilt, and it follows slow posture changes in long
 * recordings.
 * Accelerometers read specific force, so the average points <i>up</i>: the vertical acceleration
 * is positive upward and the vertical angular velocity positive counter-clockwise seen from
 * above (right-handed sensor frames).
 *
 * <p>Internal: not part of the public API and may change without notice. Stateless.
 */
public final class VerticalProjection {
  private VerticalProjection() {}

  /**
   * Vertical acceleration without gravity, m/s²: {@code a · u - |ā|} with {@code ā} the moving
   * average and {@code u = ā / |ā|}.
   *
   * @param acc accelerometer, any acceleration unit. Not modified.
   * @param windowS length of the centred averaging window, s
   * @param from first sample
   * @param to one past the last sample
   * @return {@code to - from} values, new array
   */
  public static double[] verticalAcceleration(Vector3Series acc, double windowS, int from, int to) {
    double f = acc.unit().factorTo(Unit.METRE_PER_SECOND_SQUARED);
    int n = to - from;
    double[] out = new double[n];
    VerticalStream.project(windowS, acc.rate().hz(), SeriesAccess.component(acc, Axis.X),
        SeriesAccess.component(acc, Axis.Y), SeriesAccess.component(acc, Axis.Z), null, null,
        null, from, n, out, null);
    for (int i = 0; i < n; i++) {
      out[i] *= f;
    }
    return out;
  }

  /**
   * {@link #verticalAcceleration} (m/s²) and the angular velocity about the vertical (deg/s,
   * {@code ω · u}, positive counter-clockwise from above), in one pass.
   *
   * @param imu a stream with accelerometer and gyroscope. Not modified.
   * @param windowS length of the centred averaging window of the accelerometer, s
   * @param from first sample
   * @param to one past the last sample
   * @return {acceleration, angular velocity}, {@code to - from} values each, new arrays
   */
  public static double[][] verticalAccelerationAndAngularVelocity(ImuStream imu, double windowS,
      int from, int to) {
    Vector3Series acc = imu.accelerometer().orElseThrow();
    Vector3Series gyr = imu.gyroscope().orElseThrow();
    double fa = acc.unit().factorTo(Unit.METRE_PER_SECOND_SQUARED);
    double fg = gyr.unit().factorTo(Unit.DEGREE_PER_SECOND);
    int n = to - from;
    double[] up = new double[n];
    double[] yaw = new double[n];
    VerticalStream.project(windowS, acc.rate().hz(), SeriesAccess.component(acc, Axis.X),
        SeriesAccess.component(acc, Axis.Y), SeriesAccess.component(acc, Axis.Z),
        SeriesAccess.component(gyr, Axis.X), SeriesAccess.component(gyr, Axis.Y),
        SeriesAccess.component(gyr, Axis.Z), from, n, up, yaw);
    for (int i = 0; i < n; i++) {
      up[i] *= fa;
      yaw[i] *= fg;
    }
    return new double[][] {up, yaw};
  }
}
