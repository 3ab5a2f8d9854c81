package org.gait4j.events;

import java.util.ArrayList;
import java.util.List;
import org.gait4j.dsp.Butterworth;
import org.gait4j.dsp.ContinuousWaveletTransform;
import org.gait4j.dsp.PeakFinder;
import org.gait4j.dsp.SosFilter;
import org.gait4j.dsp.Wavelet;
import org.gait4j.internal.Checks;
import org.gait4j.internal.VerticalProjection;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Vector3Series;

/**
 * Initial and final contacts of both feet from one IMU on the lower back (L4-L5), with the side of
 * each contact.
 *
 * <h2>Signal expected</h2>
 *
 * An {@link ImuStream} with an accelerometer (any acceleration unit, gravity included) and,
 * for left/right assignment, a gyroscope (any angular-velocity unit), worn on the lower back.
 * The sensor's mounting does not matter: the vertical is found from the data (see step 1), so
 * the mobgap frame (x up, y right, z forward), an upside-down or a tilted sensor all work. The
 * input should hold walking: run the detector on walking bouts ({@link
 * LowerBackWalkingBoutDetector}), as the minima it looks for also occur in other movements.
 *
 * <h2>Algorithm</h2>
 *
 * After McCamley et al. (2012), with the vertical taken from the data and the left/right
 * decision made per run of steps:
 *
 * <ol>
 *   <li><b>Vertical acceleration.</b> The accelerometer's centred moving average over {@code
 *       gravityWindowS} gives the up direction {@code u}; {@code a_v = a · u - |ā|} (m/s²).
 *   <li><b>Integrate and differentiate.</b> {@code a_v} is integrated (cumulative trapezoid),
 *       its least-squares line removed, and transformed with the gaus1 wavelet at the scale whose
 *       pseudo-frequency is {@code icWaveletHz} ({@code s = 0.2 fs / icWaveletHz} samples, so the
 *       same walk at any rate gives the same times). This is a smoothed derivative of the
 *       vertical velocity; its minima are the initial contacts (McCamley's "IC signal").
 *   <li><b>Initial contacts.</b> The step period is the lag of the autocorrelation peak of that
 *       signal (0.3-2 s; a peak at 0.8 s or more is replaced by one at half its lag if that is at
 *       least half as high as the highest, likewise a third of it, and again from there while the
 *       lag is 0.8 s or more: two strides become one stride, then one step). Minima at least 0.7
 *       step periods (and {@code minStepIntervalS}) apart, the period capped at {@code
 *       maxStepPeriodS} (1 s, i.e. 60 steps/min, the slow end of walking: in irregular shuffling
 *       the autocorrelation can find the stride, and a distance of 0.7 strides then drops every
 *       other contact), whose prominence is at least 0.2 of the median prominence (which drops
 *       the shallow second minimum of a double-humped step) are taken, plus the last
 *       sample when the signal still falls there. When a taken minimum has an earlier local
 *       minimum at most 0.2 s before it (and after the previous contact's {@code
 *       minStepIntervalS}) that is at least 0.6 as deep, the earliest such is taken instead: of
 *       two humps in one step the heel strike comes first, the later one is loading, and which
 *       of two similar humps is deeper must not decide the contact. Each is moved back (at most
 *       0.15 s) to the steepest rise of the smoothed acceleration before it (the inflection with
 *       the most negative slope; the window's steepest sample if it holds none): the heel strike
 *       starts the upward push, the acceleration peak follows ~40 ms later.
 *   <li><b>Final contacts.</b> The IC signal is transformed again with gaus1 (scale from {@code
 *       fcWaveletHz}); the largest maximum in the first half of each step is the final contact
 *       of the opposite foot (McCamley's "FC signal"). <b>Experimental:</b> on the Mobilise-D
 *       INDIP data only 39 % of final contacts are found within 0.25 s; do not derive stance
 *       or swing from them yet.
 *   <li><b>Left or right.</b> The angular velocity about the vertical ({@code gyro · u}) is
 *       band-passed ({@code sideLowHz}-{@code sideHighHz}, 2nd order Butterworth, zero phase) so
 *       that turning and drift drop out; its sign at the contact gives the side (negative,
 *       clockwise seen from above, at a left contact), as McCamley proposed. That sign, clipped at
 *       twice its median magnitude, is evidence per contact; contacts form runs broken where a
 *       step exceeds 1.5 median steps or {@code maxStepIntervalS} (a missed contact), and each
 *       run gets the alternating labelling that agrees best with its evidence (a two-hypothesis
 *       vote). Without a gyroscope every side is {@link Side#UNKNOWN}.
 * </ol>
 *
 * <h2>Settings and where they come from</h2>
 *
 * Not all from the literature: the IC wavelet pseudo-frequency (5 Hz, a Gaussian smoothing of
 * about 30 ms at 100 Hz), the 0.7-step-period distance, the 0.2 relative prominence, the
 * steepest-rise refinement, the first-of-two-humps rule (0.2 s, 0.6), the run-wise side vote
 * and the sign of the side rule were chosen while looking at the Mobilise-D lab recordings the
 * library is scored on (3 subjects). The accuracy harness ({@code mobgap_lowerback_indip})
 * therefore prints per-subject figures and leave-one-subject-out figures of the wavelet frequency; the
 * other choices are fixed rules, checked on simulated walks. The 0.25 s refractory interval (4
 * steps/s) and the 0.5-2 Hz side band (around the stride frequency) are physiological bounds.
 *
 * <h2>Edge cases</h2>
 *
 * Input shorter than {@code minStepIntervalS} (or under 3 samples) gives no events. Contacts in
 * the first or last sample cannot be seen as minima and are missed. Within about 0.2 s of either
 * end the IC signal is cut: a contact whose minimum falls within a sample of the end is judged
 * by the last-sample rule (depth at least half the median) when the signal still falls at the
 * last sample, but by its prominence, cut by the end, when the minimum is one sample earlier,
 * so the same walk at 100 and 200 Hz can differ by that contact. (Judging both by the rise on
 * the uncut side resolves this and finds more contacts at bout ends, IC F1 0.86 on the
 * Mobilise-D data, but the inverted-pendulum stride lengths of those final steps are worse.)
 * Two inflections of nearly equal slope before one minimum are a tie of the same kind: the
 * rate can pick the other, ~0.1 s away. Non-finite samples are rejected. The wavelet transform
 * is direct convolution: run the detector on walking bouts rather than whole days.
 *
 * <h2>Thread-safety and latency</h2>
 *
 * Immutable and thread-safe; the input is not modified. {@link #newStream(SamplingRate,
 * EventSink)} gives the streaming face ({@link LowerBackIcStream}, at most 4.05 s late at 100 Hz),
 * whose bout-wide rules use trailing windows.
 *
 * <h2>References</h2>
 *
 * J. McCamley, M. Donati, E. Grimpampi, C. Mazzà, "An enhanced estimate of initial contact and
 * final contact instants of time using lower trunk inertial sensor data", Gait &amp; Posture
 * 36(2):316-318, 2012, DOI 10.1016/j.gaitpost.2012.02.019. T. T. Pham et al., "Validation of a
 * step detection algorithm during straight walking and turning in patients with Parkinson's
 * disease and older adults using an inertial measurement unit at the lower back", Frontiers in
 * Neurology 8:457, 2017, DOI 10.3389/fneur.2017.00457.
 */
