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
 * the shank ({@link ShankGyroConfig#sagittalAxis()}, default Y), any angular-velocity unit, with
 * the sign of mid-swing given by {@link ShankGyroConfig#polarity()}. The sensor sits on the
 * lateral or anterior shank; the signal is used as read, so a mounting tilt of up to about 30 deg
 * only scales it by its cosine. The leg's side comes from the stream's {@link
 * ImuStream#location()}.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>{@code s} = the sagittal rate in deg/s, sign-flipped when the polarity is NEGATIVE, so that
 *       the forward swing of the shank is a large positive lobe.
 *   <li>Mid-swing: peaks of {@code s} low-passed at {@code midSwingLowPassHz} (zero-phase 4th-order
 *       Butterworth) that reach {@code minSwingPeakDegPerS} and are at least {@code minStrideS}
 *       apart (the highest kept, {@link PeakFinder}); the event is the peak's sample.
 *   <li>Initial contact: on {@code s} low-passed at {@code eventLowPassHz}, the first local minimum
 *       below 0 deg/s after mid-swing and within {@code icSearchS} of it (the shank's forward
 *       rotation stops and reverses as the heel strikes).
 *   <li>Terminal contact (reported as {@code TOE_OFF}): the nearest local minimum below 0 deg/s
 *       before mid-swing and within {@code tcSearchS} of it, and after the previous initial
 *       contact of the leg (the shank rotates backwards as the knee flexes in pre-swing, then
 *       forwards as the foot leaves the floor).
 *   <li>A mid-swing whose minimum is not found gives no IC or TC for that side of it; mid-swing
 *       itself is always reported.
 * </ol>
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
 * minima after and before it); the windows and cutoffs are this library's choices (see {@link
 * ShankGyroConfig#defaults()}), not tuned on a dataset.
 *
 * <h2>Streaming and cost</h2>
 * O(n): two zero-phase filters, one peak search, and a bounded walk around each peak. A causal
 * face would replace the zero-phase filters by causal ones and report each stride's TC and
 * mid-swing once the peak is confirmed, and its IC {@code icSearchS} later.
 *
 * <p>Immutable and thread-safe; the input is not modified.
 */
public final class ShankGyroEventDetector implements EventDetector<ImuStream> {
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
    double scale = gyro.unit().factorTo(Unit.DEGREE_PER_SECOND)
        * (config.polarity() == SwingPolarity.NEGATIVE ? -1 : 1);
    for (int i = 0; i < n; i++) {
      Checks.requireArgument(!Double.isNaN(s[i]), "gyroscope %s is NaN at sample %d; fill gaps "
          + "first", config.sagittalAxis(), i);
      s[i] *= scale;
    }
    double[] swing = swingFilter.filterZeroPhase(s);
    double[] ev = eventFilter.filterZeroPhase(s, s); // s is our own copy
    int[] ms = PeakFinder.withDefaults().withHeight(config.minSwingPeakDegPerS())
        .withDistanceS(config.minStrideS()).find(swing, rate).indices();
    int icWin = rate.samples(config.icSearchS());
    int tcWin = rate.samples(config.tcSearchS());
    List<GaitEvent> out = new ArrayList<>(3 * ms.length);
    int lastIc = -1;
    for (int k = 0; k < ms.length; k++) {
      int m = ms[k];
      out.add(new GaitEvent(GaitEventType.MID_SWING, side, m));
      int lo = Math.max(Math.max(1, m - tcWin), lastIc + 1);
      int tc = -1;
      for (int i = m - 1; i >= lo; i--) {
        if (i + 1 < n && ev[i] < 0 && ev[i] <= ev[i - 1] && ev[i] < ev[i + 1]) {
          tc = i;
          break;
        }
      }
      if (tc >= 0) {
        out.add(new GaitEvent(GaitEventType.TOE_OFF, side, tc));
      }
      int hi = Math.min(n - 2, m + icWin);
      if (k + 1 < ms.length) {
        hi = Math.min(hi, ms[k + 1] - 1);
      }
      for (int i = m + 1; i <= hi; i++) {
        if (ev[i] < 0 && ev[i] < ev[i - 1] && ev[i] <= ev[i + 1]) {
          out.add(new GaitEvent(GaitEventType.INITIAL_CONTACT, side, i));
          lastIc = i;
          break;
        }
      }
    }
    return GaitEvents.of(rate, out);
  }

  @Override
  public String toString() {
    return "ShankGyroEventDetector[" + config + "]";
  }
}
