package org.gait4j.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gait4j.internal.Gaps;
import org.gait4j.model.GapPolicy;
import org.gait4j.model.Landmark;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.Side;
import org.gait4j.model.Vector3Series;

/**
 * The shared front end of the point-based detectors: finds the heel, toe and pelvis of each side in
 * a {@link PointSet}, applies the gap policy, and finds the vertical and the walking direction from
 * the data. Package-private; see {@link CoordinateEventDetector} for the rules it implements.
 *
 * <p>All positions stay in the point set's own unit (mm, m, pixels): the detectors only use
 * dimensionless thresholds scaled by {@link #scale()}, the median pelvis-to-heel distance (about
 * the leg length), so one configuration serves markers in millimetres and keypoints in pixels.
 */
final class PointKinematics {

  /** Horizontal pelvis travel window for the local walking direction, seconds. */
  static final double DIRECTION_WINDOW_S = 1.0;

  /** Pelvis travel below this many leg lengths per second counts as walking on the spot. */
  static final double MIN_TRAVEL_SPEED_LEGS_PER_S = 0.1;

  final int n;
  final double rateHz;
  /** Unit vector pointing up, from the feet to the pelvis. */
  final double[] up;
  /** Median pelvis-to-heel distance, in the point set's unit. */
  final double scale;
  /** Pelvis position, [3][n], NaN where missing. */
  final double[][] pelvis;
  /** Per side (0 left, 1 right): heel [3][n] and toe [3][n], NaN where missing. */
  final double[][][] heel = new double[2][][];
  final double[][][] toe = new double[2][][];
  /** Unit walking direction per sample, horizontal, [3][n]; NaN where the pelvis is missing. */
  final double[][] forward;
  /** Per side: valid segments {@code [from, to)} where heel, toe and pelvis are all present. */
  final List<List<int[]>> segments = new ArrayList<>();

  private PointKinematics(PointSet points, GapPolicy policy, double maxGapS) {
    this.n = points.size();
    this.rateHz = points.rate().hz();
    int maxGap = (int) Math.floor(maxGapS * rateHz + 1e-9);
    boolean planar = points.kind() == PointSet.Kind.KEYPOINTS_2D;
    this.pelvis = pelvis(points, policy, maxGap);
    for (int s = 0; s < 2; s++) {
      Side side = s == 0 ? Side.LEFT : Side.RIGHT;
      heel[s] = prepared(heelTrack(points, side), policy, maxGap);
      toe[s] = prepared(toeTrack(points, side), policy, maxGap);
    }
    // vertical: mean of pelvis minus the mid-foot of both sides
    double[] u = new double[3];
    int count = 0;
    for (int s = 0; s < 2; s++) {
      for (int i = 0; i < n; i++) {
        double ux = pelvis[0][i] - 0.5 * (heel[s][0][i] + toe[s][0][i]);
        double uy = pelvis[1][i] - 0.5 * (heel[s][1][i] + toe[s][1][i]);
        double uz = planar ? 0 : pelvis[2][i] - 0.5 * (heel[s][2][i] + toe[s][2][i]);
        if (!Double.isNaN(ux + uy + uz)) {
          u[0] += ux;
          u[1] += uy;
          u[2] += uz;
          count++;
        }
      }
    }
    double norm = Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
    if (count == 0 || !(norm > 0)) {
      this.up = null;
      this.scale = Double.NaN;
      this.forward = null;
      for (int s = 0; s < 2; s++) {
        segments.add(List.of());
      }
      return;
    }
    this.up = new double[] {u[0] / norm, u[1] / norm, u[2] / norm};
    this.scale = medianHeelDistance();
    this.forward = forwardDirection(planar);
    for (int s = 0; s < 2; s++) {
      segments.add(validSegments(s));
    }
  }

  /**
   * Prepares {@code points} for detection.
   *
   * @throws IllegalArgumentException if a landmark is missing, or a gap breaks {@code policy}
   */
  static PointKinematics of(PointSet points, GapPolicy policy, double maxGapS) {
    return new PointKinematics(points, policy, maxGapS);
  }

  /** True when no sample has heel, toe and pelvis of a side together. */
  boolean isEmpty() {
    return up == null;
  }

  /** {@code (p - pelvis) . forward} at sample {@code i}. */
  double along(double[][] p, int i) {
    return (p[0][i] - pelvis[0][i]) * forward[0][i] + (p[1][i] - pelvis[1][i]) * forward[1][i]
        + (p[2][i] - pelvis[2][i]) * forward[2][i];
  }