public final class LowerBackIcDetector implements EventDetector<ImuStream> {
  static final double GAUS1_CENTRE = 0.2; // pywt.central_frequency('gaus1')
  /** How far before an acceleration peak its steepest rise is sought, s. */
  static final double REFINE_WINDOW_S = 0.15;
  /** How far before a step's deepest minimum an earlier one can be its contact, s. */
  static final double HUMP_WINDOW_S = 0.2;
  /** How deep, relative to a step's deepest minimum, an earlier one must be to be its contact. */
  static final double HUMP_DEPTH_RATIO = 0.6;

  private final LowerBackIcConfig config;

  private LowerBackIcDetector(LowerBackIcConfig config) {
    this.config = Checks.notNull(config, "config");
  }

  /** A detector with {@link LowerBackIcConfig#defaults()}. */
  public static LowerBackIcDetector withDefaults() {
    return new LowerBackIcDetector(LowerBackIcConfig.defaults());
  }

  /** A detector with {@code config}. */
  public static LowerBackIcDetector of(LowerBackIcConfig config) {
    return new LowerBackIcDetector(config);
  }

  public LowerBackIcConfig config() {
    return config;
  }

  /**
   * Initial contacts ({@link GaitEventType#INITIAL_CONTACT}) and final contacts ({@link
   * GaitEventType#TOE_OFF}) with their sides.
   *
   * @param imu lower-back stream with an accelerometer. Not modified.
   * @throws IllegalArgumentException if the stream has no accelerometer, holds non-finite
   *     samples, or {@code sideHighHz} is not below Nyquist
   */
  @Override
  public GaitEvents detect(ImuStream imu) {
    return detect(imu, 0, imu.size());
  }

