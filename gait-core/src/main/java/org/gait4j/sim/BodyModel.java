package org.gait4j.sim;

import java.util.SplittableRandom;
import org.gait4j.model.Side;

/**
 * The deterministic kinematic and kinetic model behind {@link GaitSimulator}: a timeline of foot
 * contacts, per-side warped normative phases, a pelvis driven by the ground reaction forces, feet
 * rolling on the ground in stance and swinging along the normative leg chain, and two-link inverse
 * kinematics for thigh and shank. Immutable once built; {@link #pose(double)} is pure.
 *
 * <p>Lab frame: x along the walk, y to the left, z up, metres, floor at z = 0.
 */
final class BodyModel {
  static final double G = 9.80665;
  // normative-phase (q) landmarks of the foot roll-over, fractions of the cycle
  static final double Q_TO = NormativeHarmonics.FOOT_OFF;
  static final double Q_FF_HEEL = 0.12;
  static final double Q_FF_FORE = 0.10;
  static final double Q_HO = 0.30;
  static final double EARLY_SWING_TIME = 0.25;
  static final double EARLY_SWING_PHASE = 0.32;
  /** Fraction of the swing over which the ankle's rate mismatch at toe off and contact decays. */
  static final double SWING_JOIN = 0.3;
  /**
   * Shortest fraction of the swing over which the ankle's rate mismatch along the leg (hip to
   * ankle) decays where a longer decay would stretch the leg beyond reach.
   */
  static final double SWING_JOIN_ALONG_LEG_MIN = 0.05;

  final WalkParameters p;
  // anthropometry (Winter 2009 fractions of height), metres
  final double height;
  final double thigh;
  final double shank;
  final double ankleHeight;
  final double footLength;
  final double heelToAnkle;
  final double mtp;
  final double hipHalfWidth;
  final double bodyScale;
  final double bodyWeightN;

  // contact timeline; even contacts are left, odd right
  final int nContacts;
  final double[] icT;
  final double[] toT;
  final double[] heelX;
  final double[] heelY;
  final double[] yawRad;
  private final Pchip[] phase = new Pchip[2]; // normative phase per side, LEFT = 0
  private final Pchip pelvisPhase;
  private final Pchip progression;
  final double grfScale; // body weights per unit of the normative stance shape
  private final double[] dzCos;
  private final double[] dzSin;
  private final double[] dxCos;
  private final double[] dxSin;
  final double hipHeight;
  private double reachLimit;
  private Pchip penalty; // set once while constructing, then constant
  private final double[][] swingCorr; // per contact: leg-coordinate value offsets at both ends
  private final double[][] swingAnkleCorr; // per contact: ankle residual and rate offsets (lab)
  private final double thetaOffset;
  private final double landingPitchDeg;
  final double qMidSwing;
  private final double obliquityScale;
  private final double rotationScale;
  private final double trunkScale;

