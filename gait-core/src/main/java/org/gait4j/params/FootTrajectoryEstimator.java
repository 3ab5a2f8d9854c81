package org.gait4j.params;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.gait4j.internal.Checks;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Stride length, foot pitch at toe off and initial contact, and sensor lift of each stride of a
 * foot-mounted IMU, by strapdown integration between two zero-velocity instants (mid stances) with
 * linear de-drifting (Rampp et al. 2015; zero-velocity-update principle of Foxlin 2005 and Skog et
 * al. 2010).
 *
 * <h2>Signals expected</h2>
 *
 * One foot IMU with accelerometer (specific force including gravity, any acceleration unit) and
 * gyroscope (any angular-velocity unit), the same sensor frame for both (any mounting: the attitude
 * is levelled from gravity, and the heading does not matter for horizontal lengths), and the
 * events of that foot from {@link org.gait4j.events.FootGyroEventDetector} (or any detector giving
 * {@code MID_STANCE}, {@code TOE_OFF} and {@code INITIAL_CONTACT} at the stream's rate). Pitch is
 * the angle of the sensor x axis to the horizontal, so it is a foot angle when x points to the toe
 * (gaitmap foot sensor frame).
 *
 * <h2>Algorithm, per pair of consecutive mid stances {@code a < b} with one toe off and one
 * initial contact between them</h2>
 *
 * <ol>
 *   <li>Initial attitude: the mean accelerometer vector over {@code gravityWindowS} around {@code
 *       a} is rotated onto the vertical (shortest rotation, heading arbitrary); its norm is used
 *       as the local gravity.
 *   <li>Attitude: the body angular velocity (trapezoidal mean of consecutive samples) is
 *       integrated as a unit quaternion, sample by sample, up to {@code b}: each interval's
 *       rotation quaternion (cosine and sine of its half angle, by their Taylor series below 0.1
 *       rad, truncated below 1e-16) multiplies the attitude, which is then renormalised.
 *   <li>Acceleration: the specific force rotated to the world frame minus gravity; velocity by the
 *       trapezoidal rule from zero at {@code a}.
 *   <li>Zero-velocity update: the foot is still at {@code b} too, so the velocity left at {@code
 *       b} is drift; it is removed linearly in time over {@code [a, b]} (Rampp et al.).
 *   <li>Position by the trapezoidal rule; with {@code LEVEL_GROUND} the height left at {@code b} is
 *       removed linearly as well. Stride length is the horizontal distance from {@code a} to
 *       {@code b}; lift the highest vertical position; pitch at toe off and initial contact
 *       relative to the pitch at {@code a}.
 * </ol>
 *
 * <h2>Edge cases and limits</h2>
 *
 * Pairs of mid stances without exactly the toe off and initial contact of one swing between them
 * (a missed stride, a turn) are skipped. Lengths are those of the sensor, which on a shoe moves
 * like the heel between two stances. Gyroscope bias is not estimated: at 1 deg/s it tilts the
 * attitude by about 1 deg per stride and adds about 1 % to the error of the stride length.
 *
 * <h2>Thread-safety and cost</h2>
 *
 * Immutable and thread-safe; inputs are not modified. Linear time; one work buffer per call, no
 * allocation per sample. Causal per stride (each stride is known one mid stance after its end).
 *
 * <p>References: A. Rampp, J. Barth, S. Schülein, K.-G. Gaßmann, J. Klucken and B. M. Eskofier,
 * "Inertial sensor-based stride parameter calculation from gait sequences in geriatric patients",
 * IEEE Trans. Biomed. Eng. 62(4):1089–1097, 2015, DOI 10.1109/TBME.2014.2368211. I. Skog, P.
 * Händel, J.-O. Nilsson and J. Rantakokko, "Zero-velocity detection — an algorithm evaluation",
 * IEEE Trans. Biomed. Eng. 57(11):2657–2666, 2010, DOI 10.1109/TBME.2010.2060723. E. Foxlin,
 * "Pedestrian tracking with shoe-mounted inertial sensors", IEEE Comput. Graph. Appl. 25(6):38–46,
 * 2005, DOI 10.1109/MCG.2005.140.
 */
public final class FootTrajectoryEstimator {

  private final FootTrajectoryConfig config;

  private FootTrajectoryEstimator(FootTrajectoryConfig config) {
    this.config = Checks.notNull(config, "config");
  }

  /** An estimator with {@link FootTrajectoryConfig#defaults()}. */
  public static FootTrajectoryEstimator withDefaults() {
    return new FootTrajectoryEstimator(FootTrajectoryConfig.defaults());
  }

  /** An estimator with {@code config}. */
  public static FootTrajectoryEstimator of(FootTrajectoryConfig config) {
    return new FootTrajectoryEstimator(config);
  }

  /** The settings. */
  public FootTrajectoryConfig config() {
    return config;
  }

  /**
   * The strides of one foot.
   *
   * @param foot a foot IMU with accelerometer and gyroscope; not modified
   * @param events that foot's events (of the stream's side) at the stream's rate; not modified
   * @return one trajectory per stride, in time order; empty if none
   * @throws IllegalArgumentException if a sensor is missing or the rates differ
   */
  public List<FootStrideTrajectory> estimate(ImuStream foot, GaitEvents events) {
    Checks.notNull(foot, "foot");
    Checks.notNull(events, "events");
    SamplingRate rate = foot.rate();
    Checks.requireArgument(events.rate().equals(rate), "events rate (%s) differs from the IMU "
        + "rate (%s)", events.rate(), rate);
    Vector3Series acc = foot.accelerometer().orElseThrow(() -> new IllegalArgumentException(
        "foot IMU " + foot.sensorId() + " has no accelerometer"))
        .inUnit(Unit.METRE_PER_SECOND_SQUARED);
    Vector3Series gyr = foot.gyroscope().orElseThrow(() -> new IllegalArgumentException(
        "foot IMU " + foot.sensorId() + " has no gyroscope")).inUnit(Unit.RADIAN_PER_SECOND);
    Side side = foot.location().side();
    int[] ms = events.sampleIndices(side, GaitEventType.MID_STANCE);
    int[] to = events.sampleIndices(side, GaitEventType.TOE_OFF);
    int[] ic = events.sampleIndices(side, GaitEventType.INITIAL_CONTACT);
    int n = foot.size();
    int longest = 0;
    for (int k = 0; k + 1 < ms.length; k++) {
      if (ms[k + 1] < n) {
        longest = Math.max(longest, ms[k + 1] - ms[k]);
      }
    }
    if (longest == 0) {
      return List.of();
    }
    Work w = new Work(acc.x(), acc.y(), acc.z(), gyr.x(), gyr.y(), gyr.z(), longest + 1,
        rate.periodS(), Math.max(0, rate.samples(config.gravityWindowS() / 2)));
    List<FootStrideTrajectory> out = new ArrayList<>();
    for (int k = 0; k + 1 < ms.length; k++) {
      int a = ms[k];
      int b = ms[k + 1];
      if (b >= n) {
        continue;
      }
      int toeOff = only(to, a, b);
      int contact = only(ic, a, b);
      if (toeOff < 0 || contact < 0 || toeOff >= contact) {
        continue;
      }
      int opening = last(ic, a);
      w.integrate(a, b, toeOff, contact,
          config.height() == FootTrajectoryConfig.HeightCorrection.LEVEL_GROUND);
      out.add(new FootStrideTrajectory(side,
          opening < 0 ? OptionalInt.empty() : OptionalInt.of(opening), a, b, toeOff, contact,
          w.strideLengthM, w.toeOffPitchDeg, w.contactPitchDeg, w.maxLiftM));
    }
    return List.copyOf(out);
  }

  /**
   * The strides as the parameters module takes them ({@link FootStrideTrajectory#toStrideSpatial()}
   * of those with an opening contact).
   *
   * @param foot as {@link #estimate}; not modified
   * @param events as {@link #estimate}; not modified
   * @return stride geometry keyed by the opening contact, in time order
   */
  public List<StrideSpatial> strideSpatial(ImuStream foot, GaitEvents events) {
    List<StrideSpatial> out = new ArrayList<>();
    for (FootStrideTrajectory t : estimate(foot, events)) {
      Optional<StrideSpatial> s = t.toStrideSpatial();
      s.ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /** The single value of sorted {@code x} inside {@code (a, b)}, or -1 if none or several. */
  private static int only(int[] x, int a, int b) {
    int i = firstAtLeast(x, a + 1);
    if (i >= x.length || x[i] >= b || (i + 1 < x.length && x[i + 1] < b)) {
      return -1;
    }
    return x[i];
  }

  /** The last value of sorted {@code x} below {@code a}, or -1. */
  private static int last(int[] x, int a) {
    int i = firstAtLeast(x, a);
    return i > 0 ? x[i - 1] : -1;
  }

  /** Index of the first element of sorted {@code x} that is {@code >= v} (x.length if none). */
  private static int firstAtLeast(int[] x, int v) {
    int lo = 0;
    int hi = x.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (x[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Per-call buffers and the integration of one stride; results in its fields. The stride is
   * integrated in passes (rate quaternions, attitude, then acceleration and velocity) so that the
   * work of each sample does not wait for the attitude of the previous one, which is a chain of
   * dependent operations kept as short as it can be.
   */
  private static final class Work {
    // Taylor series of cos(h) and of sin(h) / (2 h) in h², used for h² < 0.01 (half angles below
    // 0.1 rad, 4000 deg/s at 200 Hz): the first omitted terms are below 3e-17 and 2e-18
    static final double SERIES_BELOW_H2 = 0.01;
    static final double COS_2 = -1.0 / 2;
    static final double COS_4 = 1.0 / 24;
    static final double COS_6 = -1.0 / 720;
    static final double COS_8 = 1.0 / 40320;
    static final double SINC_2 = -1.0 / 12;
    static final double SINC_4 = 1.0 / 240;
    static final double SINC_6 = -1.0 / 10080;
    static final double SINC_8 = 1.0 / 725760;

    final double[] ax;
    final double[] ay;
    final double[] az;
    final double[] wx;
    final double[] wy;
    final double[] wz;
    // per sample k = i - a of the stride: rate quaternion of the interval [i, i + 1], then the
    // attitude at i; the same buffers hold the velocity and then the height
    final double[] pw;
    final double[] px;
    final double[] py;
    final double[] pz;
    final double dt;
    final int halfWindow;
    double strideLengthM;
    double toeOffPitchDeg;
    double contactPitchDeg;
    double maxLiftM;

    Work(double[] ax, double[] ay, double[] az, double[] wx, double[] wy, double[] wz, int length,
        double dt, int halfWindow) {
      this.ax = ax;
      this.ay = ay;
      this.az = az;
      this.wx = wx;
      this.wy = wy;
      this.wz = wz;
      this.pw = new double[length];
      this.px = new double[length];
      this.py = new double[length];
      this.pz = new double[length];
      this.dt = dt;
      this.halfWindow = halfWindow;
    }

    void integrate(int a, int b, int toeOff, int contact, boolean level) {
      // 1. initial attitude from gravity
      double mx = 0;
      double my = 0;
      double mz = 0;
      int from = Math.max(0, a - halfWindow);
      int to = Math.min(ax.length - 1, a + halfWindow);
      for (int i = from; i <= to; i++) {
        mx += ax[i];
        my += ay[i];
        mz += az[i];
      }
      double g = Math.sqrt(mx * mx + my * my + mz * mz);
      double qw = 1;
      double qx = 0;
      double qy = 0;
      double qz = 0;
      if (g > 0) {
        double ux = mx / g;
        double uy = my / g;
        double uz = mz / g;
        g /= (to - from + 1);
        // rotation taking u onto +z: axis u x z = (uy, -ux, 0), angle acos(uz)
        double s = Math.hypot(ux, uy);
        if (s > 1e-12) {
          double angle = Math.atan2(s, uz);
          double sh = Math.sin(angle / 2);
          qw = Math.cos(angle / 2);
          qx = uy / s * sh;
          qy = -ux / s * sh;
        }
      }
      int last = b - a;
      // 2a. body-rate quaternion of each interval, with the mean rate over it
      for (int k = 0; k < last; k++) {
        int i = a + k;
        double ox = 0.5 * (wx[i] + wx[i + 1]) * dt;
        double oy = 0.5 * (wy[i] + wy[i + 1]) * dt;
        double oz = 0.5 * (wz[i] + wz[i + 1]) * dt;
        double h2 = 0.25 * (ox * ox + oy * oy + oz * oz); // (half angle)²
        double f; // sin(half angle) / angle
        if (h2 < SERIES_BELOW_H2) {
          f = 0.5 + h2 * (SINC_2 + h2 * (SINC_4 + h2 * (SINC_6 + h2 * SINC_8)));
          pw[k] = 1.0 + h2 * (COS_2 + h2 * (COS_4 + h2 * (COS_6 + h2 * COS_8)));
        } else {
          double angle = Math.sqrt(4 * h2);
          f = Math.sin(angle / 2) / angle;
          pw[k] = Math.cos(angle / 2);
        }
        px[k] = ox * f;
        py[k] = oy * f;
        pz[k] = oz * f;
      }
      // 2b. attitude at each sample (overwrites the rate quaternion it has used)
      for (int k = 0; k <= last; k++) {
        double dw = pw[k];
        double dx = px[k];
        double dy = py[k];
        double dz = pz[k];
        pw[k] = qw;
        px[k] = qx;
        py[k] = qy;
        pz[k] = qz;
        if (k < last) {
          double nw = qw * dw - qx * dx - qy * dy - qz * dz;
          double nx = qw * dx + qx * dw + qy * dz - qz * dy;
          double ny = qw * dy - qx * dz + qy * dw + qz * dx;
          double nz = qw * dz + qx * dy - qy * dx + qz * dw;
          // the product of unit quaternions is unit up to rounding (|n|² = 1 + e, e ~ 1e-16):
          // one Newton step for 1 / |n| leaves an error of order e², and keeps the chain short
          double r = 1.5 - 0.5 * (nw * nw + nx * nx + ny * ny + nz * nz);
          qw = nw * r;
          qx = nx * r;
          qy = ny * r;
          qz = nz * r;
        }
      }
      double pitch0 = pitchDeg(pw[0], px[0], py[0], pz[0]);
      toeOffPitchDeg = pitchDeg(pw[toeOff - a], px[toeOff - a], py[toeOff - a], pz[toeOff - a])
          - pitch0;
      contactPitchDeg = pitchDeg(pw[contact - a], px[contact - a], py[contact - a],
          pz[contact - a]) - pitch0;
      // 3. world acceleration and velocity (overwrites the attitude it has used: pw, px, py hold
      // the velocity)
      double prevX = 0;
      double prevY = 0;
      double prevZ = 0;
      double vx = 0;
      double vy = 0;
      double vz = 0;
      for (int k = 0; k <= last; k++) {
        int i = a + k;
        double cw = pw[k];
        double cx = px[k];
        double cy = py[k];
        double cz = pz[k];
        double r00 = 1 - 2 * (cy * cy + cz * cz);
        double r01 = 2 * (cx * cy - cw * cz);
        double r02 = 2 * (cx * cz + cw * cy);
        double r10 = 2 * (cx * cy + cw * cz);
        double r11 = 1 - 2 * (cx * cx + cz * cz);
        double r12 = 2 * (cy * cz - cw * cx);
        double r20 = 2 * (cx * cz - cw * cy);
        double r21 = 2 * (cy * cz + cw * cx);
        double r22 = 1 - 2 * (cx * cx + cy * cy);
        double wax = r00 * ax[i] + r01 * ay[i] + r02 * az[i];
        double way = r10 * ax[i] + r11 * ay[i] + r12 * az[i];
        double waz = r20 * ax[i] + r21 * ay[i] + r22 * az[i] - g;
        if (k > 0) {
          vx = vx + 0.5 * (prevX + wax) * dt;
          vy = vy + 0.5 * (prevY + way) * dt;
          vz = vz + 0.5 * (prevZ + waz) * dt;
        }
        pw[k] = vx;
        px[k] = vy;
        py[k] = vz;
        prevX = wax;
        prevY = way;
        prevZ = waz;
      }
      // 4. linear velocity de-drift; 5. position
      double ex = pw[last];
      double ey = px[last];
      double ez = py[last];
      double posX = 0;
      double posY = 0;
      double posZ = 0;
      double pvx = 0;
      double pvy = 0;
      double pvz = 0;
      for (int k = 0; k <= last; k++) {
        double c = (double) k / last;
        double cx = pw[k] - ex * c;
        double cy = px[k] - ey * c;
        double cz = py[k] - ez * c;
        if (k > 0) {
          posX += 0.5 * (pvx + cx) * dt;
          posY += 0.5 * (pvy + cy) * dt;
          posZ += 0.5 * (pvz + cz) * dt;
        }
        pvx = cx;
        pvy = cy;
        pvz = cz;
        pz[k] = posZ; // the height, for the level-ground correction
      }
      strideLengthM = Math.hypot(posX, posY);
      double lift = Double.NEGATIVE_INFINITY;
      for (int k = 0; k <= last; k++) {
        double h = level ? pz[k] - posZ * k / last : pz[k];
        lift = Math.max(lift, h);
      }
      maxLiftM = lift;
    }

    /** Angle of the sensor x axis above the horizontal, deg. */
    private static double pitchDeg(double qw, double qx, double qy, double qz) {
      double r00 = 1 - 2 * (qy * qy + qz * qz);
      double r10 = 2 * (qx * qy + qw * qz);
      double r20 = 2 * (qx * qz - qw * qy);
      return Math.toDegrees(Math.atan2(r20, Math.hypot(r00, r10)));
    }
  }

  @Override
  public String toString() {
    return "FootTrajectoryEstimator" + config;
  }
}
