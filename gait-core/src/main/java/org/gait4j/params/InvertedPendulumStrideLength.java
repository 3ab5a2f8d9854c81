package org.gait4j.params;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.gait4j.dsp.Butterworth;
import org.gait4j.dsp.SosFilter;
import org.gait4j.internal.Checks;
import org.gait4j.internal.VerticalProjection;
import org.gait4j.model.Axis;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Subject;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Step and stride length from one IMU on the lower back by the inverted pendulum model of the
 * centre of mass (Zijlstra &amp; Hof 2003), computed as in Mobilise-D's implementation (Micó-Amigo
 * et al. 2023; Kirk et al. 2024).
 *
 * <h2>Signal expected</h2>
 *
 * An {@link ImuStream} with an accelerometer (gravity included, any mounting) and preferably a
 * gyroscope, worn near the centre of mass (L3-L5), and the initial contacts of both feet in it
 * (from {@link org.gait4j.events.LowerBackIcDetector} or any other source), at the stream's rate.
 *
 * <h2>Model</h2>
 *
 * In single support the body vaults over the stance leg like an inverted pendulum of length
 * {@code l}. A vertical excursion {@code h} of the centre of mass over one step then means a
 * forward travel of {@code 2 sqrt(2 l h - h²)}; Zijlstra &amp; Hof found this underestimates the
 * step by a constant factor and multiplied it by {@code K = 1.25}. Zijlstra &amp; Hof took {@code
 * l} as the leg length; Mobilise-D takes the sensor height above the floor (and a factor fitted
 * on its own data, 1.147 for people with MS), and so do this class's defaults: pass the sensor
 * height as {@code pendulumLengthM} (L5 sits about 10 % higher than the greater trochanter, so a
 * leg length gives about 5 % shorter steps).
 *
 * <h2>Algorithm</h2>
 *
 * Over the span of the contacts (plus 1 s each side where the stream has it):
 *
 * <ol>
 *   <li><b>Vertical in the global frame.</b> With a gyroscope, the direction of gravity in the
 *       sensor frame is propagated by the angular velocity ({@code du/dt = -ω × u}) and pulled
 *       toward the accelerometer's direction with time constant {@code orientationTimeConstantS}
 *       (a complementary filter); it runs forward and backward over the span and the two are
 *       averaged, so it has no lag. Without a gyroscope the vertical is the accelerometer's
 *       centred moving average ({@code gravityWindowS}). The vertical acceleration is the
 *       projection of the accelerometer on it, not the sensor's x axis and not the norm: both
 *       mix forward and lateral acceleration into it when the trunk leans.
 *   <li><b>Double integration with drift removal</b> over the whole span: zero-phase 4th-order
 *       Butterworth high-pass at {@code accHighPassHz} (0.1 Hz, which also removes gravity),
 *       trapezoid integral, high-pass at {@code velocityHighPassHz} (1 Hz), trapezoid integral.
 *       Zijlstra &amp; Hof used 0.1 Hz after each integration on long walks; on the bouts of 3-10 s
 *       that daily-life and lab protocols give, a 0.1 Hz high-pass leaves the integration drift
 *       of the velocity in the position (measured on the Mobilise-D lab examples: "excursions" of
 *       13-22 cm per step instead of 2-4 cm), so the velocity is high-passed at 1 Hz, as in
 *       Mobilise-D's implementation; this keeps the step (~2 Hz) component of the position.
 *   <li><b>Excursion per step</b>: {@code h} is the range of the position from one initial
 *       contact to the next, less the non-pendular part {@code excursionOffsetM} ({@code h0},
 *       not below 0). On the Mobilise-D lab examples {@code h} stays near 1.3-2 cm even in slow,
 *       short-stepped turning bouts (INDIP strides of 0.45-0.6 m), where the pendulum predicts
 *       far less, and near 3-4 cm in straight walking, where {@code K = 1.25} fits (strides of
 *       1.1-1.26 m); a small constant non-pendular excursion explains both, a single factor
 *       cannot.
 *   <li>Step length {@code K · 2 sqrt(2 l h - h²)} ({@code h} capped at {@code l}); the stride
 *       length of a contact is the sum of the two steps that follow it.
 * </ol>
 *
 * Each {@link StrideSpatial} is keyed by the side and sample of its initial contact; the stride
 * length needs the next two steps, the step length the step that ends at the contact; step
 * width is never given.
 *
 * <h2>Settings</h2>
 *
 * {@code K = 1.25} is the paper's value. {@code h0 = 7 mm} was chosen on the Mobilise-D lab
 * example data (3 subjects, 19 INDIP bouts); the accuracy harness prints the
 * leave-one-subject-out figure of choosing it on two subjects and testing on the third, and
 * {@link InvertedPendulumConfig#zijlstraHof()} gives the published model ({@code h0 = 0}).
 * Use {@link #pendulumLengthM(Subject)} when the sensor height is not known.
 *
 * <p>Immutable and thread-safe; inputs are not modified. Linear in the number of samples.
 *
 * <p>W. Zijlstra, A. L. Hof, "Assessment of spatio-temporal gait parameters from trunk
 * accelerations during human walking", Gait &amp; Posture 18(2):1-10, 2003, DOI
 * 10.1016/S0966-6362(02)00190-X. E. Micó-Amigo et al., "Assessing real-world gait with digital
 * technology? Validation, insights and recommendations from the Mobilise-D consortium", J
 * NeuroEng Rehabil 20:78, 2023, DOI 10.1186/s12984-023-01198-5. C. Kirk et al., "Mobilise-D
 * insights to estimate real-world walking speed in multiple conditions with a wearable device",
 * Sci Rep 14:1754, 2024, DOI 10.1038/s41598-024-51766-5.
 */
public final class InvertedPendulumStrideLength {
  /** Leg length as a fraction of body height (Winter 2009, greater trochanter to floor). */
  public static final double LEG_LENGTH_PER_HEIGHT = 0.53;

  /**
   * Context read on each side of the contacts for the filters and the orientation, s: the
   * estimate reads samples {@code [first contact - CONTEXT_S, last contact + CONTEXT_S]} (clipped
   * to the stream) and no others.
   */
  public static final double CONTEXT_S = 1.0;

  private final InvertedPendulumConfig config;

  private InvertedPendulumStrideLength(InvertedPendulumConfig config) {
    this.config = Checks.notNull(config, "config");
  }

  public static InvertedPendulumStrideLength withDefaults() {
    return new InvertedPendulumStrideLength(InvertedPendulumConfig.defaults());
  }

  public static InvertedPendulumStrideLength of(InvertedPendulumConfig config) {
    return new InvertedPendulumStrideLength(config);
  }

  public InvertedPendulumConfig config() {
    return config;
  }

  /**
   * The pendulum length of {@code subject}: the leg length if known, else 0.53 x height.
   *
   * @throws IllegalArgumentException if neither is known
   */
  public static double pendulumLengthM(Subject subject) {
    OptionalDouble leg = subject.legLengthM();
    if (leg.isPresent()) {
      return leg.getAsDouble();
    }
    OptionalDouble h = subject.heightM();
    Checks.requireArgument(h.isPresent(), "subject %s states neither leg length nor height",
        subject.id());
    return LEG_LENGTH_PER_HEIGHT * h.getAsDouble();
  }

  /**
   * Step lengths between consecutive initial contacts, metres: element {@code k} is the step from
   * {@code ics[k]} to {@code ics[k + 1]}, NaN where that interval is longer than {@code
   * maxStepIntervalS}.
   *
   * @param imu lower-back stream with an accelerometer. Not modified.
   * @param ics initial contacts of both feet, increasing sample indices. Not modified.
   * @param pendulumLengthM sensor height or leg length, m
   * @return {@code max(0, ics.length - 1)} values
   * @throws IllegalArgumentException if the stream has no accelerometer, a contact is outside
   *     it, contacts do not increase, or the length is not positive
   */
  public double[] stepLengthsM(ImuStream imu, int[] ics, double pendulumLengthM) {
    Checks.positive(pendulumLengthM, "pendulumLengthM");
    Vector3Series acc = imu.accelerometer().orElseThrow(() -> new IllegalArgumentException(
        "the lower-back stream " + imu.sensorId() + " has no accelerometer"));
    int m = ics.length;
    if (m < 2) {
      return new double[0];
    }
    for (int k = 0; k < m; k++) {
      Checks.requireArgument(ics[k] >= 0 && ics[k] < imu.size(), "ics[%d] (%d) is outside the "
          + "%d samples", k, ics[k], imu.size());
      Checks.requireArgument(k == 0 || ics[k] > ics[k - 1], "ics must increase: ics[%d] = %d "
          + "after %d", k, ics[k], k > 0 ? ics[k - 1] : 0);
    }
    SamplingRate rate = imu.rate();
    int maxStep = rate.samples(config.maxStepIntervalS());
    int margin = rate.samples(CONTEXT_S);
    int from = Math.max(0, ics[0] - margin);
    int to = Math.min(imu.size(), ics[m - 1] + margin + 1);
    double[] pos = verticalPosition(imu, acc, from, to);
    double[] out = new double[m - 1];
    double l = pendulumLengthM;
    for (int k = 0; k + 1 < m; k++) {
      int a = ics[k] - from;
      int b = ics[k + 1] - from;
      if (b - a > maxStep) {
        out[k] = Double.NaN;
        continue;
      }
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int i = a; i <= b; i++) {
        lo = Math.min(lo, pos[i]);
        hi = Math.max(hi, pos[i]);
      }
      double h = Math.min(l, Math.max(0.0, hi - lo - config.excursionOffsetM()));
      out[k] = config.correctionFactor() * 2 * Math.sqrt(2 * l * h - h * h);
    }
    return out;
  }

  /**
   * Vertical position of the sensor over samples [from, to), m, high-passed (zero mean over the
   * span). Gravity-aligned by the complementary filter when there is a gyroscope.
   */
  private double[] verticalPosition(ImuStream imu, Vector3Series acc, int from, int to) {
    SamplingRate rate = imu.rate();
    double[] av = imu.gyroscope().isPresent()
        ? globalVerticalAcceleration(acc, imu.gyroscope().get(), from, to,
            config.orientationTimeConstantS())
        : VerticalProjection.verticalAcceleration(acc, config.gravityWindowS(), from, to);
    SosFilter accHp = Butterworth.highPass(4, config.accHighPassHz(), rate);
    SosFilter velHp = Butterworth.highPass(4, config.velocityHighPassHz(), rate);
    Checks.requireArgument(av.length > Math.max(accHp.padLength(), velHp.padLength()),
        "the contacts span %d samples, too few for the high-pass filters (need more than %d)",
        av.length, Math.max(accHp.padLength(), velHp.padLength()));
    double dt = rate.periodS();
    double[] v = integrate(accHp.filterZeroPhase(av), dt);
    return integrate(velHp.filterZeroPhase(v, v), dt);
  }

  /**
   * Acceleration along the global vertical, m/s² (gravity included): the accelerometer projected
   * on the up direction of a complementary filter run forward and backward over [from, to).
   */
  static double[] globalVerticalAcceleration(Vector3Series acc, Vector3Series gyr, int from,
      int to, double timeConstantS) {
    Checks.requireArgument(gyr.size() == acc.size() && gyr.rate().equals(acc.rate()),
        "gyroscope (%d samples at %s) and accelerometer (%d at %s) differ", gyr.size(),
        gyr.rate(), acc.size(), acc.rate());
    int n = to - from;
    // work on the bout only: a bout is a small part of a day
    double[] ax = range(acc, Axis.X, from, to);
    double[] ay = range(acc, Axis.Y, from, to);
    double[] az = range(acc, Axis.Z, from, to);
    double[] wx = range(gyr, Axis.X, from, to);
    double[] wy = range(gyr, Axis.Y, from, to);
    double[] wz = range(gyr, Axis.Z, from, to);
    double[][] a = {ax, ay, az};
    double[][] w = {wx, wy, wz};
    double fw = gyr.unit().factorTo(Unit.RADIAN_PER_SECOND);
    double[][] fwd = new double[3][n];
    double[][] bwd = new double[3][n];
    upDirection(a, w, fw, acc.rate(), timeConstantS, true, from, fwd);
    upDirection(a, w, fw, acc.rate(), timeConstantS, false, from, bwd);
    double fa = acc.unit().factorTo(Unit.METRE_PER_SECOND_SQUARED);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double ux = fwd[0][i] + bwd[0][i];
      double uy = fwd[1][i] + bwd[1][i];
      double uz = fwd[2][i] + bwd[2][i];
      double norm = Math.sqrt(ux * ux + uy * uy + uz * uz);
      out[i] = (ax[i] * ux + ay[i] * uy + az[i] * uz) / norm * fa;
    }
    return out;
  }

  /** Samples [from, to) of one axis: only the range is copied, never the whole recording. */
  private static double[] range(Vector3Series s, Axis axis, int from, int to) {
    double[] out = new double[to - from];
    s.copyInto(axis, from, out);
    return out;
  }

  /**
   * Unit up vector in the sensor frame, one pass of the complementary filter over the whole
   * arrays.
   *
   * @param a accelerometer {x, y, z} rows, any unit. Not modified.
   * @param w gyroscope {x, y, z} rows; times {@code fw} in rad/s. Not modified.
   * @param from the sample of the recording where the arrays start (for messages)
   * @param out {x, y, z} rows. Modified.
   */
  private static void upDirection(double[][] a, double[][] w, double fw, SamplingRate rate,
      double timeConstantS, boolean forward, int from, double[][] out) {
    double[] ax = a[0];
    double[] ay = a[1];
    double[] az = a[2];
    double[] wx = w[0];
    double[] wy = w[1];
    double[] wz = w[2];
    int n = ax.length;
    double dt = rate.periodS();
    // start from the mean accelerometer direction over the first second of the pass
    int warm = Math.min(n, Math.max(1, rate.samples(1.0)));
    double gx = 0;
    double gy = 0;
    double gz = 0;
    for (int k = 0; k < warm; k++) {
      int i = forward ? k : n - 1 - k;
      gx += ax[i];
      gy += ay[i];
      gz += az[i];
    }
    double norm = Math.sqrt(gx * gx + gy * gy + gz * gz);
    Checks.requireArgument(norm > 0, "the accelerometer reads zero at sample %d", from);
    gx /= norm;
    gy /= norm;
    gz /= norm;
    double alpha = Math.min(1.0, dt / timeConstantS);
    double sign = forward ? dt * fw : -dt * fw;
    for (int k = 0; k < n; k++) {
      int i = forward ? k : n - 1 - k;
      // a vector fixed in the world turns by -w x u in the sensor frame
      double cx = wy[i] * gz - wz[i] * gy;
      double cy = wz[i] * gx - wx[i] * gz;
      double cz = wx[i] * gy - wy[i] * gx;
      gx -= sign * cx;
      gy -= sign * cy;
      gz -= sign * cz;
      double an = Math.sqrt(ax[i] * ax[i] + ay[i] * ay[i] + az[i] * az[i]);
      if (an > 0) {
        gx += alpha * (ax[i] / an - gx);
        gy += alpha * (ay[i] / an - gy);
        gz += alpha * (az[i] / an - gz);
      }
      norm = Math.sqrt(gx * gx + gy * gy + gz * gz);
      gx /= norm;
      gy /= norm;
      gz /= norm;
      out[0][i] = gx;
      out[1][i] = gy;
      out[2][i] = gz;
    }
  }

  /** Trapezoid integral from 0, new array. */
  private static double[] integrate(double[] x, double dt) {
    double[] y = new double[x.length];
    for (int i = 1; i < x.length; i++) {
      y[i] = y[i - 1] + 0.5 * (x[i - 1] + x[i]) * dt;
    }
    return y;
  }

  /**
   * Stride and step lengths per initial contact of {@code events}.
   *
   * <p>The span of the contacts is filtered as a whole: pass the contacts of one walking bout at
   * a time. Given a whole day's contacts it filters the whole day, and each stride's length then
   * also depends on the other bouts (by the filters' edge effects), unlike the bout-by-bout
   * figures the accuracy harness scores and {@code GaitAnalysis} reports.
   *
   * @param imu lower-back stream with an accelerometer. Not modified.
   * @param events initial contacts of both feet (other types are ignored), at the stream's rate
   * @param pendulumLengthM sensor height or leg length, m
   * @throws IllegalArgumentException as {@link #stepLengthsM}, or if the rates differ
   */
  public List<StrideSpatial> estimate(ImuStream imu, GaitEvents events, double pendulumLengthM) {
    Checks.requireArgument(events.rate().equals(imu.rate()), "events at %s but the stream at %s",
        events.rate(), imu.rate());
    GaitEvents ic = events.ofType(GaitEventType.INITIAL_CONTACT);
    int m = ic.size();
    int[] idx = new int[m];
    Side[] side = new Side[m];
    for (int k = 0; k < m; k++) {
      idx[k] = ic.get(k).sampleIndex();
      side[k] = ic.get(k).side();
    }
    double[] step = stepLengthsM(imu, idx, pendulumLengthM);
    List<StrideSpatial> out = new ArrayList<>(m);
    for (int k = 0; k < m; k++) {
      double stride = k + 2 < m ? step[k] + step[k + 1] : Double.NaN;
      double stepHere = k > 0 ? step[k - 1] : Double.NaN;
      if (Double.isNaN(stride) && Double.isNaN(stepHere)) {
        continue;
      }
      out.add(new StrideSpatial(side[k], idx[k], opt(stride), opt(stepHere),
          OptionalDouble.empty()));
    }
    return List.copyOf(out);
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  @Override
  public String toString() {
    return "InvertedPendulumStrideLength" + config;
  }
}