  BodyModel(WalkParameters p) {
    this.p = p;
    height = p.heightM();
    double legScale = p.effectiveLegLengthM() / (0.530 * height);
    thigh = 0.245 * height * legScale;
    shank = 0.246 * height * legScale;
    ankleHeight = 0.039 * height * legScale;
    footLength = 0.152 * height;
    heelToAnkle = 0.25 * footLength;
    mtp = 0.73 * footLength;
    hipHalfWidth = 0.05 * height;
    bodyScale = height / 1.75;
    bodyWeightN = p.massKg() * G;

    // --- timeline --------------------------------------------------------------------------
    double stride = p.strideTimeS();
    SplittableRandom rnd = new SplittableRandom(p.seed());
    double cv = p.strideCv();
    int n = (int) Math.ceil((p.durationS() + 4 * stride) / (stride / 2)) + 4;
    n += n % 2; // even: ends with a right contact
    nContacts = n;
    icT = new double[n];
    toT = new double[n];
    heelX = new double[n];
    heelY = new double[n];
    yawRad = new double[n];
    double fpa = Math.toRadians(p.footProgressionAngleDeg());
    double widthSd = Math.min(0.03, cv);
    double yawSd = Math.toRadians(Math.min(5.0, 100 * cv));
    for (int j = 0; j < n; j++) {
      boolean left = j % 2 == 0;
      if (j == 0) {
        icT[0] = -2 * stride;
        heelX[0] = p.speedMps() * icT[0];
      } else {
        icT[j] = icT[j - 1] + 0.5 * stride * (1 + cv * gauss(rnd));
        heelX[j] = heelX[j - 1] + p.stepLengthM(left) * (1 + cv * gauss(rnd));
      }
      double stanceFactor = left ? p.leftStanceTimeFactor() : p.rightStanceTimeFactor();
      toT[j] = icT[j] + p.stanceFraction() * stanceFactor * stride * (1 + cv * gauss(rnd));
      heelY[j] = (left ? 0.5 : -0.5) * p.stepWidthM() + widthSd * gauss(rnd);
      yawRad[j] = (left ? 1 : -1) * (fpa + yawSd * gauss(rnd));
    }
    // keep the phase order valid whatever the random draws
    for (int j = 0; j < n; j++) {
      double next = j + 1 < n ? icT[j + 1] : icT[j] + 0.5 * stride;
      double next2 = j + 2 < n ? icT[j + 2] : icT[j] + stride;
      if (p.mode() == GaitMode.WALK) {
        toT[j] = Math.min(Math.max(toT[j], next + 0.01 * stride), next2 - 0.15 * stride);
      } else {
        toT[j] = Math.min(Math.max(toT[j], icT[j] + 0.1 * stride), next - 0.01 * stride);
      }
    }
    for (int s = 0; s < 2; s++) {
      // knots: contact (k), toe off (k + 0.59) and early swing: a quarter of the swing time
      // covers 32 % of the normative swing, so the foot turns toe-up soon after toe off as in
      // real foot gyroscopes (the children's norms turn later)
      int m = n / 2;
      double[] kx = new double[3 * m - 1];
      double[] ky = new double[3 * m - 1];
      for (int k = 0; k < m; k++) {
        int j = 2 * k + s;
        kx[3 * k] = icT[j];
        ky[3 * k] = k;
        kx[3 * k + 1] = toT[j];
        ky[3 * k + 1] = k + Q_TO;
        if (k + 1 < m) {
          kx[3 * k + 2] = toT[j] + EARLY_SWING_TIME * (icT[j + 2] - toT[j]);
          ky[3 * k + 2] = k + Q_TO + EARLY_SWING_PHASE * (1 - Q_TO);
        }
      }
      phase[s] = new Pchip(kx, ky);
    }
    double[] pt = new double[n];
    double[] py = new double[n];
    double[] bx = new double[n - 1];
    double[] by = new double[n - 1];
    for (int j = 0; j < n; j++) {
      pt[j] = icT[j];
      py[j] = j / 2.0;
      if (j > 0) {
        bx[j - 1] = icT[j];
        by[j - 1] = 0.5 * (heelX[j] + heelX[j - 1]) + heelToAnkle;
      }
    }
    pelvisPhase = new Pchip(pt, py);
    progression = new Pchip(bx, by);

    // --- ground reaction forces and the pelvis they move ---------------------------------------
    double sL = p.stanceFraction() * p.leftStanceTimeFactor();
    double sR = p.stanceFraction() * p.rightStanceTimeFactor();
    int nf = 2000;
    double meanShape = 0;
    for (int i = 0; i < nf; i++) {
      meanShape += verticalShape((i + 0.5) / nf) / nf;
    }
    grfScale = 1.0 / ((sL + sR) * meanShape);
    int harmonics = 30;
    dzCos = new double[harmonics + 1];
    dzSin = new double[harmonics + 1];
    dxCos = new double[harmonics + 1];
    dxSin = new double[harmonics + 1];
    double[] az = new double[nf];
    double[] ax = new double[nf];
    double meanAx = 0;
    for (int i = 0; i < nf; i++) {
      double ph = (double) i / nf;
      double pl = ph / sL;
      double pr = ((ph - 0.5 + 1) % 1.0) / sR;
      az[i] = G * (grfScale * (verticalShape(pl) + verticalShape(pr)) - 1);
      ax[i] = G * grfScale * (apShape(pl) + apShape(pr));
      meanAx += ax[i] / nf;
    }
    double w0 = 2 * Math.PI / stride;
    for (int k = 1; k <= harmonics; k++) {
      double cz = 0;
      double sz = 0;
      double cx = 0;
      double sx = 0;
      for (int i = 0; i < nf; i++) {
        double a = 2 * Math.PI * k * i / nf;
        cz += az[i] * Math.cos(a);
        sz += az[i] * Math.sin(a);
        cx += (ax[i] - meanAx) * Math.cos(a);
        sx += (ax[i] - meanAx) * Math.sin(a);
      }
      double div = -(k * w0) * (k * w0) * nf / 2;
      dzCos[k] = cz / div;
      dzSin[k] = sz / div;
      dxCos[k] = cx / div;
      dxSin[k] = sx / div;
    }

    // --- normative drivers ---------------------------------------------------------------------
    double off = Double.POSITIVE_INFINITY;
    for (double q = 0.10; q <= Q_FF_HEEL + 1e-9; q += 0.0025) {
      off = Math.min(off, baseFootPitchDeg(q, 0));
    }
    thetaOffset = Math.min(off, baseFootPitchDeg(Q_HO, 0));
    double peak = 0;
    for (double q = 0.9; q < 1; q += 0.001) {
      peak = Math.max(peak, baseFootPitchDeg(q, thetaOffset));
    }
    landingPitchDeg = peak;
    double best = 0;
    double qBest = 0.85;
    for (double q = Q_TO; q < 1; q += 0.001) {
      double rate = shankDeg(q + 0.0005) - shankDeg(q - 0.0005);
      if (rate > best) {
        best = rate;
        qBest = q;
      }
    }
    qMidSwing = qBest;
    obliquityScale = p.pelvicDropDeg() / NormativeHarmonics.peakAbs(NormativeHarmonics.PELVIC_OBLIQUITY);
    rotationScale = p.pelvicRotationDeg() / NormativeHarmonics.peakAbs(NormativeHarmonics.PELVIC_ROTATION);
    trunkScale = p.trunkRotationDeg() / NormativeHarmonics.peakAbs(NormativeHarmonics.TRUNK_ROTATION);

    // --- hip height: mid-stance knee about 10 deg; elsewhere the reach penalty keeps >= 4 deg
    double standing = thigh + shank + ankleHeight;
    double dMid = Math.sqrt(thigh * thigh + shank * shank + 2 * thigh * shank * Math.cos(Math.toRadians(10)));
    double h = standing;
    for (int iter = 0; iter < 6; iter++) {
      double sum = 0;
      int cnt = 0;
      for (double t = 0; t < 6 * stride; t += 0.004) {
        double[] pel = pelvisPosition(t, h);
        double[] rp = pelvisRotation(t);
        for (int s = 0; s < 2; s++) {
          int j = stanceContact(s, t);
          double q = frac(phase[s].value(t));
          if (j < 0 || q < 0.15 || q > 0.3) {
            continue;
          }
          double[] hip = Mat3.transform(pel, rp, new double[] {0, s == 0 ? hipHalfWidth : -hipHalfWidth, 0});
          double[][] foot = stanceFoot(j, t);
          double[] ankle = Mat3.transform(foot[0], foot[1], ankleLocal());
          sum += Mat3.norm(Mat3.sub(hip, ankle)) - dMid;
          cnt++;
        }
      }
      double excess = sum / Math.max(1, cnt);
      h -= excess;
      if (Math.abs(excess) < 1e-5) {
        break;
      }
    }
    reachLimit = Math.sqrt(thigh * thigh + shank * shank + 2 * thigh * shank * Math.cos(Math.toRadians(4)));
    // the reach penalty on a 5 ms grid: running maximum over +-120 ms, then Gaussian (60 ms)
    double dt = 0.005;
    double tg0 = icT[2];
    int ng = (int) Math.ceil((icT[n - 3] - tg0) / dt);
    double[] raw = new double[ng];
    for (int i = 0; i < ng; i++) {
      double t = tg0 + i * dt;
      raw[i] = reachPenalty(t, pelvisPosition(t, h));
    }
    int half = 24;
    double[] env = new double[ng];
    for (int i = 0; i < ng; i++) {
      double mx = 0;
      for (int k = Math.max(0, i - half); k <= Math.min(ng - 1, i + half); k++) {
        mx = Math.max(mx, raw[k]);
      }
      env[i] = mx;
    }
    double[] gx = new double[ng];
    double[] gy = new double[ng];
    for (int i = 0; i < ng; i++) {
      double sw = 0;
      double sv = 0;
      for (int k = Math.max(0, i - 48); k <= Math.min(ng - 1, i + 48); k++) {
        double wgt = Math.exp(-0.5 * Math.pow((k - i) / 12.0, 2));
        sw += wgt;
        sv += wgt * env[k];
      }
      gx[i] = tg0 + i * dt;
      gy[i] = sv / sw;
    }
    penalty = new Pchip(gx, gy);
    hipHeight = h;

    // --- swing corrections: the leg coordinates take the stance legs' shape at toe off and
    // contact; the ankle then joins the stance ankles in position and velocity (lab frame) ---
    swingCorr = new double[n][];
    swingAnkleCorr = new double[n][];
    for (int j = 0; j + 2 < n; j++) {
      double[] v0 = Mat3.sub(stanceLeg(j, toT[j]), normativeLeg(j % 2, toT[j]));
      double[] v1 = Mat3.sub(stanceLeg(j + 2, icT[j + 2]), normativeLeg(j % 2, icT[j + 2]));
      swingCorr[j] = new double[] {v0[0], v0[1], v0[2], v1[0], v1[1], v1[2]};
    }
    for (int j = 0; j + 2 < n; j++) {
      swingAnkleCorr[j] = ankleJoin(j);
    }
  }