  /**
   * The vertical made level with the walking: {@link #up} without its component along the
   * pelvis travel. The mean foot-to-pelvis direction leans back by a few degrees (a sacrum or PSIS
   * marker sits behind the hip joints, the foot centre ahead of the ankle), so heights along
   * {@link #up} pick up a part of the forward motion of the foot (about 0.07 of it, which in swing
   * is a vertical velocity of several tenths of a leg length per second). The pelvis travels level
   * over any window of about a stride, so its displacement over {@link #DIRECTION_WINDOW_S}
   * (centred, where it moves at least {@link #MIN_TRAVEL_SPEED_LEGS_PER_S}) is horizontal; the
   * mean of {@code (up . d) d} over those unit displacements {@code d} is removed from {@link #up}
   * (exact for a straight walk). Without enough travel (treadmill, walking on the spot) this is
   * {@link #up}. Null when {@link #isEmpty()}.
   */
  double[] levelUp() {
    if (up == null) {
      return null;
    }
    int half = Math.max(1, (int) Math.round(0.5 * DIRECTION_WINDOW_S * rateHz));
    double minTravel = MIN_TRAVEL_SPEED_LEGS_PER_S * scale * DIRECTION_WINDOW_S;
    double[] c = new double[3];
    int count = 0;
    for (int i = half; i + half < n; i++) {
      double dx = pelvis[0][i + half] - pelvis[0][i - half];
      double dy = pelvis[1][i + half] - pelvis[1][i - half];
      double dz = pelvis[2][i + half] - pelvis[2][i - half];
      double dn = Math.sqrt(dx * dx + dy * dy + dz * dz);
      if (!(dn > minTravel)) { // also skips NaN
        continue;
      }
      double dot = (up[0] * dx + up[1] * dy + up[2] * dz) / (dn * dn);
      c[0] += dot * dx;
      c[1] += dot * dy;
      c[2] += dot * dz;
      count++;
    }
    if (count == 0) {
      return up.clone();
    }
    double[] u = {up[0] - c[0] / count, up[1] - c[1] / count, up[2] - c[2] / count};
    double norm = Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
    if (!(norm > 0)) {
      return up.clone();
    }
    return new double[] {u[0] / norm, u[1] / norm, u[2] / norm};
  }

  /** {@code p . up} at sample {@code i}. */
  double height(double[][] p, int i) {
    return p[0][i] * up[0] + p[1][i] * up[1] + p[2][i] * up[2];
  }

  // ---------------------------------------------------------------- landmarks

  static PointTrack heelTrack(PointSet points, Side side) {
    return first(points, Landmark.of(side, "HEEL"), Landmark.of(side, "ANKLE"))
        .orElseThrow(() -> missing(points, side.name().toLowerCase(Locale.ROOT)
            + " heel (HEEL, or ANKLE as a stand-in)"));
  }

  static PointTrack toeTrack(PointSet points, Side side) {
    return first(points, Landmark.of(side, "TOE"), Landmark.of(side, "BIG_TOE"),
        Landmark.of(side, "SMALL_TOE"))
        .orElseThrow(() -> missing(points, side.name().toLowerCase(Locale.ROOT)
            + " toe (TOE, BIG_TOE or SMALL_TOE)"));
  }

  private static Optional<PointTrack> first(PointSet points, Landmark... candidates) {
    for (Landmark l : candidates) {
      Optional<PointTrack> t = points.landmark(l);
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  private static IllegalArgumentException missing(PointSet points, String what) {
    return new IllegalArgumentException("points have no " + what + " landmark: " + points);
  }

  private double[][] pelvis(PointSet points, GapPolicy policy, int maxGap) {
    for (Landmark l : new Landmark[] {Landmark.SACRUM, Landmark.MID_HIP}) {
      Optional<PointTrack> t = points.landmark(l);
      if (t.isPresent()) {
        return prepared(t.get(), policy, maxGap);
      }
    }
    List<PointTrack> parts = new ArrayList<>();
    for (Landmark l : new Landmark[] {Landmark.LEFT_ASIS, Landmark.RIGHT_ASIS,
        Landmark.LEFT_PSIS, Landmark.RIGHT_PSIS}) {
      points.landmark(l).ifPresent(parts::add);
    }
    boolean pairs = points.landmark(Landmark.LEFT_ASIS).isPresent()
        == points.landmark(Landmark.RIGHT_ASIS).isPresent()
        && points.landmark(Landmark.LEFT_PSIS).isPresent()
        == points.landmark(Landmark.RIGHT_PSIS).isPresent();
    if (parts.isEmpty() || !pairs) {
      parts.clear();
      Optional<PointTrack> l = points.landmark(Landmark.LEFT_HIP);
      Optional<PointTrack> r = points.landmark(Landmark.RIGHT_HIP);
      if (l.isPresent() && r.isPresent()) {
        parts.add(l.get());
        parts.add(r.get());
      }
    }
    if (parts.isEmpty()) {
      throw missing(points, "pelvis (SACRUM, MID_HIP, left and right ASIS/PSIS, or left and "
          + "right HIP)");
    }
    double[][] sum = new double[3][n];
    for (PointTrack t : parts) {
      double[][] p = prepared(t, policy, maxGap);
      for (int a = 0; a < 3; a++) {
        for (int i = 0; i < n; i++) {
          sum[a][i] += p[a][i] / parts.size();
        }
      }
    }
    return sum;
  }

  private double[][] prepared(PointTrack t, GapPolicy policy, int maxGap) {
    Vector3Series p = t.position();
    double[][] xyz = {p.x(), p.y(), p.z()};
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(xyz[0][i] + xyz[1][i] + xyz[2][i])) {
        xyz[0][i] = Double.NaN;
        xyz[1][i] = Double.NaN;
        xyz[2][i] = Double.NaN;
      }
    }
    if (policy == GapPolicy.FAIL) {
      requireNoGap(t, xyz[0], policy);
      return xyz;
    }
    for (double[] c : xyz) {
      Gaps.fillLinear(c, maxGap);
    }
    if (policy == GapPolicy.INTERPOLATE) {
      requireNoGap(t, xyz[0], policy);
    }
    return xyz;
  }

