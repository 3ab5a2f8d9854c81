package org.gait4j.sim;

/**
 * Harmonic fits of the Schwartz, Rozumalski &amp; Trost (2008) free-speed mean curves (typically
 * developing children; J Biomech 41(8):1639-1650, DOI 10.1016/j.jbiomech.2008.03.015), the
 * kinematic and kinetic drivers of the simulator.
 *
 * <p>Produced by {@code src/test/resources/org/gait4j/sim/fit_normative_harmonics.py} from
 * {@code ../shared/data/normative/gait_curves_long.csv} (rows {@code schwartz2008,free}); the fit
 * error of each curve is stated beside it. Angles: {@code a0 + sum a_k cos(2 pi k q) + b_k sin(2 pi k
 * q)}, k = 1..6, q = fraction of the cycle from ipsilateral contact, stored as {a0, a1, b1, a2, b2,
 * ...} in degrees with the source's sign conventions (flexion, dorsiflexion, anterior tilt,
 * ipsilateral side up, ipsilateral side forward positive). GRF: {@code sum c_k sin(k pi p)}, k =
 * 1..8, p = fraction of stance (foot off at 59 % of the cycle), in body weights.
 */
final class NormativeHarmonics {
  private NormativeHarmonics() {}

  /** Schwartz 2008 free speed: ipsilateral foot off, fraction of the cycle. */
  static final double FOOT_OFF = 0.59;

  // hip_angle sagittal: rms fit error 0.059 deg
  static final double[] HIP_FLEXION = {18.44180, 20.86447, -3.18998, -3.14731, -1.54196, -0.10751, 1.61990, -0.11026, -0.08565, -0.27731, 0.26589, -0.01618, 0.09514};
  // knee_angle sagittal: rms fit error 0.087 deg
  static final double[] KNEE_FLEXION = {22.87589, -1.90277, -18.74731, -13.63016, 7.00379, -0.69337, 4.30945, -0.86581, 0.63259, -0.54154, 0.73465, 0.07235, 0.20412};
  // ankle_angle sagittal: rms fit error 0.569 deg
  static final double[] ANKLE_DORSIFLEXION = {0.76408, -2.02247, 7.08942, 0.84398, -7.21520, -4.57434, 0.85816, 2.22616, 0.23522, -0.49499, -1.37771, 0.28908, 0.54732};
  // pelvis_angle sagittal: rms fit error 0.036 deg
  static final double[] PELVIC_TILT = {11.58509, 0.02090, 0.08988, 0.40674, -0.71689, 0.00041, 0.01514, 0.14780, -0.02720, -0.00481, 0.01574, -0.05617, 0.06285};
  // pelvis_angle frontal: rms fit error 0.028 deg
  static final double[] PELVIC_OBLIQUITY = {-0.01820, 1.84963, 2.12373, 0.01999, 0.03516, -1.18833, 0.22053, 0.00487, 0.01798, -0.00554, -0.08913, 0.00244, 0.00837};
  // pelvis_angle transverse: rms fit error 0.058 deg
  static final double[] PELVIC_ROTATION = {-0.04246, 3.73982, 2.09806, 0.00747, 0.01144, 0.33547, -0.37028, 0.00359, 0.01751, 0.26047, -0.05573, 0.00365, 0.00978};
  // trunk_angle transverse: rms fit error 0.060 deg
  static final double[] TRUNK_ROTATION = {0.03918, -3.95513, 0.48925, -0.00336, -0.03286, -0.52503, 0.17467, -0.00342, -0.01941, -0.13037, 0.09986, -0.00324, -0.01353};
  // grf vertical over stance: rms fit error 0.0406 BW
  static final double[] GRF_VERTICAL = {1.15102, -0.01334, 0.42083, -0.01233, 0.06840, -0.01476, 0.01272, 0.01230};
  // grf anterior_posterior over stance: rms fit error 0.0084 BW
  static final double[] GRF_AP = {-0.00905, -0.12813, 0.01470, -0.06431, 0.01416, -0.01707, 0.01242, -0.00389};

  /** Evaluates a Fourier fit at cycle fraction {@code q} (any real; periodic with period 1). */
  static double fourier(double[] c, double q) {
    double s = c[0];
    double w = 2 * Math.PI * q;
    for (int k = 1; 2 * k < c.length; k++) {
      s += c[2 * k - 1] * Math.cos(k * w) + c[2 * k] * Math.sin(k * w);
    }
    return s;
  }

  /** Evaluates a stance sine series at stance fraction {@code p}; 0 outside [0, 1]. */
  static double sineSeries(double[] c, double p) {
    if (!(p > 0 && p < 1)) {
      return 0;
    }
    double s = 0;
    for (int k = 1; k <= c.length; k++) {
      s += c[k - 1] * Math.sin(k * Math.PI * p);
    }
    return s;
  }

  /** The largest |value| of a Fourier fit over one cycle (sampled at 0.1 % steps). */
  static double peakAbs(double[] c) {
    double m = 0;
    for (int i = 0; i < 1000; i++) {
      m = Math.max(m, Math.abs(fourier(c, i / 1000.0) - c[0]));
    }
    return m;
  }
}