  private static double gauss(SplittableRandom r) {
    return Math.max(-2.5, Math.min(2.5, r.nextGaussian()));
  }

  // ---------------------------------------------------------------------------------------------
  // Ground reaction force shapes (body weights before scaling), stance fraction p in [0, 1]

  double verticalShape(double ps) {
    if (!(ps > 0 && ps < 1)) {
      return 0;
    }
    if (p.mode() == GaitMode.RUN) {
      double impact = p.contactPattern() == ContactPattern.HEEL
          ? 0.35 * Math.exp(-0.5 * Math.pow((ps - 0.12) / 0.04, 2)) : 0;
      return Math.sin(Math.PI * ps) + impact * Math.sin(Math.PI * ps);
    }
    return Math.max(0, NormativeHarmonics.sineSeries(NormativeHarmonics.GRF_VERTICAL, ps));
  }

  double apShape(double ps) {
    if (!(ps > 0 && ps < 1)) {
      return 0;
    }
    double v = NormativeHarmonics.sineSeries(NormativeHarmonics.GRF_AP, ps);
    if (p.mode() == GaitMode.RUN) {
      v = -0.25 * Math.sin(2 * Math.PI * ps) * Math.sin(Math.PI * ps) / 0.77;
    }
    return v > 0 ? v * p.pushOffStrength() : v;
  }

  /** Fraction of the vertical load on the heel (the rest on the forefoot), stance fraction p. */
  double heelLoad(double ps) {
    if (p.contactPattern() == ContactPattern.FOREFOOT) {
      return 0.45 * win(ps, 0.05, 0.2, 0.3, 0.5);
    }
    return 1 - smooth((ps - 0.1) / 0.45);
  }

  // ---------------------------------------------------------------------------------------------
  // Normative drivers, q = normative phase (cycle fraction, foot off at Q_TO)

