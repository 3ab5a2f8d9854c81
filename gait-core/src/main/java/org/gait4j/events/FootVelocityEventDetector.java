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
 * ankle) and toe of each side, and a pelvis, which here only serves to find the vertical and the
 * body scale. Any length unit, any lab orientation, 2-D image coordinates with y down.
 *
 * <p><b>Algorithm.</b>
 * <ol>
 *   <li>Gaps as {@link FootVelocityEventConfig#gapPolicy()} says; the vertical is the mean
 *       mid-foot-to-pelvis direction (found, not assumed); the scale is the median
 *       pelvis-to-heel distance ("leg length").
 *   <li>The foot centre is the midpoint of heel and toe; its height along the vertical is
 *       low-passed (zero-phase Butterworth, {@code lowPassHz}) and differentiated (central
 *       differences) to the vertical velocity {@code v(t)}, in leg lengths per second.
 *   <li>Stance plateaus: runs of at least {@code minStillS} with {@code |v| < stillLegsPerS}.
 *   <li>Initial contact: the last local minimum of {@code v} (the foot centre coming down fastest
 *       as the forefoot lowers onto the floor) before the start of each plateau, searched back to
 *       the end of the previous plateau; it must be a real descent ({@code v < -stillLegsPerS}),
 *       and after the first IC of a run there must be a toe off since the previous IC (one IC
 *       per swing).
 *   <li>Toe off: each velocity peak (the foot centre rising fastest as the foot leaves the floor)
 *       of at least {@code minToePeakLegsPerS}, at least {@code minStrideTimeS} apart.
 * </ol>
 * O'Connor et al. place IC and TO at these velocity extrema; they report the velocity minimum
 * within about 16 ms of force-plate contact and the peak close to toe off, so both events carry a
 * small systematic offset that this detector does not correct (no value was fitted to data).
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
        for (int i = 0; i < len; i++) {
          int j = seg[0] + i;
          for (int a = 0; a < 3; a++) {
            mid[a][0] = 0.5 * (k.heel[s][a][j] + k.toe[s][a][j]);
          }
          h[i] = k.height(mid, 0) / k.scale;
        }
        lp.filterZeroPhase(h, h);
        double[] v = velocity(h, hz);
        int[] tos = toePeaks.find(v, points.rate()).indices();
        for (int i : tos) {
          out.add(new GaitEvent(GaitEventType.TOE_OFF, side, seg[0] + i));
        }
        int nextTo = 0; // index into tos of the first toe off after the last IC
        int lastIc = -1;
        int prevPlateauEnd = 0;
        int i = 0;
        while (i < len) {
          if (Math.abs(v[i]) >= still) {
            i++;
            continue;
          }
          int from = i;
          while (i < len && Math.abs(v[i]) < still) {
            i++;
          }
          if (i - from < minStill) {
            continue;
          }
          int ic = lastMinimumBefore(v, from, prevPlateauEnd, still);
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
   * The last strict interior local minimum of {@code v} below {@code -still} in
   * {@code (stop, from)}, or -1.
   */
  private static int lastMinimumBefore(double[] v, int from, int stop, double still) {
    for (int i = from - 1; i > Math.max(stop, 0); i--) {
      if (i + 1 < v.length && v[i] < -still && v[i] <= v[i - 1] && v[i] < v[i + 1]) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "FootVelocityEventDetector[" + config + "]";
  }
}
