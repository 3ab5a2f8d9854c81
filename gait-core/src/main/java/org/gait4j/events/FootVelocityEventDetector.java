package org.gait4j.events;

import java.util.ArrayList;
import java.util.List;
import org.gait4j.dsp.Butterworth;
import org.gait4j.dsp.PeakFinder;
import org.gait4j.dsp.Peaks;
import org.gait4j.dsp.SosFilter;
import org.gait4j.internal.Checks;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.PointSet;
import org.gait4j.model.Side;

/**
 * Initial contact and toe off from the vertical velocity of the foot centre: the foot-velocity
 * algorithm of O'Connor, Thorpe, O'Malley and Vaughan (2007), for markers and keypoints (3-D, or
 * 2-D in a sagittal view).
 *
 * <p><b>Signal expected.</b> The same landmarks as {@link CoordinateEventDetector}: heel (or
 * ankle) and toe of each side, and a pelvis, which here serves to find the vertical, the body
 * scale and the swing of the foot relative to it. Any length unit, any lab orientation, 2-D image coordinates with y down.
 *
 * <p><b>Algorithm.</b>
 * <ol>
 *   <li>Gaps as {@link FootVelocityEventConfig#gapPolicy()} says; the vertical is the mean
 *       mid-foot-to-pelvis direction (found, not assumed) made level with the pelvis travel
 *       (PointKinematics#levelUp: that direction leans back a few degrees, which would mix the
 *       foot's forward swing into its vertical velocity); the scale is the median pelvis-to-heel
 *       distance ("leg length").
 *   <li>The foot centre is the midpoint of heel and toe; its height along the vertical and its
 *       position along the walking direction relative to the pelvis are low-passed (zero-phase
 *       Butterworth, {@code lowPassHz}) and differentiated (central differences) to the vertical
 *       velocity {@code v(t)} and the forward velocity {@code f(t)}, in leg lengths per second.
 *   <li>Stance plateaus: runs of at least {@code minStillS} with {@code |v| < stillLegsPerS} and
 *       {@code f <= 0} (the foot not swinging forward relative to the pelvis, so that the pause of
 *       the foot centre's height in late swing is not taken for stance).
 *   <li>Initial contact (O'Connor's heel strike, a minimum of {@code v}: the foot centre coming
 *       down fastest into contact): in the swing between a plateau and the next, the deepest local
 *       minimum of {@code v} below {@code -stillLegsPerS} after the swing's forward-velocity peak
 *       (mid-swing; a descent still under way at that peak is passed over). A foot whose centre
 *       does not come down again after mid-swing gets the deepest minimum of the whole swing.
 *       After the first IC of a run there must be a toe off since the previous IC (one IC per
 *       swing).
 *   <li>Toe off: each velocity peak (the foot centre rising fastest as the foot leaves the floor)
 *       of at least {@code minToePeakLegsPerS} in height and prominence, at least
 *       {@code minStrideTimeS} apart: the first prominent maximum after each plateau.
 * </ol>
 * O'Connor et al. place IC and TO at these velocity extrema and report them close to force-plate
 * contact; both events carry a systematic offset that this detector does not correct (no value
 * was fitted to data). In the bundled simulator the minimum falls 60-90 ms after IC (the forefoot
 * lowering after heel contact) and the peak about 0-50 ms before TO.
 *
 * <p><b>Edges.</b> An IC needs its descent and the start of its plateau inside the run; a TO needs
 * the rise and fall of its peak. Events nearer a recording end or a long gap are not reported.
 *
 * <p><b>Cost.</b> Linear time; a few primitive arrays per side. Each step is local, so a causal
 * streaming version (latency: the filter's settling plus {@code minStillS}) is possible.
 *
 * <p>Immutable and thread-safe; the input is not modified.
 *
 * <p><b>Reference.</b> O'Connor CM, Thorpe SK, O'Malley MJ, Vaughan CL (2007) Automatic detection
 * of gait events using kinematic data. Gait &amp; Posture 25(3):469-474, DOI
 * 10.1016/j.gaitpost.2006.05.016.
 */
public final class FootVelocityEventDetector implements EventDetector<PointSet> {
  private final FootVelocityEventConfig config;

  private FootVelocityEventDetector(FootVelocityEventConfig config) {
    this.config = Checks.notNull(config, "config");
  }

  /** A detector with {@link FootVelocityEventConfig#defaults()}. */
  public static FootVelocityEventDetector withDefaults() {
    return new FootVelocityEventDetector(FootVelocityEventConfig.defaults());
  }

  /** A detector with {@code config}. */
  public static FootVelocityEventDetector of(FootVelocityEventConfig config) {
    return new FootVelocityEventDetector(config);
  }

  public FootVelocityEventConfig config() {
    return config;
  }