  static double smooth(double x) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    return x * x * x * (x * (6 * x - 15) + 10);
  }

  /** 0 before a, rises to 1 at b, stays 1 to c, falls to 0 at d. */
  static double win(double q, double a, double b, double c, double d) {
    return smooth((q - a) / (b - a)) * (1 - smooth((q - c) / (d - c)));
  }

  static double frac(double q) {
    return q - Math.floor(q);
  }

  double thighDeg(double q) {
    return NormativeHarmonics.fourier(NormativeHarmonics.HIP_FLEXION, q)
        - NormativeHarmonics.fourier(NormativeHarmonics.PELVIC_TILT, q);
  }

  double shankDeg(double q) {
    return thighDeg(q) - NormativeHarmonics.fourier(NormativeHarmonics.KNEE_FLEXION, q);
  }

  private double baseFootPitchDeg(double q, double offset) {
    return shankDeg(q) + NormativeHarmonics.fourier(NormativeHarmonics.ANKLE_DORSIFLEXION, q)
        - offset;
  }

  /** Foot pitch to the floor, toe up positive, degrees, at normative phase q (periodic). */
  double footPitchDeg(double qIn) {
    double q = frac(qIn);
    double th;
    if (q < 0.5) {
      // heel rocker from the landing pitch to flat (zero rate at both ends), then flat, then the
      // forefoot rocker easing in from heel off
      double flat = win(q, -1, 0, Q_HO, 0.42);
      th = q < Q_FF_HEEL ? landingPitchDeg * (1 - smooth(q / Q_FF_HEEL))
          : baseFootPitchDeg(q, thetaOffset) * (1 - flat);
    } else {
      double b = smooth((q - 0.90) / 0.08);
      th = baseFootPitchDeg(q, thetaOffset) * (1 - b) + landingPitchDeg * b;
    }
    th *= 1 + (p.pushOffStrength() - 1) * win(q, 0.30, 0.45, 0.62, 0.78);
    if (p.contactPattern() == ContactPattern.FOREFOOT) {
      double landing = -8.0;
      double g = q < 0.5 ? 1 - smooth((q - Q_FF_HEEL) / 0.04) : smooth((q - 0.80) / 0.13);
      double e = q < 0.5 ? 1 - smooth(q / Q_FF_FORE) : 1;
      th = th * (1 - g) + landing * g * e;
    }
    return th;
  }

  /** Toe (phalanges) pitch to the floor, degrees: flat on the floor while pushing off. */
  double toePitchDeg(double qIn) {
    double q = frac(qIn);
    return footPitchDeg(q) * (1 - win(q, 0.25, Q_HO, Q_TO, 0.70));
  }

  /** Rearfoot eversion (positive) in stance, degrees. */
  double eversionDeg(double qIn) {
    double q = frac(qIn);
    double s = q < Q_TO ? Math.pow(Math.sin(Math.PI * q / Q_TO), 2) : 0;
    return p.rearfootEversionDeg() * (-0.2 + 1.2 * s);
  }

  // ---------------------------------------------------------------------------------------------
  // Timeline helpers

  /** Normative phase of side s (0 left, 1 right) at time t: integer part counts strides. */
  double phase(int s, double t) {
    return phase[s].value(t);
  }

  /** Time at which side s reaches normative phase target (bisection on the monotone phase). */
  double timeOfPhase(int s, double target) {
    int k = (int) Math.floor(target);
    int j = Math.min(2 * k + s, nContacts - 1);
    double lo = icT[Math.max(j, 0)] - p.strideTimeS();
    double hi = lo + 3 * p.strideTimeS();
    for (int i = 0; i < 80; i++) {
      double mid = 0.5 * (lo + hi);
      if (phase[s].value(mid) < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** The contact of side s in stance at time t, or -1 when that foot is in swing. */
  int stanceContact(int s, double t) {
    int j = lastContact(s, t);
    return j >= 0 && t <= toT[j] ? j : -1;
  }

  /** The last contact of side s at or before t (-1 if none). */
  int lastContact(int s, double t) {
    int k = (int) Math.floor(phase[s].value(t) + 1e-12);
    int j = 2 * k + s;
    if (j >= nContacts) {
      j = nContacts - 2 + s;
    }
    while (j >= 0 && icT[j] > t) {
      j -= 2;
    }
    while (j + 2 < nContacts && icT[j + 2] <= t) {
      j += 2;
    }
    return j;
  }

  static Side side(int j) {
    return j % 2 == 0 ? Side.LEFT : Side.RIGHT;
  }

  // ---------------------------------------------------------------------------------------------
  // Pelvis

  double pelvisStridePhase(double t) {
    return pelvisPhase.value(t);
  }

  double[] pelvisPosition(double t, double h) {
    double ph = pelvisPhase.value(t);
    double dz = 0;
    double dx = 0;
    for (int k = 1; k < dzCos.length; k++) {
      double a = 2 * Math.PI * k * ph;
      double c = Math.cos(a);
      double s = Math.sin(a);
      dz += dzCos[k] * c + dzSin[k] * s;
      dx += dxCos[k] * c + dxSin[k] * s;
    }
    double sway = (0.01 + 0.2 * p.stepWidthM()) * Math.cos(2 * Math.PI * (ph - 0.3));
    if (p.mode() == GaitMode.RUN) {
      sway *= 0.5;
    }
    double[] pos = {progression.value(t) + dx, sway, h + dz};
    if (penalty != null) {
      pos[2] -= penalty.value(t);
    }
    return pos;
  }

  /**
   * How far (m) the hip must come down so that every loaded leg stays within reach: a smooth
   * maximum of each leg's excess length, faded in over the last 15 % of swing and out over the
   * first 15 %, so the pelvis path stays smooth.
   */
  private double reachPenalty(double t, double[] pos) {
    double[] rp = pelvisRotation(t);
    double total = 0;
    for (int s = 0; s < 2; s++) {
      int j = lastContact(s, t);
      if (j < 0) {
        continue;
      }
      double w = 1;
      int jj = j;
      if (t > toT[j] && j + 2 < nContacts) {
        double u = (t - toT[j]) / (icT[j + 2] - toT[j]);
        if (u < 0.5) {
          w = 1 - smooth(u / 0.15);
        } else {
          w = smooth((u - 0.85) / 0.15);
          jj = j + 2;
        }
      }
      if (w <= 0) {
        continue;
      }
      double[] hip = Mat3.transform(pos, rp, new double[] {0, s == 0 ? hipHalfWidth : -hipHalfWidth, 0});
      double[][] f = stanceFoot(jj, t);
      double[] ankle = Mat3.transform(f[0], f[1], ankleLocal());
      double[] d = Mat3.sub(hip, ankle);
      double dist = Mat3.norm(d);
      double e = dist - reachLimit;
      double delta = 0.003;
      double sp = e / delta > 30 ? e : delta * Math.log1p(Math.exp(e / delta));
      total = Math.max(total, w * sp * dist / Math.max(0.5 * dist, d[2]));
    }
    return total;
  }

  double obliquityDeg(double t) {
    return obliquityScale * (NormativeHarmonics.fourier(NormativeHarmonics.PELVIC_OBLIQUITY,
        phase(0, t)) - NormativeHarmonics.PELVIC_OBLIQUITY[0]);
  }

  double pelvicRotationDeg(double t) {
    return rotationScale * (NormativeHarmonics.fourier(NormativeHarmonics.PELVIC_ROTATION,
        phase(0, t)) - NormativeHarmonics.PELVIC_ROTATION[0]);
  }

  double pelvicTiltDeg(double t) {
    return NormativeHarmonics.fourier(NormativeHarmonics.PELVIC_TILT, phase(0, t));
  }

  double trunkRotationDeg(double t) {
    return trunkScale * (NormativeHarmonics.fourier(NormativeHarmonics.TRUNK_ROTATION,
        phase(0, t)) - NormativeHarmonics.TRUNK_ROTATION[0]);
  }

  /** Pelvis orientation: yaw (left side forward negative yaw), then tilt, then obliquity. */
  double[] pelvisRotation(double t) {
    return Mat3.mul(Mat3.mul(Mat3.rotZ(-Math.toRadians(pelvicRotationDeg(t))),
        Mat3.rotY(Math.toRadians(pelvicTiltDeg(t)))), Mat3.rotX(Math.toRadians(obliquityDeg(t))));
  }

  double[] trunkRotation(double t) {
    return Mat3.mul(Mat3.rotZ(-Math.toRadians(trunkRotationDeg(t))), Mat3.rotY(Math.toRadians(4)));
  }

  double[] hip(int s, double t) {
    return Mat3.transform(pelvisPosition(t, hipHeight), pelvisRotation(t),
        new double[] {0, s == 0 ? hipHalfWidth : -hipHalfWidth, 0});
  }

  // ---------------------------------------------------------------------------------------------
  // Feet: origin at the heel on the sole, x heel to toe, y left, z up

  double[] ankleLocal() {
    return new double[] {heelToAnkle, 0, ankleHeight};
  }

  private double[] footRotation(int j, double q, double yaw) {
    double sideSign = j % 2 == 0 ? 1 : -1;
    return Mat3.mul(Mat3.mul(Mat3.rotZ(yaw), Mat3.rotY(-Math.toRadians(footPitchDeg(q)))),
        Mat3.rotX(sideSign * Math.toRadians(eversionDeg(q))));
  }

  /** The foot of contact j rolling on the floor at time t (may extend past its stance). */
  double[][] stanceFoot(int j, double t) {
    int s = j % 2;
    double q = phase[s].value(t) - j / 2;
    double[] r = footRotation(j, q, yawRad[j]);
    double[] heel0 = {heelX[j], heelY[j], 0};
    double th = footPitchDeg(q);
    if (th >= 0) {
      return new double[][] {heel0, r};
    }
    double[] m0 = Mat3.transform(heel0, Mat3.rotZ(yawRad[j]), new double[] {mtp, 0, 0});
    double[] origin = Mat3.sub(m0, Mat3.apply(r, new double[] {mtp, 0, 0}));
    return new double[][] {origin, r};
  }

  // ---------------------------------------------------------------------------------------------
  // Swing leg: normative thigh and shank angles hung from the hip, corrected so that the ankle
  // joins the rolling stance foot at toe off and the landing foot at the next contact (C1)

  /**
   * Leg coordinates of an ankle seen from a hip, in the vertical plane of heading {@code yaw}:
   * {thigh angle, shank angle (rad, from the downward vertical, positive when the distal end is
   * forward), lateral offset of the ankle (m, to the left)}, knee bending forward.
   */
  double[] legCoordinates(double[] hip, double[] ankle, double yaw) {
    double[] d = Mat3.sub(ankle, hip);
    double c = Math.cos(yaw);
    double sn = Math.sin(yaw);
    double f = d[0] * c + d[1] * sn;
    double l = -d[0] * sn + d[1] * c;
    double pz = Math.sqrt(d[2] * d[2] + l * l);
    double dist = Math.hypot(f, pz);
    double dc = Math.max(Math.abs(thigh - shank) + 1e-6, Math.min((thigh + shank) * (1 - 1e-9),
        dist));
    double line = Math.atan2(f, pz);
    double alpha = Math.acos(Math.max(-1, Math.min(1,
        (thigh * thigh + dc * dc - shank * shank) / (2 * thigh * dc))));
    double beta = Math.acos(Math.max(-1, Math.min(1,
        (shank * shank + dc * dc - thigh * thigh) / (2 * shank * dc))));
    return new double[] {line + alpha, line - beta, l};
  }

  /** The ankle hung from {@code hip} by leg coordinates (inverse of {@link #legCoordinates}). */
  double[] legAnkle(double[] hip, double yaw, double[] leg) {
    double f = thigh * Math.sin(leg[0]) + shank * Math.sin(leg[1]);
    double pz = thigh * Math.cos(leg[0]) + shank * Math.cos(leg[1]);
    double up = -Math.sqrt(Math.max(0, pz * pz - leg[2] * leg[2]));
    double c = Math.cos(yaw);
    double sn = Math.sin(yaw);
    return new double[] {hip[0] + f * c - leg[2] * sn, hip[1] + f * sn + leg[2] * c, hip[2] + up};
  }

  /** Leg coordinates of side j % 2 whose ankle is that of the rolling foot of contact jj. */
  double[] stanceLeg(int jj, double t) {
    double[][] f = stanceFoot(jj, t);
    return legCoordinates(hip(jj % 2, t), Mat3.transform(f[0], f[1], ankleLocal()), yawRad[jj]);
  }

  /** Normative leg coordinates of side s at time t: thigh and shank of the norms, no offset. */
  double[] normativeLeg(int s, double t) {
    double q = phase[s].value(t);
    double kneeScale = p.mode() == GaitMode.RUN ? 1.5 : 1.0;
    double th = thighDeg(q);
    return new double[] {Math.toRadians(th), Math.toRadians(th
        - kneeScale * NormativeHarmonics.fourier(NormativeHarmonics.KNEE_FLEXION, q)), 0};
  }

  /** The ankle of the rolling foot of contact jj at time t, lab, m. */
  private double[] stanceAnkle(int jj, double t) {
    double[][] f = stanceFoot(jj, t);
    return Mat3.transform(f[0], f[1], ankleLocal());
  }

  /** The ankle hung from the hip by the swing leg coordinates after contact j, lab, m. */
  private double[] legSwingAnkle(int j, double t) {
    return legAnkle(hip(j % 2, t), footYaw(j % 2, t), swingLeg(j, t));
  }

  /**
   * What the swing ankle after contact j lacks to join the stance ankles, lab frame: {position
   * residual at toe off (3), at the next contact (3) (m); velocity offset across the leg at toe off
   * (3), at the next contact (3), along the leg at toe off (3), at the next contact (3) (m/s);
   * decay time of the along-leg offsets at toe off, at the next contact (s)}. Each side of a join
   * is differentiated one-sidedly on its own side (the phase is a C1 spline).
   */
  private double[] ankleJoin(int j) {
    double h = 1e-4;
    double t0 = toT[j];
    double t1 = icT[j + 2];
    double[] out = new double[20];
    double[] st0 = stanceAnkle(j, t0);
    double[] sw0 = legSwingAnkle(j, t0);
    double[] st1 = stanceAnkle(j + 2, t1);
    double[] sw1 = legSwingAnkle(j, t1);
    double[] vSt0 = oneSided(st0, stanceAnkle(j, t0 - h), stanceAnkle(j, t0 - 2 * h), -h);
    double[] vSw0 = oneSided(sw0, legSwingAnkle(j, t0 + h), legSwingAnkle(j, t0 + 2 * h), h);
    double[] vSt1 = oneSided(st1, stanceAnkle(j + 2, t1 + h), stanceAnkle(j + 2, t1 + 2 * h), h);
    double[] vSw1 = oneSided(sw1, legSwingAnkle(j, t1 - h), legSwingAnkle(j, t1 - 2 * h), -h);
    double[] u0 = Mat3.unit(Mat3.sub(st0, hip(j % 2, t0)));
    double[] u1 = Mat3.unit(Mat3.sub(st1, hip(j % 2, t1)));
    double[] dv0 = Mat3.sub(vSt0, vSw0);
    double[] dv1 = Mat3.sub(vSt1, vSw1);
    double[] along0 = Mat3.scale(u0, Mat3.dot(dv0, u0));
    double[] along1 = Mat3.scale(u1, Mat3.dot(dv1, u1));
    for (int a = 0; a < 3; a++) {
      out[a] = st0[a] - sw0[a];
      out[3 + a] = st1[a] - sw1[a];
      out[6 + a] = dv0[a] - along0[a];
      out[9 + a] = dv1[a] - along1[a];
      out[12 + a] = along0[a];
      out[15 + a] = along1[a];
    }
    // an along-leg offset v decays as v tau (1 - tau / T)^2, which moves the ankle by at most
    // 4/27 v T; where it lengthens the leg, T is cut so that 0.25 v T (room left for the swing
    // leg's own lengthening) stays within the slack to full reach at the join, but never below
    // SWING_JOIN_ALONG_LEG_MIN of the swing
    double d = t1 - t0;
    double reach = thigh + shank;
    double lengthen0 = Mat3.dot(dv0, u0);
    double lengthen1 = -Mat3.dot(dv1, u1);
    double slack0 = Math.max(0, reach - Mat3.norm(Mat3.sub(st0, hip(j % 2, t0))));
    double slack1 = Math.max(0, reach - Mat3.norm(Mat3.sub(st1, hip(j % 2, t1))));
    out[18] = alongLegDecay(lengthen0, slack0, d);
    out[19] = alongLegDecay(lengthen1, slack1, d);
    return out;
  }

  /** Decay time (s) of an along-leg rate offset that lengthens the leg at {@code lengthen} m/s. */
  private static double alongLegDecay(double lengthen, double slack, double swing) {
    double longest = SWING_JOIN * swing;
    if (lengthen <= 0) {
      return longest;
    }
    return Math.max(SWING_JOIN_ALONG_LEG_MIN * swing, Math.min(longest, slack / (0.25 * lengthen)));
  }

  /**
   * tau (1 - tau / T)^2 for tau in [0, T], else 0: unit rate at tau = 0, zero value and rate at
   * T, largest value 4/27 T.
   */
  private static double decay(double tau, double duration) {
    double x = 1 - Math.min(1, tau / duration);
    return tau * x * x;
  }

  /** Second-order one-sided derivative from x(t), x(t + h), x(t + 2h); h may be negative. */
  private static double[] oneSided(double[] x0, double[] x1, double[] x2, double h) {
    double[] d = new double[3];
    for (int a = 0; a < 3; a++) {
      d[a] = (-3 * x0[a] + 4 * x1[a] - x2[a]) / (2 * h);
    }
    return d;
  }

  /**
   * Leg coordinates of the swing after contact j at time t (toT[j] &lt;= t &lt;= icT[j + 2]): the
   * normative leg plus an offset that blends (quintic smoothstep, zero rate at both ends) from the
   * stance leg's offset at toe off to the landing leg's offset at the next contact, so the leg
   * leaves and lands in the stance legs' shape.
   */
  double[] swingLeg(int j, double t) {
    double[] leg = normativeLeg(j % 2, t);
    double su = smooth((t - toT[j]) / (icT[j + 2] - toT[j]));
    double[] c = swingCorr[j];
    for (int a = 0; a < 3; a++) {
      leg[a] += c[a] * (1 - su) + c[3 + a] * su;
    }
    return leg;
  }

  /**
   * The swing ankle after contact j at time t, lab, m: the ankle of {@link #swingLeg} plus a
   * correction that makes it equal the stance ankle, in position and velocity, at toe off and at
   * the next contact. Position residuals (non-zero only where the stance leg is stretched beyond
   * reach) blend across the swing (quintic smoothstep). Each velocity offset v decays as v tau (1
   * - tau / T)^2, tau the time from its join (a single swing-lobe peak for the shank gyroscope,
   * unlike a smoothstep decay, which pushed the ankle forward enough to make a second one); it is
   * split: across the leg T is {@link #SWING_JOIN} of the swing, along the hip-ankle line T is
   * cut where a longer decay would stretch the leg beyond reach (the stance leg shortens at ~0.5
   * m/s just after contact as the hip comes over the planted foot, so the landing leg must have
   * been longer just before). So the ankle, and with it the foot, is C1 with bounded
   * acceleration (5-8 g at most, in the last tens of ms before contact) across both joins, and the
   * segment rates (inverse kinematics of hip and ankle) do not jump. The join is made on the ankle
   * rather than on the leg coordinates because these are singular where the stance knee
   * straightens (their rates grow without bound as the hip-ankle distance nears full reach, as
   * at toe off of long steps): joined there, they drove the swing knee to -85 deg, which a knee
   * floor then clipped into foot accelerations of 70-300 g.
   */
  double[] swingAnkle(int j, double t) {
    double[] ankle = legSwingAnkle(j, t);
    double d = icT[j + 2] - toT[j];
    double su = smooth((t - toT[j]) / d);
    double t0 = t - toT[j];
    double t1 = icT[j + 2] - t;
    double[] c = swingAnkleCorr[j];
    double e0 = decay(t0, SWING_JOIN * d);
    double e1 = -decay(t1, SWING_JOIN * d);
    double r0 = decay(t0, c[18]);
    double r1 = -decay(t1, c[19]);
    for (int a = 0; a < 3; a++) {
      ankle[a] += c[a] * (1 - su) + c[3 + a] * su + c[6 + a] * e0 + c[9 + a] * e1
          + c[12 + a] * r0 + c[15 + a] * r1;
    }
    return ankle;
  }

  /** Foot pose of side s at time t: {origin (heel on the sole), rotation}. */
  double[][] foot(int s, double t) {
    int j = lastContact(s, t);
    if (j < 0) {
      j = s;
    }
    if (t <= toT[j] || j + 2 >= nContacts) {
      return stanceFoot(j, t);
    }
    double q = phase[s].value(t) - j / 2;
    double[] r = footRotation(j, q, footYaw(s, t));
    double[] ankle = swingAnkle(j, t);
    return new double[][] {Mat3.sub(ankle, Mat3.apply(r, ankleLocal())), r};
  }

  /**
   * Time of mid swing after contact j: the peak forward angular velocity of the simulated shank
   * about its medio-lateral axis (most negative body-frame y rate), to about 0.1 ms.
   */
  double midSwingTime(int j) {
    int s = j % 2;
    double t0 = toT[j];
    double t1 = icT[j + 2];
    int steps = Math.max(20, (int) Math.ceil((t1 - t0) / 0.002));
    double dt = (t1 - t0) / steps;
    double best = Double.POSITIVE_INFINITY;
    double tb = t0;
    for (int i = 1; i < steps; i++) {
      double t = t0 + i * dt;
      double w = shankRateY(s, t);
      if (w < best) {
        best = w;
        tb = t;
      }
    }
    double lo = Math.max(t0, tb - dt);
    double hi = Math.min(t1, tb + dt);
    double g = 0.5 * (Math.sqrt(5) - 1);
    for (int i = 0; i < 20; i++) {
      double a = hi - g * (hi - lo);
      double b = lo + g * (hi - lo);
      if (shankRateY(s, a) < shankRateY(s, b)) {
        hi = b;
      } else {
        lo = a;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** Body-frame y angular velocity (rad/s) of the shank of side s at time t. */
  double shankRateY(int s, double t) {
    double h = 5e-4;
    return Mat3.bodyRate(pose(t - h).shankR[s], pose(t + h).shankR[s], 2 * h)[1];
  }

  /** Toe pitch of side s at time t, degrees. */
  double toePitch(int s, double t) {
    return toePitchDeg(phase[s].value(t));
  }

  /** Yaw of the foot of side s at time t, radians. */
  double footYaw(int s, double t) {
    int j = lastContact(s, t);
    if (j < 0) {
      j = s;
    }
    if (t <= toT[j] || j + 2 >= nContacts) {
      return yawRad[j];
    }
    double u = (t - toT[j]) / (icT[j + 2] - toT[j]);
    return yawRad[j] + (yawRad[j + 2] - yawRad[j]) * smooth(u);
  }

  // ---------------------------------------------------------------------------------------------
  // Ground reaction force of one contact (lab frame, newtons, force on the body)

  /** Stance fraction of contact j at time t (outside [0, 1] when not in stance). */
  double stanceFraction(int j, double t) {
    return (t - icT[j]) / (toT[j] - icT[j]);
  }

  double[] grf(int j, double t) {
    double ps = stanceFraction(j, t);
    if (!(ps > 0 && ps < 1)) {
      return new double[3];
    }
    double fz = bodyWeightN * grfScale * verticalShape(ps);
    double fap = bodyWeightN * grfScale * apShape(ps);
    double fml = -(j % 2 == 0 ? 1 : -1) * bodyWeightN * grfScale * 0.05 * Math.sin(Math.PI * ps)
        * (0.5 + 5 * p.stepWidthM());
    double yaw = 0; // forces along the walk, not the foot
    return new double[] {fap * Math.cos(yaw) - fml * Math.sin(yaw), fap * Math.sin(yaw) + fml,
        fz};
  }

  /** Centre of pressure of contact j at time t, in the foot's flat frame (x along, y left), m. */
  double[] copLocal(int j, double t) {
    double ps = Math.max(0, Math.min(1, stanceFraction(j, t)));
    double h = heelLoad(ps);
    double fore = (0.70 + 0.22 * smooth((ps - 0.55) / 0.45)) * footLength;
    double heel = 0.12 * footLength;
    double lateral = (j % 2 == 0 ? 1 : -1) * 0.012 * (1 - 2 * smooth((ps - 0.3) / 0.6));
    return new double[] {h * heel + (1 - h) * fore, lateral};
  }

  /** Centre of pressure of contact j in the lab, m (floor, z = 0). */
  double[] copLab(int j, double t) {
    double[] l = copLocal(j, t);
    return Mat3.transform(new double[] {heelX[j], heelY[j], 0}, Mat3.rotZ(yawRad[j]),
        new double[] {l[0], l[1], 0});
  }

  // ---------------------------------------------------------------------------------------------
  // Whole-body pose

  /** The pose at time t (pure). */
  Pose pose(double t) {
    Pose o = new Pose();
    o.pelvisPos = pelvisPosition(t, hipHeight);
    o.pelvisR = pelvisRotation(t);
    o.trunkR = trunkRotation(t);
    for (int s = 0; s < 2; s++) {
      double sideSign = s == 0 ? 1 : -1;
      double[] hip = Mat3.transform(o.pelvisPos, o.pelvisR, new double[] {0, sideSign * hipHalfWidth, 0});
      double[][] f = foot(s, t);
      double[] ankle = Mat3.transform(f[0], f[1], ankleLocal());
      double yaw = footYaw(s, t);
      double[] fwd = {Math.cos(yaw), Math.sin(yaw), 0};
      double[] d = Mat3.sub(ankle, hip);
      double dist = Mat3.norm(d);
      double[] u = Mat3.scale(d, 1 / dist);
      double lmax = (thigh + shank) * (1 - 1e-9);
      double lmin = Math.abs(thigh - shank) + 1e-6;
      double dc = Math.max(lmin, Math.min(lmax, dist));
      double a = (thigh * thigh - shank * shank + dc * dc) / (2 * dc);
      double hh = Math.sqrt(Math.max(0, thigh * thigh - a * a));
      double[] b = Mat3.unit(Mat3.sub(fwd, Mat3.scale(u, Mat3.dot(fwd, u))));
      double[] knee = Mat3.add(hip, Mat3.add(Mat3.scale(u, a), Mat3.scale(b, hh)));
      double[] n = Mat3.unit(Mat3.cross(b, u));
      double[] zt = Mat3.unit(Mat3.sub(hip, knee));
      double[] zs = Mat3.unit(Mat3.sub(knee, ankle));
      o.hip[s] = hip;
      o.knee[s] = knee;
      o.ankle[s] = ankle;
      o.thighR[s] = Mat3.fromColumns(Mat3.cross(n, zt), n, zt);
      o.shankR[s] = Mat3.fromColumns(Mat3.unit(Mat3.cross(n, zs)), n, zs);
      o.footOrigin[s] = f[0];
      o.footR[s] = f[1];
      o.toePitchDeg[s] = toePitch(s, t);
    }
    return o;
  }

  /** A pose: segment positions (m) and rotations (segment to lab) at one instant. */
  static final class Pose {
    double[] pelvisPos;
    double[] pelvisR;
    double[] trunkR;
    final double[][] hip = new double[2][];
    final double[][] knee = new double[2][];
    final double[][] ankle = new double[2][];
    final double[][] thighR = new double[2][];
    final double[][] shankR = new double[2][];
    final double[][] footOrigin = new double[2][];
    final double[][] footR = new double[2][];
    final double[] toePitchDeg = new double[2];

    /** Hip flexion of side s: thigh in the pelvis sagittal plane, degrees. */
    double hipFlexionDeg(int s) {
      double[] down = Mat3.applyT(pelvisR, Mat3.scale(new double[] {thighR[s][2], thighR[s][5],
          thighR[s][8]}, -1));
      return Math.toDegrees(Math.atan2(down[0], -down[2]));
    }

    double kneeFlexionDeg(int s) {
      double c = thighR[s][2] * shankR[s][2] + thighR[s][5] * shankR[s][5]
          + thighR[s][8] * shankR[s][8];
      return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, c))));
    }

    double ankleDorsiflexionDeg(int s) {
      double[] fx = {footR[s][0], footR[s][3], footR[s][6]};
      double[] w = Mat3.applyT(shankR[s], fx);
      return Math.toDegrees(Math.atan2(w[2], w[0]));
    }
  }
}
