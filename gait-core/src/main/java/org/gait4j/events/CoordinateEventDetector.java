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
 * Initial contact and toe off from heel, toe and pelvis positions: the coordinate method of Zeni,
 * Richards and Higginson (2008) finds each contact, and by default a foot-speed threshold after
 * Ghoussayni et al. (2004) places it; for markers (3-D) and keypoints (3-D, or 2-D in a sagittal
 * view).
 *
 * <p><b>Signal expected.</b> A {@link PointSet} of any skeleton whose points map to landmarks:
 * per side the heel ({@code HEEL}; the {@code ANKLE} stands in when a marker set or keypoint model
 * has no heel, which moves IC a little later) and the toe ({@code TOE}, else {@code BIG_TOE}, else
 * {@code SMALL_TOE}); and the pelvis: {@code SACRUM}, else {@code MID_HIP}, else the mean of the
 * left and right ASIS (and PSIS when both are there), else the mean of the left and right
 * {@code HIP}. Any length unit; any orientation of the lab frame; 2-D image coordinates with y
 * pointing down are handled like any other frame.
 *
 * <p><b>Algorithm.</b>
 * <ol>
 *   <li>Gaps are handled as {@link CoordinateEventConfig#gapPolicy()} says (SPLIT by default:
 *       short gaps filled, the runs between long gaps analysed separately).
 *   <li>The vertical is found, not assumed: the mean vector from the mid-foot (heel-toe midpoint)
 *       of both sides to the pelvis. For 2-D keypoints it lies in the image plane.
 *   <li>The walking direction is found, not assumed: at each sample, the horizontal pelvis
 *       displacement over a centred 1 s window, as a unit vector. So walking either way along the
 *       lab's axes, diagonally, or back and forth is handled. Where the pelvis travels less than
 *       0.1 leg lengths per second (treadmill), the mean horizontal heel-to-toe direction is used.
 *   <li>{@code heel(t) = (heel - pelvis) . forward} and {@code toe(t) = (toe - pelvis) . forward},
 *       each low-passed (zero-phase Butterworth, {@code lowPassHz}).
 *   <li>Initial contact at each maximum of {@code heel(t)} and toe off at each minimum of
 *       {@code toe(t)}, with prominence at least {@code minExcursionLegs} leg lengths and at least
 *       {@code minStrideTimeS} apart (the larger extremum wins), as in Zeni et al. With
 *       {@link ContactRefinement#NONE} these are the events.
 *   <li>With {@link ContactRefinement#FOOT_SPEED} (the default) each event is then placed by the
 *       speed of the foot relative to the ground, the criterion of Ghoussayni et al.: the heel's
 *       and the toe's low-passed positions are differentiated and their sagittal-plane speed
 *       taken (components along the walking direction and the vertical; the medio-lateral part
 *       is dropped). The ground's own forward velocity, the 20th percentile of the foot's forward
 *       velocity over the run (the foot is in stance for about 60 % of walking, so this is a
 *       stance velocity: about zero overground, minus the belt speed on a treadmill), is
 *       subtracted first.
 *       <ul>
 *         <li>IC: the heel's swing peak is its largest speed in the {@code refineWindowS} before
 *             Zeni's IC; IC is the first sample from Zeni's IC on, within {@code refineWindowS},
 *             whose speed is below {@code icSpeedFraction} of that peak. Never earlier than
 *             Zeni's IC: at the heel-to-pelvis maximum the heel still moves forward as fast as
 *             the pelvis, so it is still in swing.
 *         <li>TO: the toe's swing peak is its largest speed in the {@code refineWindowS} after
 *             Zeni's TO; TO is the first sample at or above {@code toSpeedFraction} of that
 *             peak after the last sample below it, searched back to {@code refineWindowS} before
 *             Zeni's TO.
 *       </ul>
 *       Where the speed never crosses the threshold in the window, or the swing peak lies at the
 *       edge of the run (not seen), Zeni's sample is kept. Zeni finds the stride; the speed
 *       criterion only moves an event within {@code refineWindowS}.
 * </ol>
 *
 * <p><b>Why a fraction of the swing peak.</b> Ghoussayni et al. used one absolute threshold
 * (50 mm/s on unfiltered 100-120 Hz marker data). After the 6 Hz low-pass that sampling rates of
 * 50-60 Hz (and video keypoints) need, the heel's smoothed speed at force-plate contact is far
 * above 50 mm/s (0.4-1.6 leg lengths per second on the c3d.org trials) and varies with walking
 * speed; a fraction of the same foot's swing peak is independent of the unit (mm, m, pixels),
 * of walking speed and, to first order, of the filter. This scaling is gait4j's adaptation, not
 * part of the paper; its defaults were chosen on real data, see {@link CoordinateEventConfig}.
 *
 * <p><b>Edges.</b> An extremum at the first or last sample of a run is not an extremum: events
 * closer to a recording end (or a long gap) than the rise and fall of the coordinate around them
 * are not reported. Runs shorter than the filter's padding (about 10 samples) are skipped.
 * With the refinement, an event whose window runs past the end of the run is refined on the part
 * inside it.
 *
 * <p><b>Limits.</b> The method assumes forward walking on a level path: events during turns and
 * the first steps from standing are unreliable; walking backwards swaps IC and TO.
 *
 * <p><b>Cost.</b> Linear in the number of samples (plus one sort per run for the ground
 * velocity); a few primitive arrays per side, no per-sample objects. Every step but the ground
 * velocity is local (the direction window, the filter, the extremum test, the refinement window),
 * so a causal streaming version with a latency of about half a second (plus
 * {@code refineWindowS}) is possible if the ground velocity is estimated over a running window.
 *
 * <p>Immutable and thread-safe; the input is not modified.
 *
 * <p><b>Accuracy.</b> On the c3d.org trials of the accuracy harness (3 subjects, 22 events,
 * 50-60 Hz) the default detector places 100 % of marker events and 95 % of 2-D keypoint events
 * within one frame of the stored events (Zeni alone: 82 % and 77 %); with the fractions chosen
 * leave-one-subject-out, 73 % within one frame and every event within two. On the simulator the
 * refinement halves the IC error (mean about -17 ms instead of -31 ms) but places TO later
 * (about +32 to +45 ms instead of +26 to +36 ms): the simulated toe speeds up more slowly after
 * toe off than the real ones.
 *
 * <p><b>References.</b> Zeni JA Jr, Richards JG, Higginson JS (2008) Two simple methods for
 * determining gait events during treadmill and overground walking using kinematic data. Gait
 * &amp; Posture 27(4):710-714, DOI 10.1016/j.gaitpost.2007.07.007. Ghoussayni S, Stevens C,
 * Durham S, Ewins D (2004) Assessment and validation of a simple automated method for the
 * detection of gait events and intervals. Gait &amp; Posture 20(3):266-272, DOI
 * 10.1016/j.gaitpost.2003.10.001. Filter cut-off: Winter DA
 * (2009) Biomechanics and Motor Control of Human Movement, 4th ed., DOI 10.1002/9780470549148.
 */
public final class CoordinateEventDetector implements EventDetector<PointSet> {
  private final CoordinateEventConfig config;

  private CoordinateEventDetector(CoordinateEventConfig config) {
    this.config = Checks.notNull(config, "config");
  }

  /** A detector with {@link CoordinateEventConfig#defaults()}. */
  public static CoordinateEventDetector withDefaults() {
    return new CoordinateEventDetector(CoordinateEventConfig.defaults());
  }

  /** A detector with {@code config}. */
  public static CoordinateEventDetector of(CoordinateEventConfig config) {
    return new CoordinateEventDetector(config);
  }

  public CoordinateEventConfig config() {
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
    List<GaitEvent> out = new ArrayList<>();
    if (k.isEmpty()) {
      return GaitEvents.empty(points.rate());
    }
    SosFilter lp = Butterworth.lowPass(2, config.lowPassHz(), points.rate());
    PeakFinder finder = PeakFinder.withDefaults()
        .withProminence(config.minExcursionLegs() * k.scale)
        .withDistanceS(config.minStrideTimeS());
    for (int s = 0; s < 2; s++) {
      Side side = s == 0 ? Side.LEFT : Side.RIGHT;
      for (int[] seg : k.segments.get(s)) {
        int len = seg[1] - seg[0];
        if (len <= lp.padLength()) {
          continue;
        }
        double[] heel = new double[len];
        double[] toe = new double[len];
        for (int i = 0; i < len; i++) {
          heel[i] = k.along(k.heel[s], seg[0] + i);
          toe[i] = k.along(k.toe[s], seg[0] + i);
        }
        lp.filterZeroPhase(heel, heel);
        lp.filterZeroPhase(toe, toe);
        Peaks ic = finder.find(heel, points.rate());
        Peaks to = finder.findValleys(toe, points.rate());
        boolean refine = config.refinement() == ContactRefinement.FOOT_SPEED;
        double[] heelSpeed = refine ? sagittalSpeed(k, k.heel[s], seg, lp) : null;
        double[] toeSpeed = refine ? sagittalSpeed(k, k.toe[s], seg, lp) : null;
        int window = Math.max(1, (int) Math.round(config.refineWindowS() * k.rateHz));
        for (int i : ic.indices()) {
          int at = refine ? heelSlowsDown(heelSpeed, i, window, config.icSpeedFraction()) : i;
          out.add(new GaitEvent(GaitEventType.INITIAL_CONTACT, side, seg[0] + at));
        }
        for (int i : to.indices()) {
          int at = refine ? toeSpeedsUp(toeSpeed, i, window, config.toSpeedFraction()) : i;
          out.add(new GaitEvent(GaitEventType.TOE_OFF, side, seg[0] + at));
        }
      }
    }
    return GaitEvents.of(points.rate(), out);
  }

  /**
   * The sagittal-plane speed of {@code p} over the run {@code seg}, relative to the ground: the
   * low-passed position differentiated by central differences (one-sided at the ends), split
   * into its component along the local walking direction and along the vertical (the
   * medio-lateral part is dropped, as in a sagittal view), with the ground velocity (the 20th
   * percentile of the run's forward velocity, a stance value: about zero overground, minus the
   * belt speed on a treadmill; the median is not, on runs with more swing than stance) subtracted
   * from the forward component. Any unit per second.
   */
  private static double[] sagittalSpeed(PointKinematics k, double[][] p, int[] seg,
      SosFilter lp) {
    int len = seg[1] - seg[0];
    double[][] xyz = new double[3][len];
    for (int a = 0; a < 3; a++) {
      System.arraycopy(p[a], seg[0], xyz[a], 0, len);
      lp.filterZeroPhase(xyz[a], xyz[a]);
    }
    double[] along = new double[len];
    double[] vertical = new double[len];
    double[] d = new double[3];
    for (int i = 0; i < len; i++) {
      int lo = Math.max(0, i - 1);
      int hi = Math.min(len - 1, i + 1);
      double perS = k.rateHz / (hi - lo);
      for (int a = 0; a < 3; a++) {
        d[a] = (xyz[a][hi] - xyz[a][lo]) * perS;
      }
      int j = seg[0] + i;
      along[i] = d[0] * k.forward[0][j] + d[1] * k.forward[1][j] + d[2] * k.forward[2][j];
      vertical[i] = d[0] * k.up[0] + d[1] * k.up[1] + d[2] * k.up[2];
    }
    double[] sorted = along.clone();
    java.util.Arrays.sort(sorted);
    double ground = sorted[len / 5];
    double[] speed = new double[len];
    for (int i = 0; i < len; i++) {
      speed[i] = Math.hypot(along[i] - ground, vertical[i]);
    }
    return speed;
  }

  /**
   * IC near the coordinate estimate {@code i}: the heel's swing peak is the largest speed in
   * {@code [i - window, i]}; IC is the first sample in {@code [i, i + window]} whose speed is
   * below {@code fraction} of the peak (never before {@code i}: at the heel-to-pelvis maximum the
   * heel still moves forward as fast as the pelvis, so it is still in swing). {@code i} itself when there is none, or when
   * the largest speed lies at the start of the run (the swing peak is not seen).
   */
  static int heelSlowsDown(double[] speed, int i, int window, double fraction) {
    int from = Math.max(0, i - window);
    int to = Math.min(speed.length - 1, i + window);
    int peak = argMax(speed, from, i);
    if (peak == 0) {
      return i;
    }
    double threshold = fraction * speed[peak];
    for (int j = i; j <= to; j++) {
      if (speed[j] < threshold) {
        return j;
      }
    }
    return i;
  }

  /**
   * TO near the coordinate estimate {@code i}: the toe's swing peak is the largest speed in
   * {@code [i, i + window]}; TO is the first sample at or above {@code fraction} of the peak
   * after the last sample below it, searched back to {@code i - window}. {@code i} itself when
   * the speed never falls below the threshold there, or when the largest speed lies at the end of
   * the run (the swing peak is not seen).
   */
  static int toeSpeedsUp(double[] speed, int i, int window, double fraction) {
    int from = Math.max(0, i - window);
    int to = Math.min(speed.length - 1, i + window);
    int peak = argMax(speed, i, to);
    if (peak == speed.length - 1) {
      return i;
    }
    double threshold = fraction * speed[peak];
    for (int j = peak; j >= from; j--) {
      if (speed[j] < threshold) {
        return j + 1;
      }
    }
    return i;
  }

  /** Index of the largest value in {@code [from, to]} (the first of equal ones). */
  private static int argMax(double[] x, int from, int to) {
    int best = from;
    for (int j = from + 1; j <= to; j++) {
      if (x[j] > x[best]) {
        best = j;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return "CoordinateEventDetector[" + config + "]";
  }
}
