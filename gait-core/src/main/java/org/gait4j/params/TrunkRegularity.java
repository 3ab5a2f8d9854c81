package org.gait4j.params;

import java.util.Arrays;
import java.util.Optional;
import org.gait4j.internal.Checks;
import org.gait4j.model.Axis;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Vector3Series;

/**
 * Gait quality from one trunk IMU over one walking bout: step and stride regularity and symmetry
 * from the autocorrelation of the acceleration (Moe-Nilssen &amp; Helbostad 2004), and harmonic
 * ratios from the Fourier series of each stride (Smidt et al. 1971; Menz et al. 2003).
 *
 * <h2>Signal expected</h2>
 *
 * An {@link ImuStream} with an accelerometer (gravity included, any unit, any mounting: no frame
 * is assumed) on the lower back or elsewhere on the trunk, and the sample range of one walking
 * bout, straight or nearly so, at a steady pace (for example a bout of {@code
 * LowerBackWalkingBoutDetector}). Optionally the initial contacts of both feet in that bout.
 *
 * <h2>Algorithm</h2>
 *
 * <ol>
 *   <li><b>Directions from the data.</b> The vertical {@code u} is the direction of the mean
 *       acceleration over the range (gravity; the tilt correction of Moe-Nilssen 1998), so the
 *       measures do not depend on how the sensor is tilted. The vertical acceleration is {@code a · u -
 *       |ā|}; {@code e1, e2} span the horizontal plane.
 *   <li><b>Autocorrelation.</b> The unbiased autocorrelation coefficient {@code A(m) = (1/(n-m))
 *       Σ x(i) x(i+m) / ((1/n) Σ x(i)²)} of the vertical acceleration for lags {@code 0 ≤ m ≤ 2.4
 *       maxStepS}, and the symmetrised 2 x 2 lag covariance of the horizontal acceleration,
 *       whitened by its lag-0 covariance (so both horizontal directions count alike).
 *   <li><b>Stride, then step.</b> The stride lag is the first local maximum in {@code [2
 *       minStepS, 2 maxStepS]}, at least 0.8 of the highest, of {@code q(m) = min(A_V(m), λ(m))}
 *       with {@code λ} the smallest eigenvalue of the whitened horizontal lag correlation: one
 *       stride later every direction repeats, one step later the mediolateral sway is reversed
 *       (and with asymmetric steps the vertical and AP patterns differ too), so the stride is
 *       found even where the step peak has vanished. No {@code q} of at least 0.25: not walking,
 *       empty result. The stride lag is then the highest {@code A_V} within 15 % (refined by a
 *       parabola), the step lag the highest {@code A_V} within 15 % of half of it; their values
 *       are {@code A_d2} and {@code A_d1} (Moe-Nilssen &amp; Helbostad's stride and step
 *       regularity).
 *   <li><b>Anteroposterior and mediolateral.</b> ML is the horizontal direction of the largest
 *       oscillation at the stride frequency (the principal axis of the first Fourier harmonic
 *       over whole strides: the trunk sways sideways once per stride), AP the perpendicular
 *       horizontal direction. No sensor frame is assumed; the sign of the two axes is not
 *       determined and no measure depends on it. AP {@code A_d1, A_d2} are the highest {@code
 *       A_AP} within 15 % of the vertical step and stride lags.
 *   <li><b>Harmonic ratios.</b> Each stride (initial contact {@code k} to {@code k + 2} when
 *       contacts are given, else consecutive windows of the stride lag from the start of the
 *       range) is decomposed by a discrete Fourier transform over exactly its samples; the
 *       amplitudes of harmonics 1 to {@code harmonics} give {@code HR = Σ even / Σ odd} for V and
 *       AP and {@code Σ odd / Σ even} for ML, averaged over the strides.
 * </ol>
 *
 * <h2>Edge cases and cost</h2>
 *
 * A range shorter than twice the lag window ({@code 2 x 2.4 x maxStepS}, 4.8 s at the defaults)
 * is rejected; so are non-finite samples. Without a stride periodicity in every direction (not
 * walking) the result is empty. Given contacts that form no stride of {@code 2 minStepS} to
 * {@code 2 maxStepS} inside the range are rejected. The gravity direction is the mean over the
 * range: posture changes within a bout blur the axes. A stride
 * whose odd (even for ML) harmonics are all zero gives an infinite ratio. Time is {@code O(n x
 * lags + n x harmonics)}, linear in the bout at a fixed rate (at 100 Hz about 1000 operations per
 * sample); memory a few arrays of the range's length.
 *
 * <p>Immutable and thread-safe; the input is not modified.
 *
 * <h2>References</h2>
 *
 * R. Moe-Nilssen, J.L. Helbostad, "Estimation of gait cycle characteristics by trunk
 * accelerometry", J Biomech 37(1):121-126, 2004, DOI 10.1016/S0021-9290(03)00233-1. H.B. Menz, S.R.
 * Lord, R.C. Fitzpatrick, "Acceleration patterns of the head and pelvis when walking on level and
 * irregular surfaces", Gait &amp; Posture 18(1):35-46, 2003, DOI 10.1016/S0966-6362(02)00159-5.
 * R. Moe-Nilssen, "A new method for evaluating motor control in gait under real-life
 * environmental conditions. Part 1: The instrument", Clin Biomech 13(4-5):320-327, 1998.
 * G.L. Smidt, J.S. Arora, R.C. Johnston, "Accelerographic analysis of several types of walking",
 * Am J Phys Med 50(6):285-300, 1971.
 */
