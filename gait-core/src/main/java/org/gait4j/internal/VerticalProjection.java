package org.gait4j.internal;

import org.gait4j.model.Axis;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Projections of a trunk IMU's signals on the local vertical, whatever the sensor's mounting.
 *
 * <p>The vertical is the direction of the accelerometer's moving average over a centred window
 * ({@code windowS}; shorter at the edges), computed with running sums in O(n). While walking the
 * average over a window of one to two strides holds gravity and almost nothing else, so the
 * projection works for any sensor tilt, and it follows slow posture changes in long recordings.
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
    double[] x = range(acc, Axis.X, from, to);
    double[] y = range(acc, Axis.Y, from, to);
    double[] z = range(acc, Axis.Z, from, to);
    int n = to - from;
    double[] out = new double[n];
    double[][] mean = movingMean(x, y, z, 0, n, half(windowS, acc.rate().hz()));
    for (int i = 0; i < n; i++) {
      double mx = mean[0][i];
      double my = mean[1][i];
      double mz = mean[2][i];
      double norm = Math.sqrt(mx * mx + my * my + mz * mz);
      double dot = (x[i] * mx + y[i] * my + z[i] * mz) / norm;
      out[i] = (dot - norm) * f;
    }
    return out;
  }

  /**
   * Angular velocity about the vertical, deg/s, positive counter-clockwise from above.
   *
   * @param imu a stream with accelerometer and gyroscope. Not modified.
   * @param windowS length of the centred averaging window of the accelerometer, s
   * @param from first sample
   * @param to one past the last sample
   * @return {@code to - from} values, new array
   */
  public static double[] verticalAngularVelocity(ImuStream imu, double windowS, int from,
      int to) {
    Vector3Series acc = imu.accelerometer().orElseThrow();
    Vector3Series gyr = imu.gyroscope().orElseThrow();
    double f = gyr.unit().factorTo(Unit.DEGREE_PER_SECOND);
    double[][] mean = movingMean(range(acc, Axis.X, from, to), range(acc, Axis.Y, from, to),
        range(acc, Axis.Z, from, to), 0, to - from, half(windowS, acc.rate().hz()));
    double[] gx = range(gyr, Axis.X, from, to);
    double[] gy = range(gyr, Axis.Y, from, to);
    double[] gz = range(gyr, Axis.Z, from, to);
    int n = to - from;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double mx = mean[0][i];
      double my = mean[1][i];
      double mz = mean[2][i];
      double norm = Math.sqrt(mx * mx + my * my + mz * mz);
      out[i] = (gx[i] * mx + gy[i] * my + gz[i] * mz) / norm * f;
    }
    return out;
  }

  /** Samples [from, to) of one axis: only the range is copied, never the whole recording. */
  private static double[] range(Vector3Series s, Axis axis, int from, int to) {
    double[] out = new double[to - from];
    s.copyInto(axis, from, out);
    return out;
  }

  private static int half(double windowS, double hz) {
    return Math.max(1, (int) Math.round(windowS * hz / 2));
  }

  /** Centred moving means of three channels over [from, to), window 2 h + 1, clipped at edges. */
  private static double[][] movingMean(double[] x, double[] y, double[] z, int from, int to,
      int h) {
    int n = to - from;
    double[][] out = new double[3][n];
    double[][] in = {x, y, z};
    for (int c = 0; c < 3; c++) {
      double[] v = in[c];
      double[] o = out[c];
      double sum = 0;
      int lo = 0;
      int hi = 0; // window [lo, hi) in local indices
      for (int i = 0; i < n; i++) {
        int wantHi = Math.min(n, i + h + 1);
        int wantLo = Math.max(0, i - h);
        while (hi < wantHi) {
          sum += v[from + hi++];
        }
        while (lo < wantLo) {
          sum -= v[from + lo++];
        }
        o[i] = sum / (hi - lo);
      }
    }
    return out;
  }
}
