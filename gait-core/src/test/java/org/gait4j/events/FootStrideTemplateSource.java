package org.gait4j.events;

import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.Side;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;

/**
 * Regenerates the default stride template of {@link FootStrideSegmenter} from the simulator, so the
 * constants in {@code FootStrideTemplate} say where they came from: {@link GaitSimulator} with
 * {@code WalkParameters.defaults().withDurationS(60)} (1.30 m/s, 110 steps/min, seed 1), foot IMUs
 * at 204.8 Hz without sensor errors; for both feet, every stride between two consecutive gyr_y
 * maxima at toe off (the maximum within 0.1 s of each true toe off) is resampled linearly to
 * {@value #POINTS} points and the strides are averaged point by point. The walk's first and last
 * stride are left out.
 */
final class FootStrideTemplateSource {
  static final int POINTS = 101;

  private FootStrideTemplateSource() {}

  /** Element 0: the mean stride duration, s; elements 1..POINTS: the mean gyr_y curve, deg/s. */
  static double[] generate() {
    SimulatedWalk w = GaitSimulator.of(WalkParameters.defaults().withDurationS(60),
        SensorOptions.defaults().withImuRateHz(204.8).withoutErrors()
            .withOutputs(SimOutput.FOOT_IMU)).simulate();
    double[] sum = new double[POINTS];
    double durationSum = 0;
    int count = 0;
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      double[] g = w.trial().imu(BodyLocation.foot(side)).orElseThrow().gyroscope().orElseThrow()
          .y();
      int[] to = w.events(side, GaitEventType.TOE_OFF);
      int half = (int) Math.round(0.1 * 204.8);
      int[] peak = new int[to.length];
      for (int k = 0; k < to.length; k++) {
        int best = Math.max(0, to[k] - half);
        for (int i = best; i <= Math.min(g.length - 1, to[k] + half); i++) {
          if (g[i] > g[best]) {
            best = i;
          }
        }
        peak[k] = best;
      }
      for (int k = 1; k + 2 < peak.length; k++) {
        int a = peak[k];
        int b = peak[k + 1];
        for (int p = 0; p < POINTS; p++) {
          double t = a + (b - a) * (double) p / (POINTS - 1);
          int i = (int) Math.floor(t);
          double f = t - i;
          sum[p] += i + 1 < g.length ? g[i] * (1 - f) + g[i + 1] * f : g[i];
        }
        durationSum += (b - a) / 204.8;
        count++;
      }
    }
    double[] out = new double[POINTS + 1];
    out[0] = durationSum / count;
    for (int p = 0; p < POINTS; p++) {
      out[p + 1] = sum[p] / count;
    }
    return out;
  }

  /** Prints the constants (used once to write FootStrideTemplate). */
  public static void main(String[] args) {
    double[] t = generate();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(java.util.Locale.ROOT, "duration %.4f%n", t[0]));
    for (int p = 1; p < t.length; p++) {
      sb.append(String.format(java.util.Locale.ROOT, "%.1f, ", t[p]));
      if (p % 10 == 0) {
        sb.append('\n');
      }
    }
    System.out.println(sb);
  }
}
