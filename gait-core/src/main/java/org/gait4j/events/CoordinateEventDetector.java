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
 * Richards and Higginson (2008), for markers (3-D) and keypoints (3-D, or 2-D in a sagittal view).
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
 *       {@code minStrideTimeS} apart (the larger extremum wins), as in Zeni et al.
 * </ol>
 *
 * <p><b>Edges.</b> An extremum at the first or last sample of a run is not an extremum: events
 * closer to a recording end (or a long gap) than the rise and fall of the coordinate around them
 * are not reported. Runs shorter than the filter's padding (about 10 samples) are skipped.
 *
 * <p><b>Limits.</b> The method assumes forward walking on a level path: events during turns and
 * the first steps from standing are unreliable; walking backwards swaps IC and TO.
 *
 * <p><b>Cost.</b> Linear in the number of samples; a few primitive arrays per side, no per-sample
 * objects. Every step is local (the direction window, the filter, the extremum test), so a causal
 * streaming version with a latency of about half a second is possible.
 *
 * <p>Immutable and thread-safe; the input is not modified.
 *
 * <p><b>Reference.</b> Zeni JA Jr, Richards JG, Higginson JS (2008) Two simple methods for
 * determining gait events during treadmill and overground walking using kinematic data. Gait
 * &amp; Posture 27(4):710-714, DOI 10.1016/j.gaitpost.2007.07.007. Filter cut-off: Winter DA
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
        for (int i : ic.indices()) {
          out.add(new GaitEvent(GaitEventType.INITIAL_CONTACT, side, seg[0] + i));
        }
        for (int i : to.indices()) {
          out.add(new GaitEvent(GaitEventType.TOE_OFF, side, seg[0] + i));
        }
      }
    }
    return GaitEvents.of(points.rate(), out);
  }

  @Override
  public String toString() {
    return "CoordinateEventDetector[" + config + "]";
  }
}