public final class TrunkRegularity {
  /** Fraction of the highest stride score the first local maximum needs to be the stride. */
  static final double STRIDE_FRACTION = 0.8;
  /**
   * Least stride score (every direction correlated at least this much one stride later) that
   * counts as walking; noise of a few thousand samples stays below 0.1.
   */
  static final double MIN_STRIDE_SCORE = 0.25;
  /** Peaks are searched within this fraction of their expected lag. */
  static final double LAG_TOLERANCE = 0.15;

  private final TrunkRegularityConfig config;

  private TrunkRegularity(TrunkRegularityConfig config) {
    this.config = Checks.notNull(config, "config");
  }

  public static TrunkRegularity withDefaults() {
    return new TrunkRegularity(TrunkRegularityConfig.defaults());
  }

  public static TrunkRegularity of(TrunkRegularityConfig config) {
    return new TrunkRegularity(config);
  }

  public TrunkRegularityConfig config() {
    return config;
  }

  /**
   * Gait quality of samples {@code [from, to)}, strides from the autocorrelation.
   *
   * @param imu trunk stream with an accelerometer. Not modified.
   * @param from first sample of the bout
   * @param to one past the last sample of the bout
   * @return the measures, or empty if no step periodicity is found
   * @throws IllegalArgumentException if the stream has no accelerometer, the range lies outside
   *     it or is shorter than twice the lag window, or a sample is not finite
   */
  public Optional<TrunkGaitQuality> estimate(ImuStream imu, int from, int to) {
    return estimate(imu, from, to, null);
  }

  /**
   * Gait quality of samples {@code [from, to)}, harmonic ratios over the strides between given
   * contacts.
   *
   * @param imu trunk stream with an accelerometer. Not modified.
   * @param from first sample of the bout
   * @param to one past the last sample of the bout
   * @param ics initial contacts of both feet, increasing sample indices of {@code imu}; those
   *     outside the range are ignored. Not modified.
   * @return the measures, or empty if no step periodicity is found
   * @throws IllegalArgumentException as {@link #estimate(ImuStream, int, int)}, or if the
   *     contacts do not increase or form no stride of {@code 2 minStepS} to {@code 2 maxStepS}
   *     within the range
   */
  public Optional<TrunkGaitQuality> estimate(ImuStream imu, int from, int to, int[] ics) {
    Checks.notNull(imu, "imu");
    Vector3Series acc = imu.accelerometer().orElseThrow(() -> new IllegalArgumentException(
        "the trunk stream " + imu.sensorId() + " has no accelerometer"));
    Checks.requireArgument(from >= 0 && from <= to && to <= imu.size(),
        "[from, to) = [%d, %d) must lie within the %d samples", from, to, imu.size());
    double hz = imu.rate().hz();
    int maxLag = (int) Math.ceil(config.maxLagS() * hz);
    int n = to - from;
    Checks.requireArgument(n >= 2 * maxLag,
        "the range [%d, %d) (%.2f s) is too short: at least %.2f s (twice the lag window of "
            + "2.4 x maxStepS = %.2f s) are needed", from, to, n / hz, 2 * maxLag / hz,
        config.maxLagS());
    int[][] strides = ics == null ? null : strides(ics, from, to, hz);

    double[][] axes = verticalAndHorizontal(acc, from, to);
    double[] v = axes[0];
    double[] acfV = autocorrelation(v, maxLag);
    int minStride = Math.max(2, (int) Math.round(2 * config.minStepS() * hz));
    int maxStride = Math.min(maxLag - 1, (int) Math.round(2 * config.maxStepS() * hz));
    int coarse = strideLag(acfV, axes[1], axes[2], minStride, maxStride);
    if (coarse < 0) {
      return Optional.empty();
    }
    int stride = argMaxNear(acfV, coarse, maxLag);
    double strideLag = refine(acfV, stride);
    int step = argMaxNear(acfV, (int) Math.round(strideLag / 2), maxLag);

    double[][] apMl = anteroposteriorAndMediolateral(axes[1], axes[2], strideLag);
    double[] ap = apMl[0];
    double[] ml = apMl[1];
    double[] acfAp = autocorrelation(ap, maxLag);
    double apStep = acfAp[argMaxNear(acfAp, step, maxLag)];
    double apStride = acfAp[argMaxNear(acfAp, stride, maxLag)];

    if (strides == null) {
      strides = fixedStrides(strideLag, n);
    }
    int k = config.harmonics();
    double hrV = 0;
    double hrAp = 0;
    double hrMl = 0;
    for (int[] s : strides) {
      hrV += harmonicRatio(v, s[0], s[1], k, true);
      hrAp += harmonicRatio(ap, s[0], s[1], k, true);
      hrMl += harmonicRatio(ml, s[0], s[1], k, false);
    }
    int m = strides.length;
    return Optional.of(new TrunkGaitQuality(acfV[step], acfV[stride], apStep, apStride, hrV / m,
        hrAp / m, hrMl / m, strideLag / 2 / hz, m));
  }