  private static void requireNoGap(PointTrack t, double[] x, GapPolicy policy) {
    List<int[]> runs = Gaps.runs(x);
    if (!runs.isEmpty()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "point '%s' has a gap of %d "
          + "samples at sample %d that gapPolicy %s does not accept%s", t.label(),
          runs.get(0)[1], runs.get(0)[0], policy, policy == GapPolicy.INTERPOLATE
              ? " (longer than maxGapS, or at an end of the recording)" : ""));
    }
  }

  // ---------------------------------------------------------------- geometry

  private double medianHeelDistance() {
    double[] d = new double[2 * n];
    int k = 0;
    for (int s = 0; s < 2; s++) {
      for (int i = 0; i < n; i++) {
        double dx = pelvis[0][i] - heel[s][0][i];
        double dy = pelvis[1][i] - heel[s][1][i];
        double dz = pelvis[2][i] - heel[s][2][i];
        double v = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (!Double.isNaN(v)) {
          d[k++] = v;
        }
      }
    }
    double[] v = java.util.Arrays.copyOf(d, k);
    java.util.Arrays.sort(v);
    return v[k / 2];
  }

  /** Horizontal part of {@code v} (removes the component along {@link #up}); v is modified. */
  private void horizontal(double[] v) {
    double dot = v[0] * up[0] + v[1] * up[1] + v[2] * up[2];
    v[0] -= dot * up[0];
    v[1] -= dot * up[1];
    v[2] -= dot * up[2];
  }

  /**
   * The local walking direction: the horizontal pelvis displacement over a centred window of
   * {@link #DIRECTION_WINDOW_S} (clamped to the run of pelvis samples), or, where the pelvis
   * hardly travels (treadmill), the mean horizontal heel-to-toe direction of both feet.
   */
  private double[][] forwardDirection(boolean planar) {
    double[] foot = new double[3];
    for (int s = 0; s < 2; s++) {
      for (int i = 0; i < n; i++) {
        double fx = toe[s][0][i] - heel[s][0][i];
        double fy = toe[s][1][i] - heel[s][1][i];
        double fz = planar ? 0 : toe[s][2][i] - heel[s][2][i];
        if (!Double.isNaN(fx + fy + fz)) {
          foot[0] += fx;
          foot[1] += fy;
          foot[2] += fz;
        }
      }
    }
    horizontal(foot);
    double fn = Math.sqrt(foot[0] * foot[0] + foot[1] * foot[1] + foot[2] * foot[2]);
    if (fn > 0) {
      foot[0] /= fn;
      foot[1] /= fn;
      foot[2] /= fn;
    }
    double[][] f = new double[3][n];
    int half = Math.max(1, (int) Math.round(0.5 * DIRECTION_WINDOW_S * rateHz));
    double minTravel = MIN_TRAVEL_SPEED_LEGS_PER_S * scale * DIRECTION_WINDOW_S;
    double[] v = new double[3];
    int i = 0;
    while (i < n) {
      if (Double.isNaN(pelvis[0][i])) {
        for (int a = 0; a < 3; a++) {
          f[a][i] = Double.NaN;
        }
        i++;
        continue;
      }
      int from = i;
      while (i < n && !Double.isNaN(pelvis[0][i])) {
        i++;
      }
      int to = i; // run [from, to)
      for (int k = from; k < to; k++) {
        int a = Math.max(from, k - half);
        int b = Math.min(to - 1, k + half);
        v[0] = pelvis[0][b] - pelvis[0][a];
        v[1] = pelvis[1][b] - pelvis[1][a];
        v[2] = planar ? 0 : pelvis[2][b] - pelvis[2][a];
        horizontal(v);
        double vn = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        double need = minTravel * (b - a) / (2.0 * half);
        if (vn > need && vn > 0) {
          f[0][k] = v[0] / vn;
          f[1][k] = v[1] / vn;
          f[2][k] = v[2] / vn;
        } else {
          f[0][k] = foot[0];
          f[1][k] = foot[1];
          f[2][k] = foot[2];
        }
      }
    }
    return f;
  }

  private List<int[]> validSegments(int s) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (!valid(s, i)) {
        i++;
        continue;
      }
      int from = i;
      while (i < n && valid(s, i)) {
        i++;
      }
      out.add(new int[] {from, i});
    }
    return out;
  }

  private boolean valid(int s, int i) {
    return !Double.isNaN(pelvis[0][i] + heel[s][0][i] + toe[s][0][i] + forward[0][i]);
  }
}
