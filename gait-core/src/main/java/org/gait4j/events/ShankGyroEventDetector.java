package org.gait4j.events;

import java.util.ArrayList;
import java.util.List;
import org.gait4j.dsp.Butterworth;
import org.gait4j.dsp.PeakFinder;
import org.gait4j.dsp.SosFilter;
import org.gait4j.internal.Checks;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Mid-swing, initial contact and terminal contact (toe off) of one leg from a gyroscope on the
 * shank, after Salarian et al. (2004) and Aminian et al. (2002).
 *
 * <h2>Signal</h2>
 * The shank's sagittal angular velocity: the gyroscope axis closest to the medio-lateral axis of
 * the shank ({@link ShankGyroConfig#sagittalAxis()}, default Y), any angular-velocity unit. The
 * sign of mid-swing is found in the data ({@link SwingPolarity#AUTO}, the default) or given
 * ({@link SwingPolarity#POSITIVE}, {@link SwingPolarity#NEGATIVE}). The sensor sits on the
 * lateral or anterior shank; the signal is used as read, so a mounting tilt of up to about 30 deg
 * only scales it by its cosine. The leg's side comes from the stream's {@link
 * ImuStream#location()}.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>{@code swing} = the sagittal rate in deg/s low-passed at {@code midSwingLowPassHz}
 *       (zero-phase 4th-order Butterworth); {@code ev} = the same low-passed at {@code
 *       eventLowPassHz}.
 *   <li>Polarity (AUTO): the peaks of {@code swing} and of {@code -swing} that reach {@code
 *       minSwingPeakDegPerS} at least {@code minStrideS} apart are found; the sign whose peaks
 *       have the larger median height is the swing. The shank's rotation integrates to about zero
 *       over a stride, so the backward (stance) and forward (swing) lobes have equal areas; the
 *       swing lobe is the taller and shorter one (Aminian et al. 2002, fig. 2). Both signals are
 *       then multiplied by that sign, so that swing is positive.
 *   <li>Mid-swing: each such peak of {@code swing}, moved to the highest sample of {@code ev}
 *       within 0.1 s of it (the low-pass blunts and can shift the peak of an asymmetric lobe),
 *       then to the middle of the run of samples within 5 % of that maximum around it, so that a
 *       flat-topped lobe (slow walking) gives its centre rather than a noise-picked sample.
 *   <li>Terminal contact (reported as {@code TOE_OFF}): among the local minima of {@code ev}
 *       below 0 deg/s in the {@code tcSearchS} before mid-swing (and after the leg's previous
 *       IC), the last one at least half as deep as the deepest. This is the minimum preceding
 *       mid-swing of Aminian et al. (2002) and Salarian et al. (2004), ranked by depth so that a
 *       shallow wiggle on the rise of the swing lobe is passed over, while a deeper minimum
 *       earlier in stance is not taken in place of the pre-swing one.
 *   <li>Initial contact: among the local minima of {@code ev} below 0 deg/s in the {@code
 *       icSearchS} after mid-swing (and before the next mid-swing), the first one at least half as
 *       deep as the deepest: the shank's forward rotation stops and reverses as the heel strikes.
 *   <li>A mid-swing whose minimum is not found gives no IC or TC for that side of it; mid-swing
 *       itself is always reported.
 * </ol>
 *
 * <h2>Accuracy on the simulator</h2>
 * Over random simulated walks (0.8-1.7 m/s, 90-125 steps/min, asymmetry, noise, tilts up to 20
 * deg; see ShankGyroPropertiesTest): mid-swing mean |error| 12 ms (max 90 ms), IC 2 ms (max 10
 * ms), TC 64 ms (max 95 ms), the TC error being a +63 ms bias: the simulator's shank turns at
 * toe off between two minima 60-80 ms either side of it, and the rule takes the later one.
 *
 * <h2>Edge cases</h2>
 * Input shorter than {@code minStrideS} or than the filters' padding gives no events. Gyroscope
 * gaps (NaN) are not interpolated: fill them first ({@link Vector3Series#withGapsFilled}); NaN
 * input throws.
 *
 * <h2>References</h2>
 * Salarian A, Russmann H, Vingerhoets FJG, Dehollain C, Blanc Y, Burkhard PR, Aminian K (2004)
 * Gait assessment in Parkinson's disease: toward an ambulatory system for long-term monitoring,
 * IEEE Trans Biomed Eng 51(8):1434-1443, DOI 10.1109/TBME.2004.827933. Aminian K, Najafi B, Büla
 * C, Leyvraz PF, Robert P (2002) Spatio-temporal parameters of gait measured by an ambulatory
 * system using miniature gyroscopes, J Biomech 35(5):689-699, DOI
 * 10.1016/S0021-9290(02)00008-8. Written from the papers' descriptions (mid-swing peak, then the
 * minima after and before it); the depth ranking, the automatic polarity, the windows and the
 * cutoffs are this library's choices (see {@link
 * ShankGyroConfig#defaults()}), not tuned on a dataset.
 *
 * <h2>Streaming and cost</h2>
 * O(n): two zero-phase filters, one peak search, and a bounded walk around each peak. {@link
 * #newStream(SamplingRate, Side, EventSink)} gives a causal face for live data ({@link
 * ShankGyroEventStream}): delay-compensated causal filters, each stride's TC and mid-swing once
 * its peak is confirmed, its IC {@code icSearchS} later; it needs an explicit polarity.
 *
 * <p>Immutable and thread-safe; the input is not modified.
 */
public final class ShankGyroEventDetector implements EventDetector<ImuStream> {
  /** How far from the low-passed swing peak the event signal's maximum is sought, s. */
  static final double MID_SWING_REFINE_S = 0.1;
  /** Samples within this fraction of the mid-swing maximum are one flat top. */
  static final double FLAT_TOP = 0.95;

  private final ShankGyroConfig config;

  private ShankGyroEventDetector(ShankGyroConfig config) {
    this.config = Checks.notNull(config, "config");
  }

  /** A detector with {@link ShankGyroConfig#defaults()}. */
  public static ShankGyroEventDetector withDefaults() {
    return new ShankGyroEventDetector(ShankGyroConfig.defaults());
  }

  /** A detector with {@code config}. */
  public static ShankGyroEventDetector of(ShankGyroConfig config) {
    return new ShankGyroEventDetector(config);
  }

  public ShankGyroConfig config() {
    return config;
  }

  /**
   * A causal stream of this detector's events for live data: gyroscope samples in deg/s pushed
   * one by one or in blocks, events delivered to {@code sink} at most {@link
   * ShankGyroEventStream#latencySamples()} samples late (1.48 s at 100 Hz with the defaults).
   *
   * <pre>{@code
   * ImuEventStream live = ShankGyroEventDetector.of(ShankGyroConfig.defaults()
   *         .withAxis(Axis.Y, SwingPolarity.NEGATIVE))
   *     .newStream(SamplingRate.ofHz(100), Side.LEFT, event -> System.out.println(event));
   * live.push(ax, ay, az, gx, gy, gz);   // per sample: m/s², deg/s
   * live.flush();                         // end of recording
   * }</pre>
   *
   * @param rate the sampling rate of the samples that will be pushed
   * @param side the side the events are reported for
   * @param sink receives the events, on the pushing thread
   * @return a new stream, for one shank and one thread
   * @throws IllegalArgumentException if the polarity is {@link SwingPolarity#AUTO} (it needs the
   *     whole recording) or a cutoff is not below the Nyquist frequency
   */
  public ShankGyroEventStream newStream(SamplingRate rate, Side side, EventSink sink) {
    return new ShankGyroEventStream(config, rate, side, sink);
  }

  /**
   * The mid-swing, IC and TC events of the shank's leg, as samples of the stream.
   *
   * @param shank a shank IMU with a gyroscope. Not modified.
   * @throws IllegalArgumentException if the stream has no gyroscope, a cutoff is not below
   *     Nyquist, or the gyroscope has NaN samples
   */
  @Override
  public GaitEvents detect(ImuStream shank) {
    Checks.notNull(shank, "shank");
    Vector3Series gyro = shank.gyroscope().orElseThrow(() -> new IllegalArgumentException(
        "shank stream " + shank.sensorId() + " has no gyroscope"));
    SamplingRate rate = shank.rate();
    rate.requireBelowNyquist(config.midSwingLowPassHz(), "midSwingLowPassHz");
    rate.requireBelowNyquist(config.eventLowPassHz(), "eventLowPassHz");
    Side side = shank.location().side();
    SosFilter swingFilter = Butterworth.lowPass(4, config.midSwingLowPassHz(), rate);
    SosFilter eventFilter = Butterworth.lowPass(4, config.eventLowPassHz(), rate);
    int n = gyro.size();
    if (n < rate.samples(config.minStrideS())
        || n <= Math.max(swingFilter.padLength(), eventFilter.padLength())) {
      return GaitEvents.empty(rate);
    }
    double[] s = gyro.component(config.sagittalAxis());
    double toDeg = gyro.unit().factorTo(Unit.DEGREE_PER_SECOND);
    for (int i = 0; i < n; i++) {
      Checks.requireArgument(!Double.isNaN(s[i]), "gyroscope %s is NaN at sample %d; fill gaps "
          + "first", config.sagittalAxis(), i);
      s[i] *= toDeg;
    }
    double[] swing = swingFilter.filterZeroPhase(s);
    PeakFinder swingPeaks = PeakFinder.withDefaults().withHeight(config.minSwingPeakDegPerS())
        .withDistanceS(config.minStrideS());
    int sign = switch (config.polarity()) {
      case POSITIVE -> 1;
      case NEGATIVE -> -1;
      case AUTO -> swingSign(swing, swingPeaks, rate);
    };
    for (int i = 0; i < n; i++) {
      s[i] *= sign;
      swing[i] *= sign;
    }
    double[] ev = eventFilter.filterZeroPhase(s, s); // s is our own copy
    int[] lobes = swingPeaks.find(swing, rate).indices();
    int icWin = rate.samples(config.icSearchS());
    int tcWin = rate.samples(config.tcSearchS());
    int refine = rate.samples(MID_SWING_REFINE_S);
    List<GaitEvent> out = new ArrayList<>(3 * lobes.length);
    int lastIc = -1;
    for (int k = 0; k < lobes.length; k++) {
      // mid-swing: the highest sample of the event signal near the low-passed peak
      int a = Math.max(0, lobes[k] - refine);
      int b = Math.min(n - 1, lobes[k] + refine);
      int m = lobes[k];
      for (int i = a; i <= b; i++) {
        if (ev[i] > ev[m]) {
          m = i;
        }
      }
      // a flat top: its centre (the run within 5 % of the maximum around it)
      int lo = m;
      int up = m;
      while (lo > a && ev[lo - 1] >= FLAT_TOP * ev[m]) {
        lo--;
      }
      while (up < b && ev[up + 1] >= FLAT_TOP * ev[m]) {
        up++;
      }
      m = (lo + up) >>> 1;
      out.add(new GaitEvent(GaitEventType.MID_SWING, side, m));
      // terminal contact: the last local minimum before mid-swing at least half as deep as the
      // deepest one in the window
      int deepTc = deepestMinimum(ev, Math.max(Math.max(1, m - tcWin), lastIc + 1), m - 1);
      if (deepTc >= 0) {
        for (int i = m - 1; i >= deepTc; i--) {
          if (isMinimum(ev, i) && ev[i] <= 0.5 * ev[deepTc]) {
            out.add(new GaitEvent(GaitEventType.TOE_OFF, side, i));
            break;
          }
        }
      }
      // initial contact: the first local minimum after mid-swing at least half as deep as the
      // deepest one in the window
      int hi = Math.min(n - 2, m + icWin);
      if (k + 1 < lobes.length) {
        hi = Math.min(hi, lobes[k + 1] - 1);
      }
      int deepest = deepestMinimum(ev, m + 1, hi);
      if (deepest >= 0) {
        for (int i = m + 1; i <= deepest; i++) {
          if (isMinimum(ev, i) && ev[i] <= 0.5 * ev[deepest]) {
            out.add(new GaitEvent(GaitEventType.INITIAL_CONTACT, side, i));
            lastIc = i;
            break;
          }
        }
      }
    }
    return GaitEvents.of(rate, out);
  }

  /**
   * The swing sign of {@code swing} (the low-passed sagittal rate, deg/s): +1 or -1, whichever
   * sign's peaks at stride spacing have the larger median height. The shank's rotation
   * integrates to about zero over a stride, so both lobes have equal area; the swing lobe is the
   * taller and shorter one (Aminian et al. 2002, fig. 2). With no peaks of either sign, +1.
   */
  static int swingSign(double[] swing, PeakFinder peaks, SamplingRate rate) {
    double pos = medianHeight(peaks.find(swing, rate).peakHeights());
    double[] neg = new double[swing.length];
    for (int i = 0; i < swing.length; i++) {
      neg[i] = -swing[i];
    }
    return medianHeight(peaks.find(neg, rate).peakHeights()) > pos ? -1 : 1;
  }

  private static double medianHeight(double[] h) {
    if (h.length == 0) {
      return 0;
    }
    double[] c = h.clone();
    java.util.Arrays.sort(c);
    return c.length % 2 == 1 ? c[c.length / 2] : 0.5 * (c[c.length / 2 - 1] + c[c.length / 2]);
  }

  /** A strict local minimum (plateaus: their first sample), not at an end of {@code x}. */
  private static boolean isMinimum(double[] x, int i) {
    return i > 0 && i + 1 < x.length && x[i] < x[i - 1] && x[i] <= x[i + 1];
  }

  /** The lowest local minimum below 0 in {@code [from, to]}, or -1 if there is none. */
  private static int deepestMinimum(double[] x, int from, int to) {
    int best = -1;
    for (int i = Math.max(1, from); i <= to; i++) {
      if (x[i] < 0 && isMinimum(x, i) && (best < 0 || x[i] < x[best])) {
        best = i;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return "ShankGyroEventDetector[" + config + "]";
  }
}