  /**
   * As {@link #detect(ImuStream)} on samples {@code [from, to)} of {@code imu}; events are indexed
   * in the whole stream. Equal to detecting on {@code imu.slice(from, to)} and shifting by {@code
   * from}, without copying.
   *
   * @param imu lower-back stream with an accelerometer. Not modified.
   * @param from first sample
   * @param to one past the last sample
   */
  public GaitEvents detect(ImuStream imu, int from, int to) {
    return detect(imu, from, to, true);
  }

  /**
   * The initial contacts of {@link #detect(ImuStream, int, int)}, without the final contacts
   * (and without the cost of their wavelet transform): for pipelines that use contacts only,
   * such as cadence and stride length over days of data.
   *
   * @param imu lower-back stream with an accelerometer. Not modified.
   * @param from first sample
   * @param to one past the last sample
   */
  public GaitEvents initialContacts(ImuStream imu, int from, int to) {
    return detect(imu, from, to, false);
  }

  private GaitEvents detect(ImuStream imu, int from, int to, boolean finals) {
    Checks.notNull(imu, "imu");
    Checks.requireArgument(from >= 0 && from <= to && to <= imu.size(),
        "[from, to) = [%d, %d) must lie within the %d samples", from, to, imu.size());
    Vector3Series acc = imu.accelerometer().orElseThrow(() -> new IllegalArgumentException(
        "the lower-back stream " + imu.sensorId() + " has no accelerometer"));
    SamplingRate rate = imu.rate();
    boolean sides = imu.gyroscope().isPresent();
    if (sides) {
      rate.requireBelowNyquist(config.sideHighHz(), "sideHighHz");
    }
    int n = to - from;
    int minStep = Math.max(1, rate.samples(config.minStepIntervalS()));
    if (n < 3 || n <= minStep) {
      return GaitEvents.empty(rate);
    }
    // with a gyroscope both projections in one pass (one moving average)
    double[][] vertical = sides
        ? VerticalProjection.verticalAccelerationAndAngularVelocity(imu, config.gravityWindowS(),
            from, to)
        : new double[][] {VerticalProjection.verticalAcceleration(acc, config.gravityWindowS(),
            from, to), null};
    double[] av = vertical[0];
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(av[i])) { // not Checks.requireArgument: no boxing per sample
        Checks.requireArgument(false, "accelerometer sample %d is not finite", from + i);
      }
    }
    double[] icSignal = icSignal(av, rate);
    int[] ic = contacts(icSignal, rate, minStep);
    if (ic.length == 0) {
      return GaitEvents.empty(rate);
    }
    Side[] side = new Side[ic.length];
    if (sides) {
      assignSides(ic, vertical[1], rate, side);
    } else {
      java.util.Arrays.fill(side, Side.UNKNOWN);
    }
    List<GaitEvent> events = new ArrayList<>(2 * ic.length);
    if (!finals) {
      for (int k = 0; k < ic.length; k++) {
        events.add(new GaitEvent(GaitEventType.INITIAL_CONTACT, side[k], from + ic[k]));
      }
      return GaitEvents.of(rate, events);
    }
    double fcScale = GAUS1_CENTRE * rate.hz() / config.fcWaveletHz();
    double[] fcSignal = ContinuousWaveletTransform.of(Wavelet.GAUS1).transform(icSignal, fcScale)
        .row(0);
    for (int k = 0; k < ic.length; k++) {
      events.add(new GaitEvent(GaitEventType.INITIAL_CONTACT, side[k], from + ic[k]));
      int end = k + 1 < ic.length ? ic[k + 1]
          : Math.min(n - 1, ic[k] + (k > 0 ? ic[k] - ic[k - 1] : minStep));
      int fc = largestLocalMaximum(fcSignal, n, ic[k] + 1, ic[k] + (end - ic[k]) / 2);
      if (fc >= 0) {
        events.add(new GaitEvent(GaitEventType.TOE_OFF, side[k].opposite(), from + fc));
      }
    }
    return GaitEvents.of(rate, events);
  }

  /**
   * A streaming face for live data: push the samples of one lower-back IMU (m/s², deg/s), receive
   * initial contacts with their side and final contacts a few seconds later ({@link
   * LowerBackIcStream}: at most 4.05 s at 100 Hz with the defaults). Its bout-wide rules (step
   * period, median prominence, side vote) use trailing windows, so its events are close to,
   * not equal to, this detector's (see {@link LowerBackIcStream} for the measured agreement).
   *
   * @param rate the sampling rate of the samples that will be pushed
   * @param sink receives the events, on the pushing thread
   * @throws IllegalArgumentException if {@code sideHighHz} is not below Nyquist at {@code rate}
   */
  public LowerBackIcStream newStream(SamplingRate rate, EventSink sink) {
    return new LowerBackIcStream(config, rate, sink);
  }

  /**
   * The dominant step period of samples {@code [from, to)}, s: the lag of the autocorrelation peak
   * of the IC signal between 0.3 and 2 s (the step rather than the stride, see step 3), or NaN if
   * there is none. {@code 60 / stepPeriodS} is a cadence that one missed or extra contact does not
   * move. O(n x 2 s x rate): meant for walking bouts.
   *
   * @param imu lower-back stream with an accelerometer. Not modified.
   * @param from first sample
   * @param to one past the last sample
   */
  public double stepPeriodS(ImuStream imu, int from, int to) {
    Checks.notNull(imu, "imu");
    Checks.requireArgument(from >= 0 && from <= to && to <= imu.size(),
        "[from, to) = [%d, %d) must lie within the %d samples", from, to, imu.size());
    Vector3Series acc = imu.accelerometer().orElseThrow(() -> new IllegalArgumentException(
        "the lower-back stream " + imu.sensorId() + " has no accelerometer"));
    if (to - from < 3) {
      return Double.NaN;
    }
    double[] av = VerticalProjection.verticalAcceleration(acc, config.gravityWindowS(), from, to);
    double period = stepPeriod(icSignal(av, imu.rate()), imu.rate());
    return period > 0 ? period / imu.rate().hz() : Double.NaN;
  }

  /** Integrated, detrended vertical acceleration differentiated by gaus1 (McCamley's IC signal). */
  double[] icSignal(double[] av, SamplingRate rate) {
    int n = av.length;
    double dt = rate.periodS();
    double[] v = new double[n];
    for (int i = 1; i < n; i++) {
      v[i] = v[i - 1] + 0.5 * (av[i] + av[i - 1]) * dt;
    }
    removeLine(v);
    double scale = GAUS1_CENTRE * rate.hz() / config.icWaveletHz();
    return ContinuousWaveletTransform.of(Wavelet.GAUS1).transform(v, scale).row(0);
  }

  /**
   * Initial contacts from McCamley's IC signal {@code w} (minima = upward acceleration peaks):
   * minima at least {@code stepDistanceFraction} of the step period apart, each moved back to the
   * steepest rise of the acceleration before it.
   */
  private int[] contacts(double[] w, SamplingRate rate, int minStep) {
    int n = w.length;
    double period = stepPeriod(w, rate);
    // in irregular walking the autocorrelation may find the stride: the distance never derives
    // from a period longer than maxStepPeriodS
    double capped = Math.min(period, rate.hz() * config.maxStepPeriodS());
    int distance = period > 0 ? Math.max(minStep, (int) (config.stepDistanceFraction() * capped))
        : minStep;
    org.gait4j.dsp.Peaks found = PeakFinder.withDefaults().withDistanceSamples(distance)
        .withProminence(0).findValleys(w);
    int[] valleys = prominent(found.indices(), found.prominences());
    int m = valleys.length;
    if (m == 0) {
      return valleys;
    }
    // a step whose deepest minimum comes second (the heel strike, then a later hump of loading):
    // the contact is the first when it is at least HUMP_DEPTH_RATIO as deep and at most
    // HUMP_WINDOW_S earlier (after the previous contact's refractory interval)
    int win = rate.samples(HUMP_WINDOW_S);
    for (int k = 0; k < m; k++) {
      int v = valleys[k];
      int lo = Math.max(1, Math.max(v - win, k > 0 ? valleys[k - 1] + minStep : 1));
      for (int i = lo; i < v && w[v] < 0; i++) {
        if (w[i] < w[i - 1] && w[i] <= w[i + 1] && w[i] <= HUMP_DEPTH_RATIO * w[v]) {
          valleys[k] = i;
          break;
        }
      }
    }
    // a contact in the last samples shows as a minimum still falling at the end
    double[] depth = new double[m];
    for (int k = 0; k < m; k++) {
      depth[k] = -w[valleys[k]];
    }
    java.util.Arrays.sort(depth);
    double median = depth[m / 2];
    boolean endContact = n >= 2 && w[n - 1] < w[n - 2] && n - 1 - valleys[m - 1] >= distance
        && -w[n - 1] >= 0.5 * median;
    int[] peaks = java.util.Arrays.copyOf(valleys, endContact ? m + 1 : m);
    if (endContact) {
      peaks[m] = n - 1;
    }
    int back = rate.samples(REFINE_WINDOW_S);
    int[] out = new int[peaks.length];
    int count = 0;
    for (int p : peaks) {
      int best = steepestRise(w, n, p, back);
      if (count == 0 || best > out[count - 1]) {
        out[count++] = best;
      }
    }
    return java.util.Arrays.copyOf(out, count);
  }

  /**
   * The steepest rise of the acceleration ({@code -w}) before the minimum at {@code p}, within
   * {@code [p - back, p]}: the inflection of {@code w} (a local minimum of its slope) with the most
   * negative slope; the steepest sample of the window only when it holds none (a rising edge cut
   * by the window or the input's start). Taking inflections, not the window's steepest sample,
   * keeps a slope at the window's edge from winning by a hair at one rate and not another.
   * Slopes are central differences, one-sided at the ends of {@code w[0, n)}.
   */
  static int steepestRise(double[] w, int n, int p, int back) {
    int best = -1;
    double bestSlope = Double.POSITIVE_INFINITY;
    for (int i = Math.max(2, p - back); i <= Math.min(p - 1, n - 3); i++) {
      double slope = 0.5 * (w[i + 1] - w[i - 1]);
      if (slope < 0.5 * (w[i] - w[i - 2]) && slope <= 0.5 * (w[i + 2] - w[i])
          && slope < bestSlope) {
        bestSlope = slope;
        best = i;
      }
    }
    if (best >= 0) {
      return best;
    }
    best = p;
    for (int i = Math.max(0, p - back); i <= p; i++) {
      double slope = i == 0 ? w[1] - w[0] : i == n - 1 ? w[i] - w[i - 1]
          : 0.5 * (w[i + 1] - w[i - 1]);
      if (slope < bestSlope) {
        bestSlope = slope;
        best = i;
      }
    }
    return best;
  }

  /**
   * The minima whose prominence is at least {@code minRelativeProminence} of the median
   * prominence: the second, shallow minimum of a double-humped step is dropped, the typical step
   * is the reference, so the rule does not depend on the signal's scale.
   */
  private int[] prominent(int[] idx, double[] prominence) {
    int m = idx.length;
    if (m < 3) {
      return idx;
    }
    double[] sorted = prominence.clone();
    java.util.Arrays.sort(sorted);
    double min = config.minRelativeProminence() * sorted[m / 2];
    int[] out = new int[m];
    int count = 0;
    for (int k = 0; k < m; k++) {
      if (prominence[k] >= min) {
        out[count++] = idx[k];
      }
    }
    return java.util.Arrays.copyOf(out, count);
  }

  /**
   * The step period of {@code w} in samples from its autocorrelation (lags 0.3 to 2 s): the
   * highest autocorrelation peak or, when that lies at 0.8 s or more (possibly a stride), the
   * peak at half (or a third of) its lag if that is at least half as high, repeated while the
   * lag is still 0.8 s or more; 0 if none.
   */
  static double stepPeriod(double[] w, SamplingRate rate) {
    int n = w.length;
    int lo = rate.samples(0.3);
    int hi = Math.min(n - 1, rate.samples(2.0));
    if (hi <= lo + 2) {
      return 0;
    }
    double mean = 0;
    for (double x : w) {
      mean += x;
    }
    mean /= n;
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = w[i] - mean;
    }
    // only lags from max(1, lo) - 1 to hi are read below
    double[] ac = autocorrelation(c, Math.max(1, lo) - 1, hi);
    return periodFromAutocorrelation(ac, lo, hi, rate.samples(0.8));
  }

  /**
   * The step period, samples, from autocorrelation values {@code ac[lag]} for lags {@code
   * max(1, lo) - 1 .. hi}: the rules of {@link #stepPeriod} (shared with the stream); 0 if none.
   * {@code longLag} is 0.8 s in samples.
   */
  static double periodFromAutocorrelation(double[] ac, int lo, int hi, int longLag) {
    int best = -1;
    for (int lag = Math.max(1, lo); lag < hi; lag++) {
      if (ac[lag] > ac[lag - 1] && ac[lag] >= ac[lag + 1] && (best < 0 || ac[lag] > ac[best])) {
        best = lag;
      }
    }
    if (best < 0) {
      return 0;
    }
    // a lag of 0.8 s or more may be a stride, three steps or two strides: prefer a peak at half
    // or a third of it (a step of at least 0.27 s) if that is at least half as high as the
    // highest peak, and look again from there (two strides -> one stride -> one step)
    double top = ac[best];
    boolean replaced = true;
    while (replaced && best >= longLag) {
      replaced = false;
      for (int div = 2; div <= 3 && !replaced; div++) {
        for (int lag = Math.max(1, lo); lag < best; lag++) {
          if (ac[lag] > ac[lag - 1] && ac[lag] >= ac[lag + 1]
              && Math.abs(lag - (double) best / div) <= 0.1 * best / div * 2
              && ac[lag] >= 0.5 * top) {
            best = lag;
            replaced = true;
            break;
          }
        }
      }
    }
    return refine(ac, best);
  }

  /**
   * {@code ac[lag] = Σ_{i >= lag} c[i] c[i - lag] / (n - lag)} for lags {@code lo..hi} (other
   * entries 0). Each sum runs over {@code i} in increasing order, as one plain loop would sum it;
   * four lags are summed together, which gives the processor four independent additions instead
   * of one chain.
   */
  private static double[] autocorrelation(double[] c, int lo, int hi) {
    int n = c.length;
    double[] ac = new double[hi + 1];
    int lag = lo;
    for (; lag + 3 <= hi; lag += 4) {
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      for (int i = lag; i < Math.min(n, lag + 3); i++) { // first terms of the three lower lags
        double ci = c[i];
        s0 += ci * c[i - lag];
        if (i >= lag + 1) {
          s1 += ci * c[i - lag - 1];
        }
        if (i >= lag + 2) {
          s2 += ci * c[i - lag - 2];
        }
      }
      for (int i = lag + 3; i < n; i++) {
        double ci = c[i];
        s0 += ci * c[i - lag];
        s1 += ci * c[i - lag - 1];
        s2 += ci * c[i - lag - 2];
        s3 += ci * c[i - lag - 3];
      }
      ac[lag] = s0 / (n - lag);
      ac[lag + 1] = s1 / (n - lag - 1);
      ac[lag + 2] = s2 / (n - lag - 2);
      ac[lag + 3] = s3 / (n - lag - 3);
    }
    for (; lag <= hi; lag++) {
      double s = 0;
      for (int i = lag; i < n; i++) {
        s += c[i] * c[i - lag];
      }
      ac[lag] = s / (n - lag);
    }
    return ac;
  }

  /** The vertex of the parabola through the autocorrelation at {@code lag - 1, lag, lag + 1}. */
  private static double refine(double[] ac, int lag) {
    double a = ac[lag - 1];
    double b = ac[lag];
    double c = ac[lag + 1];
    double den = a - 2 * b + c;
    return den < 0 ? lag + 0.5 * (a - c) / den : lag;
  }

  /** Index of the largest strict local maximum of {@code x[0, n)} in [lo, hi], or -1. */
  static int largestLocalMaximum(double[] x, int n, int lo, int hi) {
    int best = -1;
    for (int i = Math.max(1, lo); i <= Math.min(hi, n - 2); i++) {
      if (x[i] > x[i - 1] && x[i] >= x[i + 1] && (best < 0 || x[i] > x[best])) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Sides from the sign of the band-passed vertical angular velocity at each contact: clockwise
   * seen from above (negative) at a left contact.
   */
  private void assignSides(int[] ic, double[] yaw, SamplingRate rate, Side[] out) {
    SosFilter band = Butterworth.bandPass(2, config.sideLowHz(), config.sideHighHz(), rate);
    double[] y = yaw.length > 3 * (band.padLength() + 1) ? band.filterZeroPhase(yaw) : yaw;
    int m = ic.length;
    double[] e = new double[m];
    double[] mag = new double[m];
    for (int k = 0; k < m; k++) {
      e[k] = y[ic[k]];
      mag[k] = Math.abs(e[k]);
    }
    java.util.Arrays.sort(mag);
    double scale = mag[m / 2] > 0 ? mag[m / 2] : 1;
    int[] steps = new int[Math.max(1, m - 1)];
    for (int k = 1; k < m; k++) {
      steps[k - 1] = ic[k] - ic[k - 1];
    }
    java.util.Arrays.sort(steps, 0, Math.max(1, m - 1));
    double breakAt = Math.min(config.runBreakFactor() * steps[(m - 1) / 2],
        config.maxStepIntervalS() * rate.hz());
    int start = 0;
    for (int k = 1; k <= m; k++) {
      if (k == m || ic[k] - ic[k - 1] > breakAt) {
        // the alternating labelling of [start, k) that agrees best with the evidence
        double vote = 0;
        for (int j = start; j < k; j++) {
          double v = Math.max(-config.sideClip(), Math.min(config.sideClip(), e[j] / scale));
          vote += (j - start) % 2 == 0 ? v : -v;
        }
        for (int j = start; j < k; j++) {
          boolean evenLeft = vote <= 0;
          out[j] = ((j - start) % 2 == 0) == evenLeft ? Side.LEFT : Side.RIGHT;
        }
        start = k;
      }
    }
  }

  /** Subtracts the least-squares line from {@code v}. Modified. */
  static void removeLine(double[] v) {
    int n = v.length;
    if (n < 2) {
      return;
    }
    double mt = (n - 1) / 2.0;
    double mv = 0;
    for (double x : v) {
      mv += x;
    }
    mv /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      double d = i - mt;
      sxy += d * (v[i] - mv);
      sxx += d * d;
    }
    double slope = sxy / sxx;
    for (int i = 0; i < n; i++) {
      v[i] -= mv + slope * (i - mt);
    }
  }

  @Override
  public String toString() {
    return "LowerBackIcDetector" + config;
  }
}
