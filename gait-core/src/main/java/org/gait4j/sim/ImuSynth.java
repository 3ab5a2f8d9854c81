package org.gait4j.sim;

import java.util.SplittableRandom;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/** Synthesises IMU signals from the body model by central differences of the sensor pose. */
final class ImuSynth {
  private static final double H = 1e-3; // s, differentiation step

  private ImuSynth() {}

  /** Where a sensor sits: segment, side, position in the segment frame, mounting. */
  enum Mount {
    FOOT, SHANK, LOWER_BACK
  }

  static ImuStream synthesize(BodyModel m, SensorOptions o, BodyLocation loc, long seed) {
    Mount mount = loc.isFoot() ? Mount.FOOT : loc.isShank() ? Mount.SHANK : Mount.LOWER_BACK;
    int s = loc == BodyLocation.RIGHT_FOOT || loc == BodyLocation.RIGHT_SHANK ? 1 : 0;
    SensorFrame frame = mount == Mount.FOOT ? o.footSensorFrame()
        : mount == Mount.SHANK ? o.shankSensorFrame() : o.lowerBackSensorFrame();
    SamplingRate rate = SamplingRate.ofHz(o.imuRateHz());
    int n = rate.samples(m.p.durationS());
    double[][] acc = new double[3][n];
    double[][] gyr = new double[3][n];
    for (int i = 0; i < n; i++) {
      double t = i / rate.hz();
      double[][] pm = sensorPose(m, m.pose(t - H), mount, s);
      double[][] p0 = sensorPose(m, m.pose(t), mount, s);
      double[][] pp = sensorPose(m, m.pose(t + H), mount, s);
      double[] a = new double[3];
      for (int k = 0; k < 3; k++) {
        a[k] = (pp[0][k] - 2 * p0[0][k] + pm[0][k]) / (H * H);
      }
      a[2] += BodyModel.G;
      double[] fs = frame.toSensor(Mat3.applyT(p0[1], a));
      double[] w = frame.toSensor(Mat3.bodyRate(pm[1], pp[1], 2 * H));
      for (int k = 0; k < 3; k++) {
        acc[k][i] = fs[k];
        gyr[k][i] = Math.toDegrees(w[k]);
      }
    }
    SplittableRandom r = new SplittableRandom(seed);
    addErrors(acc, r, o.accNoiseSdMps2(), o.accBiasSdMps2(), o.accBiasDriftMps2PerSqrtS(), rate);
    addErrors(gyr, r, o.gyroNoiseSdDegPerS(), o.gyroBiasSdDegPerS(),
        o.gyroBiasDriftDegPerSPerSqrtS(), rate);
    String id = "sim-" + loc.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    Vector3Series accS = Vector3Series.of(id + ".acc", rate, Unit.METRE_PER_SECOND_SQUARED,
        Frame.SENSOR, acc[0], acc[1], acc[2]);
    Vector3Series gyrS = Vector3Series.of(id + ".gyr", rate, Unit.DEGREE_PER_SECOND, Frame.SENSOR,
        gyr[0], gyr[1], gyr[2]);
    return ImuStream.of(id, loc, accS, gyrS);
  }

  /** {position (lab, m), rotation sensor-segment to lab} of the sensor. */
  static double[][] sensorPose(BodyModel m, BodyModel.Pose pose, Mount mount, int s) {
    double k = m.bodyScale;
    switch (mount) {
      case FOOT:
        return new double[][] {Mat3.transform(pose.footOrigin[s], pose.footR[s],
            new double[] {0.5 * m.footLength, 0, 0.9 * m.ankleHeight}), pose.footR[s]};
      case SHANK:
        return new double[][] {Mat3.transform(pose.ankle[s], pose.shankR[s],
            new double[] {0.04 * k, 0, 0.45 * m.shank}), pose.shankR[s]};
      default:
        return new double[][] {Mat3.transform(pose.pelvisPos, pose.pelvisR,
            new double[] {-0.10 * k, 0, 0.12 * k}), pose.pelvisR};
    }
  }

  private static void addErrors(double[][] v, SplittableRandom r, double noiseSd, double biasSd,
      double drift, SamplingRate rate) {
    double step = drift * Math.sqrt(rate.periodS());
    for (double[] axis : v) {
      double bias = biasSd * r.nextGaussian();
      double walk = 0;
      for (int i = 0; i < axis.length; i++) {
        walk += step * r.nextGaussian();
        axis[i] += bias + walk + noiseSd * r.nextGaussian();
      }
    }
  }
}
