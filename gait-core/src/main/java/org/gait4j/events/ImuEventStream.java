package org.gait4j.events;

/**
 * An {@link EventStream} fed with the samples of one IMU: accelerometer in m/s² and gyroscope in
 * deg/s, both in the sensor frame the detector documents. Detectors that do not use a sensor
 * ignore its values (they must still be finite or NaN as the detector documents).
 */
public interface ImuEventStream extends EventStream {

  /**
   * Pushes one sample.
   *
   * @param accXMps2 accelerometer x, m/s²
   * @param accYMps2 accelerometer y, m/s²
   * @param accZMps2 accelerometer z, m/s²
   * @param gyrXDegPerS gyroscope x, deg/s
   * @param gyrYDegPerS gyroscope y, deg/s
   * @param gyrZDegPerS gyroscope z, deg/s
   * @throws IllegalStateException after {@link #flush()}, or past {@link Integer#MAX_VALUE}
   *     samples
   */
  void push(double accXMps2, double accYMps2, double accZMps2, double gyrXDegPerS,
      double gyrYDegPerS, double gyrZDegPerS);

  /**
   * Pushes samples {@code [from, to)} of six channel arrays; the same as pushing them one by one.
   *
   * @param accXMps2 accelerometer x, m/s². Not modified.
   * @param accYMps2 accelerometer y, m/s². Not modified.
   * @param accZMps2 accelerometer z, m/s². Not modified.
   * @param gyrXDegPerS gyroscope x, deg/s. Not modified.
   * @param gyrYDegPerS gyroscope y, deg/s. Not modified.
   * @param gyrZDegPerS gyroscope z, deg/s. Not modified.
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @throws IndexOutOfBoundsException if {@code [from, to)} does not fit every array
   * @throws IllegalStateException after {@link #flush()}
   */
  default void push(double[] accXMps2, double[] accYMps2, double[] accZMps2,
      double[] gyrXDegPerS, double[] gyrYDegPerS, double[] gyrZDegPerS, int from, int to) {
    java.util.Objects.checkFromToIndex(from, to, accXMps2.length);
    java.util.Objects.checkFromToIndex(from, to, accYMps2.length);
    java.util.Objects.checkFromToIndex(from, to, accZMps2.length);
    java.util.Objects.checkFromToIndex(from, to, gyrXDegPerS.length);
    java.util.Objects.checkFromToIndex(from, to, gyrYDegPerS.length);
    java.util.Objects.checkFromToIndex(from, to, gyrZDegPerS.length);
    for (int i = from; i < to; i++) {
      push(accXMps2[i], accYMps2[i], accZMps2[i], gyrXDegPerS[i], gyrYDegPerS[i],
          gyrZDegPerS[i]);
    }
  }
}
