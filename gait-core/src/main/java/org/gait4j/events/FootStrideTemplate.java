package org.gait4j.events;

/**
 * The default stride template of {@link FootStrideSegmenter}: the mean sagittal angular velocity
 * (gyr_y, deg/s, gaitmap foot sensor frame) of one stride from the gyr_y maximum at toe off to the
 * next, at 101 equally spaced points of the stride.
 *
 * <p>Provenance: generated from the gait4j simulator, not from recorded data, by {@code
 * FootStrideTemplateSource.generate()} (test sources; a test checks these constants against it):
 * {@code GaitSimulator} with {@code WalkParameters.defaults().withDurationS(60)} (1.30 m/s, 110
 * steps/min, seed 1), foot IMUs at 204.8 Hz without sensor errors, both feet, 104 strides averaged.
 * Rounded to 0.1 deg/s.
 */
final class FootStrideTemplate {
  private FootStrideTemplate() {}

  /** Mean duration of the averaged strides, s. */
  static final double DURATION_S = 1.0947;

  /** gyr_y at 101 equally spaced points of the stride, deg/s. */
  private static final double[] GYR_Y_DEG_PER_S = {
    512.7, 500.3, 476.7, 432.1, 337.9, 203.8, 50.3, -98.7, -222.3, -307.8,
    -352.1, -361.9, -362.9, -362.7, -356.8, -348.4, -339.5, -331.6, -325.4, -321.0,
    -318.0, -315.8, -313.8, -311.2, -307.3, -301.5, -293.2, -282.0, -268.0, -252.9,
    -240.1, -226.0, -200.1, -156.1, -102.7, -54.7, -22.5, -6.5, -0.9, 0.9,
    6.0, 21.7, 53.0, 99.5, 152.1, 198.9, 230.8, 242.5, 232.7, 202.8,
    158.3, 107.1, 59.5, 25.1, 6.8, 0.9, 0.1, 0.0, 0.0, 0.0,
    0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0,
    0.0, 0.0, 0.0, 0.0, 0.1, 0.6, 2.4, 7.0, 15.9, 30.1,
    48.5, 68.1, 84.0, 91.8, 89.7, 81.3, 75.6, 75.6, 78.8, 86.9,
    102.0, 125.8, 159.3, 202.3, 253.6, 310.3, 368.6, 423.4, 469.0, 500.2,
    512.0,
  };

  /** A copy of the 101 template points, deg/s. */
  static double[] points() {
    return GYR_Y_DEG_PER_S.clone();
  }

  /**
   * The template resampled (linear interpolation) to {@code length} samples spanning the stride
   * without its closing border (sample {@code k} at stride fraction {@code k / length}), so that
   * matches of consecutive strides do not share a sample.
   *
   * @param length number of samples, {@code >= 2}
   */
  static double[] resampled(int length) {
    double[] out = new double[length];
    int last = GYR_Y_DEG_PER_S.length - 1;
    for (int k = 0; k < length; k++) {
      double t = (double) k * last / length;
      int i = Math.min((int) t, last - 1);
      double f = t - i;
      out[k] = GYR_Y_DEG_PER_S[i] * (1 - f) + GYR_Y_DEG_PER_S[i + 1] * f;
    }
    return out;
  }
}