  /** Strides (local [start, end)) from contacts k to k + 2 inside the range. */
  private int[][] strides(int[] ics, int from, int to, double hz) {
    double minStride = 2 * config.minStepS() * hz;
    double maxStride = 2 * config.maxStepS() * hz;
    int[][] out = new int[Math.max(0, ics.length - 2)][];
    int m = 0;
    for (int k = 0; k < ics.length; k++) {
      if (k > 0) {
        Checks.requireArgument(ics[k] > ics[k - 1], "ics must increase: ics[%d] = %d after %d",
            k, ics[k], ics[k - 1]);
      }
      if (k >= 2 && ics[k - 2] >= from && ics[k] <= to) {
        int len = ics[k] - ics[k - 2];
        if (len >= minStride && len <= maxStride) {
          out[m++] = new int[] {ics[k - 2] - from, ics[k] - from};
        }
      }
    }
    Checks.requireArgument(m > 0, "the %d contacts form no stride of %.2f-%.2f s within [%d, %d)",
        ics.length, 2 * config.minStepS(), 2 * config.maxStepS(), from, to);
    return Arrays.copyOf(out, m);
  }

  /** Consecutive windows of the (fractional) stride lag from the start of the range. */
  private static int[][] fixedStrides(double strideLag, int n) {
    int m = (int) Math.floor(n / strideLag);
    int[][] out = new int[m][];
    for (int j = 0; j < m; j++) {
      int start = (int) Math.round(j * strideLag);
      int end = Math.min(n, (int) Math.round((j + 1) * strideLag));
      out[j] = new int[] {start, end};
    }
    return out;
  }