  /**
   * Initial contacts and toe offs of both sides, as samples of {@code points}.
   *
   * @param points Not modified.
   * @throws IllegalArgumentException if a landmark is missing, {@code lowPassHz} is not below
   *     Nyquist, or a gap breaks the gap policy
   */
  @Override
  public GaitEvents detect(PointSet points) {
    Checks.notNull(points, "points");
    points.rate().requireBelowNyquist(config.lowPassHz(), "lowPassHz");
    PointKinematics k = PointKinematics.of(points, config.gapPolicy(), config.maxGapS());
    if (k.isEmpty()) {
      return GaitEvents.empty(points.rate());
    }
    double hz = points.rate().hz();
    SosFilter lp = Butterworth.lowPass(2, config.lowPassHz(), points.rate());
    PeakFinder toePeaks = PeakFinder.withDefaults()
        .withHeight(config.minToePeakLegsPerS())
        .withProminence(config.minToePeakLegsPerS())
        .withDistanceS(config.minStrideTimeS());
    int minStill = Math.max(2, (int) Math.round(config.minStillS() * hz));
    int minStride = Math.max(1, (int) Math.round(config.minStrideTimeS() * hz));
    double still = config.stillLegsPerS();
    double[] up = k.levelUp();
    List<GaitEvent> out = new ArrayList<>();
    double[][] mid = new double[3][1];
    for (int s = 0; s < 2; s++) {
      Side side = s == 0 ? Side.LEFT : Side.RIGHT;
      for (int[] seg : k.segments.get(s)) {
        int len = seg[1] - seg[0];
        if (len <= lp.padLength()) {
          continue;
        }
        double[] h = new double[len];
        double[] f = new double[len];
        for (int i = 0; i < len; i++) {
          int j = seg[0] + i;
          for (int a = 0; a < 3; a++) {
            mid[a][0] = 0.5 * (k.heel[s][a][j] + k.toe[s][a][j]);
          }
          h[i] = (mid[0][0] * up[0] + mid[1][0] * up[1] + mid[2][0] * up[2]) / k.scale;
          f[i] = ((mid[0][0] - k.pelvis[0][j]) * k.forward[0][j]
              + (mid[1][0] - k.pelvis[1][j]) * k.forward[1][j]
              + (mid[2][0] - k.pelvis[2][j]) * k.forward[2][j]) / k.scale;
        }
        lp.filterZeroPhase(h, h);
        lp.filterZeroPhase(f, f);
        double[] v = velocity(h, hz);
        double[] vf = velocity(f, hz);
        int[] tos = toePeaks.find(v, points.rate()).indices();
        for (int i : tos) {
          out.add(new GaitEvent(GaitEventType.TOE_OFF, side, seg[0] + i));
        }
        int nextTo = 0; // index into tos of the first toe off after the last IC
        int lastIc = -1;
        int prevPlateauEnd = 0;
        int i = 0;
        while (i < len) {
          if (!planted(v, vf, i, still)) {
            i++;
            continue;
          }
          int from = i;
          while (i < len && planted(v, vf, i, still)) {
            i++;
          }
          if (i - from < minStill) {
            continue;
          }
          int ic = heelStrike(v, vf, prevPlateauEnd, from, still);
          // one IC per swing: after the first, an IC needs a toe off since the last IC
          boolean swung = lastIc < 0 || (nextTo < tos.length && tos[nextTo] < ic);
          if (ic >= 0 && (lastIc < 0 || ic - lastIc >= minStride) && swung) {
            out.add(new GaitEvent(GaitEventType.INITIAL_CONTACT, side, seg[0] + ic));
            lastIc = ic;
            while (nextTo < tos.length && tos[nextTo] <= ic) {
              nextTo++;
            }
          }
          prevPlateauEnd = i;
        }
      }
    }
    return GaitEvents.of(points.rate(), out);
  }

  /**
   * Sample {@code i} is in a stance plateau: the foot centre's height is steady and it does not
   * move forward relative to the pelvis (in stance it moves back at the walking speed). The second
   * condition keeps the pause of the foot centre's height in late swing, while the foot still
   * swings forward, from counting as stance.
   */
  private static boolean planted(double[] v, double[] vf, int i, double still) {
    return Math.abs(v[i]) < still && vf[i] <= 0;
  }

  /** Central differences inside, one-sided at the ends; per second. */
  private static double[] velocity(double[] h, double hz) {
    int n = h.length;
    double[] v = new double[n];
    for (int i = 1; i < n - 1; i++) {
      v[i] = 0.5 * (h[i + 1] - h[i - 1]) * hz;
    }
    v[0] = (h[1] - h[0]) * hz;
    v[n - 1] = (h[n - 1] - h[n - 2]) * hz;
    return v;
  }

  /**
   * O'Connor's heel strike in the swing {@code (stop, from)} before the plateau that starts at
   * {@code from}, or -1: the deepest strict interior local minimum of {@code v} below
   * {@code -still} after the swing's forward-velocity peak (mid-swing); if the foot centre is still
   * coming down at that peak, that descent of mid-swing is passed over first. A foot whose centre
   * does not come down again after mid-swing (no minimum there) gets the deepest minimum of the
   * whole swing instead.
   */
  static int heelStrike(double[] v, double[] vf, int stop, int from, double still) {
    int lo = Math.max(stop, 1);
    int hi = Math.min(from, v.length - 1); // candidates i in (lo, hi) need v[i + 1]
    if (hi - lo < 2) {
      return -1;
    }
    int start = lo;
    for (int i = lo; i < hi; i++) {
      if (vf[i] > vf[start]) {
        start = i;
      }
    }
    while (start + 1 < hi && v[start + 1] < v[start]) {
      start++; // the descent of mid-swing still under way: pass its minimum
    }
    int best = deepestMinimum(v, start, hi, still);
    return best >= 0 ? best : deepestMinimum(v, lo, hi, still);
  }

  /** The deepest strict local minimum of {@code v} below {@code -still} in {@code (lo, hi)}. */
  private static int deepestMinimum(double[] v, int lo, int hi, double still) {
    int best = -1;
    for (int i = lo + 1; i < hi; i++) {
      if (v[i] < -still && v[i] <= v[i - 1] && v[i] < v[i + 1] && (best < 0 || v[i] < v[best])) {
        best = i;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return "FootVelocityEventDetector[" + config + "]";
  }
}