  /**
   * Vertical acceleration without gravity and the two horizontal components (arbitrary
   * orthonormal basis), each with its mean removed.
   */
  static double[][] verticalAndHorizontal(Vector3Series acc, int from, int to) {
    int n = to - from;
    double[] x = new double[n];
    double[] y = new double[n];
    double[] z = new double[n];
    acc.copyInto(Axis.X, from, x);
    acc.copyInto(Axis.Y, from, y);
    acc.copyInto(Axis.Z, from, z);
    double mx = 0;
    double my = 0;
    double mz = 0;
    for (int i = 0; i < n; i++) {
      Checks.requireArgument(Double.isFinite(x[i] + y[i] + z[i]),
          "accelerometer sample %d is not finite", from + i);
      mx += x[i];
      my += y[i];
      mz += z[i];
    }
    double norm = Math.sqrt(mx * mx + my * my + mz * mz);
    Checks.requireArgument(norm > 0, "the mean acceleration over [%d, %d) is zero: no gravity "
        + "to find the vertical", from, to);
    double[] u = {mx / norm, my / norm, mz / norm};
    // e1: the sensor axis least aligned with u, made horizontal; e2 = u x e1
    int least = Math.abs(u[0]) <= Math.abs(u[1]) && Math.abs(u[0]) <= Math.abs(u[2]) ? 0
        : Math.abs(u[1]) <= Math.abs(u[2]) ? 1 : 2;
    double[] e1 = new double[3];
    e1[least] = 1;
    double d = u[least];
    for (int c = 0; c < 3; c++) {
      e1[c] -= d * u[c];
    }
    double e1n = Math.sqrt(e1[0] * e1[0] + e1[1] * e1[1] + e1[2] * e1[2]);
    for (int c = 0; c < 3; c++) {
      e1[c] /= e1n;
    }
    double[] e2 = {u[1] * e1[2] - u[2] * e1[1], u[2] * e1[0] - u[0] * e1[2],
        u[0] * e1[1] - u[1] * e1[0]};
    double[] v = new double[n];
    double[] h1 = new double[n];
    double[] h2 = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = x[i] * u[0] + y[i] * u[1] + z[i] * u[2];
      h1[i] = x[i] * e1[0] + y[i] * e1[1] + z[i] * e1[2];
      h2[i] = x[i] * e2[0] + y[i] * e2[1] + z[i] * e2[2];
    }
    removeMean(v);
    removeMean(h1);
    removeMean(h2);
    return new double[][] {v, h1, h2};
  }

  private static void removeMean(double[] x) {
    double s = 0;
    for (double d : x) {
      s += d;
    }
    s /= x.length;
    for (int i = 0; i < x.length; i++) {
      x[i] -= s;
    }
  }

  /**
   * The AP and ML accelerations: ML is the horizontal direction of the largest oscillation at the
   * stride frequency (principal axis of the first-harmonic covariance over whole strides), AP the
   * perpendicular one.
   */
  static double[][] anteroposteriorAndMediolateral(double[] h1, double[] h2, double strideLag) {
    int n = h1.length;
    int whole = (int) Math.round(Math.floor(n / strideLag) * strideLag);
    double w = 2 * Math.PI / strideLag;
    double re1 = 0;
    double im1 = 0;
    double re2 = 0;
    double im2 = 0;
    for (int i = 0; i < whole; i++) {
      double c = Math.cos(w * i);
      double sn = Math.sin(w * i);
      re1 += h1[i] * c;
      im1 -= h1[i] * sn;
      re2 += h2[i] * c;
      im2 -= h2[i] * sn;
    }
    double p11 = re1 * re1 + im1 * im1;
    double p22 = re2 * re2 + im2 * im2;
    double p12 = re1 * re2 + im1 * im2;
    double theta = 0.5 * Math.atan2(2 * p12, p11 - p22); // direction of ML
    double c = Math.cos(theta);
    double sn = Math.sin(theta);
    double[] ap = new double[n];
    double[] ml = new double[n];
    for (int i = 0; i < n; i++) {
      ml[i] = c * h1[i] + sn * h2[i];
      ap[i] = -sn * h1[i] + c * h2[i];
    }
    return new double[][] {ap, ml};
  }

  /**
   * Unbiased autocorrelation coefficients for lags 0 to {@code maxLag} (inclusive) of a zero-mean
   * signal, normalised by the (biased) variance so that lag 0 gives 1. All zero if the signal is.
   */
  static double[] autocorrelation(double[] x, int maxLag) {
    int n = x.length;
    double[] out = new double[maxLag + 1];
    double var = 0;
    for (double d : x) {
      var += d * d;
    }
    var /= n;
    if (var == 0) {
      return out;
    }
    for (int m = 0; m <= maxLag; m++) {
      double s = 0;
      for (int i = 0; i + m < n; i++) {
        s += x[i] * x[i + m];
      }
      out[m] = s / (n - m) / var;
    }
    return out;
  }

  /**
   * The stride lag in [lo, hi]: the first local maximum, at least {@link #STRIDE_FRACTION} of
   * the highest, of {@code q(m) = min(A_V(m), λ(m))}, with {@code λ(m)} the smallest eigenvalue
   * of the whitened, symmetrised horizontal lag covariance (the least correlated horizontal
   * direction). At a stride every direction repeats; one step later the mediolateral sway is
   * reversed (and with asymmetric steps the vertical or AP pattern differs), so {@code q} picks
   * the stride and not the step. -1 if {@code q} stays below {@link #MIN_STRIDE_SCORE}.
   */
  static int strideLag(double[] acfV, double[] h1, double[] h2, int lo, int hi) {
    int n = h1.length;
    double a = 0;
    double b = 0;
    double c = 0;
    for (int i = 0; i < n; i++) {
      a += h1[i] * h1[i];
      b += h1[i] * h2[i];
      c += h2[i] * h2[i];
    }
    double eps = 1e-9 * (a + c) + Double.MIN_NORMAL;
    a = (a + eps) / n;
    c = (c + eps) / n;
    b /= n;
    // W = C0^(-1/2) by the closed form of a 2 x 2 square root
    double sd = Math.sqrt(a * c - b * b);
    double t = Math.sqrt(a + c + 2 * sd);
    double sa = (a + sd) / t;
    double sb = b / t;
    double sc = (c + sd) / t;
    double det = sa * sc - sb * sb;
    double wa = sc / det;
    double wb = -sb / det;
    double wc = sa / det;
    int from = Math.max(1, lo - 1);
    int to = Math.min(acfV.length - 1, hi + 1);
    double[] q = new double[to + 1 - from];
    double highest = 0;
    for (int m = from; m <= to; m++) {
      double s11 = 0;
      double s22 = 0;
      double s12 = 0;
      for (int i = 0; i + m < n; i++) {
        s11 += h1[i] * h1[i + m];
        s22 += h2[i] * h2[i + m];
        s12 += h1[i] * h2[i + m] + h2[i] * h1[i + m];
      }
      double k = 1.0 / (n - m);
      s11 *= k;
      s22 *= k;
      s12 *= 0.5 * k;
      // R = W S W (symmetric)
      double x11 = wa * s11 + wb * s12;
      double x12 = wa * s12 + wb * s22;
      double x21 = wb * s11 + wc * s12;
      double x22 = wb * s12 + wc * s22;
      double r11 = x11 * wa + x12 * wb;
      double r22 = x21 * wb + x22 * wc;
      double r12 = 0.5 * (x11 * wb + x12 * wc + x21 * wa + x22 * wb);
      double half = 0.5 * (r11 - r22);
      double lambda = 0.5 * (r11 + r22) - Math.sqrt(half * half + r12 * r12);
      q[m - from] = Math.min(acfV[m], lambda);
      if (m >= lo && m <= hi) {
        highest = Math.max(highest, q[m - from]);
      }
    }
    if (highest < MIN_STRIDE_SCORE) {
      return -1;
    }
    for (int m = lo; m <= hi; m++) {
      double v = q[m - from];
      if (v >= STRIDE_FRACTION * highest && (m == from || v >= q[m - 1 - from])
          && (m == to || v > q[m + 1 - from])) {
        return m;
      }
    }
    return -1;
  }

  private static int argMax(double[] a, int lo, int hi) {
    int best = lo;
    for (int m = lo + 1; m <= hi; m++) {
      if (a[m] > a[best]) {
        best = m;
      }
    }
    return best;
  }

  /** The lag of the largest value within {@link #LAG_TOLERANCE} of lag {@code m}. */
  private static int argMaxNear(double[] a, int m, int maxLag) {
    int w = Math.max(1, (int) Math.round(LAG_TOLERANCE * m));
    return argMax(a, Math.max(1, m - w), Math.min(maxLag, m + w));
  }

  /** The lag of a peak refined by a parabola through it and its neighbours. */
  static double refine(double[] a, int m) {
    if (m <= 0 || m + 1 >= a.length) {
      return m;
    }
    double den = a[m - 1] - 2 * a[m] + a[m + 1];
    if (den >= 0) {
      return m;
    }
    double d = 0.5 * (a[m - 1] - a[m + 1]) / den;
    return m + Math.max(-0.5, Math.min(0.5, d));
  }

  /**
   * Harmonic ratio of {@code x[start, end)}: even over odd amplitudes of harmonics 1 to {@code
   * harmonics} (at most {@code (len - 1) / 2}), or odd over even if {@code evenOverOdd} is false.
   */
  static double harmonicRatio(double[] x, int start, int end, int harmonics, boolean evenOverOdd) {
    int len = end - start;
    int k = Math.min(harmonics, (len - 1) / 2);
    double[] cos = new double[len];
    double[] sin = new double[len];
    for (int j = 0; j < len; j++) {
      double phi = 2 * Math.PI * j / len;
      cos[j] = Math.cos(phi);
      sin[j] = Math.sin(phi);
    }
    double even = 0;
    double odd = 0;
    for (int h = 1; h <= k; h++) {
      double re = 0;
      double im = 0;
      int idx = 0;
      for (int j = 0; j < len; j++) {
        re += x[start + j] * cos[idx];
        im -= x[start + j] * sin[idx];
        idx += h;
        if (idx >= len) {
          idx -= len;
        }
      }
      double amp = Math.hypot(re, im);
      if (h % 2 == 0) {
        even += amp;
      } else {
        odd += amp;
      }
    }
    return evenOverOdd ? even / odd : odd / even;
  }

  @Override
  public String toString() {
    return "TrunkRegularity" + config;
  }
}
