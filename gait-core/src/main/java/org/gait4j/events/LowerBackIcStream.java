package org.gait4j.events;

import java.util.Arrays;
import java.util.Locale;
import org.gait4j.dsp.Butterworth;
import org.gait4j.dsp.ContinuousWaveletTransform;
import org.gait4j.dsp.SosFilter;
import org.gait4j.dsp.Wavelet;
import org.gait4j.internal.Checks;
import org.gait4j.internal.VerticalStream;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;

/**
 * The streaming face of {@link LowerBackIcDetector}: initial contacts with their side, and final
 * contacts, from one lower-back IMU pushed sample by sample, a few seconds late. Obtained from
 * {@link LowerBackIcDetector#newStream(SamplingRate, EventSink)}.
 *
 * <h2>Signal</h2>
 * Accelerometer in m/s² (gravity included, any mounting) and gyroscope in deg/s, both finite. The
 * stream runs on everything it is given; as with the batch detector, its contacts mean something
 * during walking (combine it with {@link LowerBackWalkingBoutStream}, or keep the contacts inside
 * bouts).
 *
 * <h2>Algorithm: the batch algorithm with trailing windows</h2>
 * The local stages are the batch's; the stages that batch computes over a whole bout use the
 * last {@value #WINDOW_S} s instead ({@value #VOTE_WINDOW_S} s for the side vote):
 * <ol>
 *   <li><b>Vertical acceleration and yaw rate</b>: the batch's centred moving average ({@link
 *       VerticalStream}), the same values, {@code h} samples late.
 *   <li><b>IC signal</b>: the acceleration integrated (cumulative trapezoid, as batch) and
 *       transformed with gaus1 as an FIR filter ({@link ContinuousWaveletTransform#kernel}),
 *       {@code lead} samples late. Batch removes the least-squares line of each bout's integral
 *       first; the transform of a line is a constant (gaus1 is odd), so inside a bout the stream's
 *       signal is the batch's plus a constant: minima, prominences and slopes are the same.
 *   <li><b>Contacts</b>: minima of the IC signal, decided {@code A} samples after them ({@code A
 *       = max(1 s, the largest distance)}): the step period is the batch's autocorrelation rule
 *       over the last {@value #WINDOW_S} s (sums updated per sample); a minimum is kept unless a
 *       deeper one within {@code 0.7} periods is later or was kept; its prominence is SciPy's,
 *       searched 3 s back and {@code A} ahead; it must reach {@code minRelativeProminence} of
 *       the median prominence of the minima kept in the last {@value #WINDOW_S} s. Each is moved
 *       back to the steepest rise as in batch.
 *   <li><b>Side</b>: the yaw rate band-passed forward (causal), then backward from the newest
 *       sample (started in steady state) to the contact: a local zero-phase estimate. The evidence
 *       is clipped at {@code sideClip} median magnitudes (last {@value #WINDOW_S} s); runs break
 *       where a step exceeds {@code runBreakFactor} median steps (last {@value #WINDOW_S} s) or
 *       {@code maxStepIntervalS}; each contact gets the alternating labelling that agrees best
 *       with the evidence of its run's contacts in the last {@value #VOTE_WINDOW_S} s (batch: the
 *       whole run).
 *   <li><b>Final contacts</b>: the batch rule (largest maximum of the second gaus1 transform in
 *       the first half of the step), once the next contact is known, or {@code maxStepIntervalS}
 *       after the contact without one (then the step is taken as long as the previous one).
 * </ol>
 *
 * <h2>Agreement with batch</h2>
 * Where the batch detector's contacts are needed exactly, use {@link
 * org.gait4j.analysis.LowerBackBoutAnalysis#newStream}: it buffers each walking bout (in pieces
 * of at most {@code maxPieceS}) and gives the batch contacts of every bout, event for event, once
 * the bout is closed (LowerBackPipelineStreamTest, on the Mobilise-D recordings). This stream
 * trades that exactness for a latency of seconds. Not exact: batch's period, median prominence and side vote use the whole bout, and its
 * transform sees the bout's edges. On simulated walks (LowerBackIcStreamTest) at least 95 % of
 * the batch initial contacts (typically all) have a streamed one within one sample, with the
 * same side. On the 9 Mobilise-D recordings, inside the INDIP reference bouts (batch run per
 * bout, the stream over the whole recording), 86.6 % of the 232 batch initial contacts have a
 * streamed one within one sample (90.4 % more than 1 s from the bout ends; 88.8 % within 50 ms),
 * and the streamed contacts score IC F1 0.796, MAE 46 ms, left/right 0.850 against INDIP (batch
 * in the harness: 0.825, 49 ms, 0.922); the first-of-two-humps rule measures depth from the
 * trailing window's mean, where batch has the detrended bout's zero; see LowerBackIcStreamTest and the {@code stream_*}
 * figures of the accuracy harness ({@code mobgap_lowerback_indip}). The two window lengths (10 s;
 * 4 s for the side vote) were chosen on those recordings (3 subjects; 4, 6 and 10 s tried). The
 * rule of batch that takes the last sample as a contact when the signal still falls there is not
 * applied; the step of the last contact before a pause is taken as the previous one only up to
 * {@code maxStepIntervalS} (else {@code minStepIntervalS}).
 *
 * <h2>Latency</h2>
 * A contact is delivered at most {@code A + lead + h + b + u} samples after it ({@code b} the
 * 0.15 s refinement, {@code u} the 0.2 s window of the first-of-two-humps rule); a final contact
 * at most {@code S + b + u + A + lead + h} ({@code S} = {@code maxStepIntervalS}), which is
 * {@link #latencySamples()}: 405 samples (4.05 s) at 100 Hz with the defaults (S 150, b 15, u 20,
 * A 100, lead 20, h 100); initial contacts alone arrive within 255 samples ({@link
 * #contactLatencySamples()}).
 *
 * <h2>Allocation and cost</h2>
 * Rings and scratch arrays sized from the configuration at construction; pushing allocates
 * nothing except one {@link GaitEvent} per delivered event. Per sample: the moving sums, a
 * {@code 2 lead + 1}-tap FIR, one biquad cascade and about {@code 2 (2 s) fs} multiply-adds for
 * the sliding autocorrelation; per contact, short backward and FIR passes.
 *
 * <p>Not thread-safe: one stream per sensor and thread.
 */
public final class LowerBackIcStream implements ImuEventStream {
  /** Length of the trailing windows that stand for batch's whole bout, s. */
  static final double WINDOW_S = 10.0;
  /** Length of the trailing window of the side vote, s. */
  static final double VOTE_WINDOW_S = 4.0;
  /** Least look-ahead before a minimum is decided, s. */
  static final double LOOK_AHEAD_S = 1.0;
  /** How far back a minimum's prominence is searched, s. */
  static final double PROMINENCE_BACK_S = 3.0;

  private final SamplingRate rate;
  private final EventSink sink;
  private final LowerBackIcConfig config;
  private final VerticalStream vertical;
  private final double dt;
  private final double[] icKernel;
  private final int icLead;
  private final double[] fcKernel;
  private final int fcLead;
  private final SosFilter.Stream sideForward;
  private final SosFilter.Stream sideBackward;
  private final int minStep;
  private final int maxStep;
  private final int back;
  private final int humpWindow;
  private final int lagLo;
  private final int lagHi;
  private final int longLag;
  private final int window;
  private final int voteWindow;
  private final int ahead;
  private final int promBack;
  private final int maxDistance;
  private final int latency;
  // rings by sample index
  private final int mask;
  private final double[] v; // integrated vertical acceleration
  private final double[] w; // IC signal
  private final double[] cum; // cum[i] = w[0] + ... + w[i]
  private final double[] yaw; // side band-pass, forward pass
  private int avCount; // vertical outputs so far
  private double avPrev;
  private int wCount; // IC-signal samples so far
  private int wEnd = Integer.MAX_VALUE; // at flush: last real IC-signal index
  // sliding autocorrelation sums: lagSum[L] = sum over the window of w[i] w[i - L]
  private final double[] lagSum;
  private final double[] ac;
  // minimum scan
  private int fallAt = -1;
  // candidate minima: index ring with state
  private final int[] cand;
  private final boolean[] candKept;
  private int candHead;
  private int candSize;
  private int candDecided;
  // kept minima of the last window: index and prominence
  private final int[] keptIdx;
  private final double[] keptProm;
  private int keptHead;
  private int keptSize;
  // contacts of the last window: index and side evidence
  private final int[] icIdx;
  private final double[] icEvidence;
  private final int[] icOrdinal; // position in its run
  private int icHead;
  private int icSize;
  private final double[] scratch;
  private final double[] sideScratch;
  // run state: the number of contacts in the current run
  private int runCount;
  // the last contact, whose final contact is pending (-1: none)
  private int lastIc = -1;
  private int lastValley = -1; // the last contact's minimum, before refinement
  private Side lastSide = Side.UNKNOWN;
  private int lastStep;
  private boolean fcPending;
  private int count;
  private boolean flushed;

  LowerBackIcStream(LowerBackIcConfig config, SamplingRate rate, EventSink sink) {
    this.config = Checks.notNull(config, "config");
    this.rate = Checks.notNull(rate, "rate");
    this.sink = Checks.notNull(sink, "sink");
    rate.requireBelowNyquist(config.sideHighHz(), "sideHighHz");
    double hz = rate.hz();
    this.dt = rate.periodS();
    ContinuousWaveletTransform cwt = ContinuousWaveletTransform.of(Wavelet.GAUS1);
    this.icKernel = cwt.kernel(LowerBackIcDetector.GAUS1_CENTRE * hz / config.icWaveletHz());
    this.icLead = (icKernel.length - 1) / 2;
    this.fcKernel = cwt.kernel(LowerBackIcDetector.GAUS1_CENTRE * hz / config.fcWaveletHz());
    this.fcLead = (fcKernel.length - 1) / 2;
    SosFilter side = Butterworth.bandPass(2, config.sideLowHz(), config.sideHighHz(), rate);
    this.sideForward = side.newStream();
    this.sideBackward = side.newStream();
    this.vertical = new VerticalStream(config.gravityWindowS(), hz, this::onVertical);
    this.minStep = Math.max(1, rate.samples(config.minStepIntervalS()));
    this.maxStep = rate.samples(config.maxStepIntervalS());
    this.back = rate.samples(LowerBackIcDetector.REFINE_WINDOW_S);
    this.humpWindow = rate.samples(LowerBackIcDetector.HUMP_WINDOW_S);
    this.lagLo = rate.samples(0.3);
    this.lagHi = rate.samples(2.0);
    this.longLag = rate.samples(0.8);
    this.window = Math.max(rate.samples(WINDOW_S), lagHi + 4);
    this.voteWindow = rate.samples(VOTE_WINDOW_S);
    this.maxDistance = Math.max(minStep,
        (int) (config.stepDistanceFraction() * hz * config.maxStepPeriodS()));
    this.ahead = Math.max(Math.max(rate.samples(LOOK_AHEAD_S), maxDistance), fcLead + 2);
    this.promBack = rate.samples(PROMINENCE_BACK_S);
    int h = vertical.latencySamples();
    this.latency = maxStep + back + rate.samples(LowerBackIcDetector.HUMP_WINDOW_S) + ahead
        + icLead + h;
    int span = Math.max(window + lagHi, promBack + ahead)
        + maxStep + back + ahead + fcKernel.length + icKernel.length + 16;
    int cap = Streams.powerOfTwoAtLeast(span);
    this.mask = cap - 1;
    this.v = new double[cap];
    this.w = new double[cap];
    this.cum = new double[cap];
    this.yaw = new double[cap];
    this.lagSum = new double[lagHi + 1];
    this.ac = new double[lagHi + 2];
    this.cand = new int[ahead + maxDistance + 8];
    this.candKept = new boolean[cand.length];
    int perWindow = window / minStep + 8;
    this.keptIdx = new int[perWindow];
    this.keptProm = new double[perWindow];
    this.icIdx = new int[perWindow];
    this.icEvidence = new double[perWindow];
    this.icOrdinal = new int[perWindow];
    this.scratch = new double[Math.max(perWindow, 2 * maxStep + 8)];
    this.sideScratch = new double[cap];
  }

  @Override
  public SamplingRate rate() {
    return rate;
  }

  /** Worst-case delivery delay, samples: the final-contact bound (see the class documentation). */
  @Override
  public int latencySamples() {
    return latency;
  }

  /** Worst-case delay of initial contacts alone, samples. */
  public int contactLatencySamples() {
    return ahead + icLead + vertical.latencySamples() + back + humpWindow;
  }

  @Override
  public int samplesPushed() {
    return count;
  }

  @Override
  public boolean isFlushed() {
    return flushed;
  }

  /**
   * Pushes one sample.
   *
   * @throws IllegalArgumentException if a value is not finite
   * @throws IllegalStateException after {@link #flush()}
   */
  @Override
  public void push(double accXMps2, double accYMps2, double accZMps2, double gyrXDegPerS,
      double gyrYDegPerS, double gyrZDegPerS) {
    Streams.checkCanPush(flushed, count);
    Streams.requireFinite("accelerometer", "m/s²", count, accXMps2, accYMps2, accZMps2);
    Streams.requireFinite("gyroscope", "deg/s", count, gyrXDegPerS, gyrYDegPerS, gyrZDegPerS);
    count++;
    vertical.push(accXMps2, accYMps2, accZMps2, gyrXDegPerS, gyrYDegPerS, gyrZDegPerS);
  }

  /**
   * Ends the recording: the IC signal is completed holding the integral at its last value, the
   * remaining minima are decided with what is known, and the last final contact is sought in a
   * step as long as the previous one (as batch does at the end of its input).
   */
  @Override
  public void flush() {
    if (flushed) {
      return;
    }
    flushed = true;
    vertical.finish();
    int n = avCount;
    if (n < 3 || n <= minStep) {
      return;
    }
    for (int t = wCount; t < n; t++) {
      icSample(t);
    }
    wEnd = n - 1;
    double last = w[(n - 1) & mask];
    for (int t = n; t < n + ahead + fcLead + 2; t++) {
      w[t & mask] = last; // held, never scanned
    }
    decideUpTo(Integer.MAX_VALUE); // the last final contact too, its step clipped at the end
  }

  // --------------------------------------------------------------------------- signals

  private void onVertical(int i, double up, double yawRate) {
    v[i & mask] = i == 0 ? 0 : v[(i - 1) & mask] + 0.5 * (up + avPrev) * dt;
    avPrev = up;
    if (i == 0) {
      sideForward.resetToSteadyState(yawRate);
    }
    yaw[i & mask] = sideForward.process(yawRate);
    avCount = i + 1;
    if (i >= icLead) {
      icSample(i - icLead);
    }
  }

  /** IC-signal sample {@code t} (the integral held at its ends), then everything it allows. */
  private void icSample(int t) {
    int lastV = avCount - 1;
    double s = 0;
    for (int j = 0; j < icKernel.length; j++) {
      int k = t + icLead - j;
      s += icKernel[j] * (k < 0 ? 0 : v[Math.min(k, lastV) & mask]);
    }
    w[t & mask] = s;
    cum[t & mask] = (t == 0 ? 0 : cum[(t - 1) & mask]) + s;
    wCount = t + 1;
    for (int lag = Math.max(1, lagLo) - 1; lag <= lagHi && lag <= t; lag++) {
      lagSum[lag] += s * w[(t - lag) & mask];
    }
    int old = t - window;
    if (old >= 0) {
      double wo = w[old & mask];
      for (int lag = Math.max(1, lagLo) - 1; lag <= lagHi; lag++) {
        lagSum[lag] -= w[(old + lag) & mask] * wo;
      }
    }
    scanMinimum(t, s);
    decideUpTo(t - ahead);
  }

  /** SciPy's local minima of the IC signal (plateaus by their middle). */
  private void scanMinimum(int t, double s) {
    if (t == 0) {
      return;
    }
    double prev = w[(t - 1) & mask];
    if (s < prev) {
      fallAt = t;
    } else if (s > prev) {
      if (fallAt >= 0) {
        if (candSize == cand.length) {
          throw new IllegalStateException("candidate buffer overflow (bug)");
        }
        int slot = (candHead + candSize) % cand.length;
        cand[slot] = (fallAt + t - 1) >>> 1;
        candKept[slot] = false;
        candSize++;
      }
      fallAt = -1;
    }
  }

  // --------------------------------------------------------------------------- decisions

  /** Decides the candidate minima up to index {@code upTo}, in order. */
  private void decideUpTo(int upTo) {
    while (candDecided < candSize) {
      int slot = (candHead + candDecided) % cand.length;
      int c = cand[slot];
      if (c > upTo) {
        break;
      }
      timeout(c);
      candKept[slot] = keptByDistance(slot, distance());
      candDecided++;
      if (candKept[slot]) {
        double prom = prominence(c);
        addKept(c, prom);
        if (prominent(c, prom)) {
          int v = firstHump(c);
          lastValley = v;
          int q = steepestRise(v);
          if (q > lastIc) {
            contact(q);
          }
        }
      }
      // drop candidates no later decision needs
      while (candDecided > 0 && cand[candHead] + maxDistance < c) {
        candHead = (candHead + 1) % cand.length;
        candSize--;
        candDecided--;
      }
    }
    timeout(upTo);
  }

  /** The final contact of the last contact, once no next contact can come within the step. */
  private void timeout(int frontier) {
    if (fcPending && (long) frontier > (long) lastIc + maxStep + back) {
      finalContact(lastIc + lastStep);
    }
  }

  /** Distance rule: kept unless a deeper minimum within {@code d} is later or was kept. */
  private boolean keptByDistance(int slot, int d) {
    int c = cand[slot];
    double wc = w[c & mask];
    for (int k = 0; k < candSize; k++) {
      int o = (candHead + k) % cand.length;
      int oi = cand[o];
      if (o == slot || Math.abs(oi - c) >= d) {
        continue;
      }
      double wo = w[oi & mask];
      boolean deeper = wo < wc || (wo == wc && oi > c);
      if (deeper && (oi > c || candKept[o])) {
        return false;
      }
    }
    return true;
  }

  /** Minimum distance between contacts from the trailing step period, as batch. */
  private int distance() {
    int b = wCount - 1;
    int a = Math.max(0, b - window + 1);
    int len = b - a + 1;
    int hi = Math.min(len - 1, lagHi);
    if (hi <= lagLo + 2) {
      return minStep;
    }
    double total = cumBefore(b + 1) - cumBefore(a);
    double mean = total / len;
    for (int lag = Math.max(1, lagLo) - 1; lag <= hi; lag++) {
      double sa = cumBefore(b + 1) - cumBefore(a + lag);
      double sb = cumBefore(b - lag + 1) - cumBefore(a);
      ac[lag] = (lagSum[lag] - mean * (sa + sb) + (len - lag) * mean * mean) / (len - lag);
    }
    double period = LowerBackIcDetector.periodFromAutocorrelation(ac, lagLo, hi, longLag);
    double capped = Math.min(period, rate.hz() * config.maxStepPeriodS());
    return period > 0 ? Math.max(minStep, (int) (config.stepDistanceFraction() * capped))
        : minStep;
  }

  private double cumBefore(int i) {
    return i == 0 ? 0 : cum[(i - 1) & mask];
  }

  /** SciPy's prominence of minimum {@code c}, searched {@code promBack} back and {@code A} ahead. */
  private double prominence(int c) {
    double wc = w[c & mask];
    double left = wc;
    for (int i = c - 1; i >= Math.max(0, c - promBack) && w[i & mask] >= wc; i--) {
      left = Math.max(left, w[i & mask]);
    }
    double right = wc;
    int end = (int) Math.min(wEnd, (long) c + ahead);
    for (int i = c + 1; i <= end && w[i & mask] >= wc; i++) {
      right = Math.max(right, w[i & mask]);
    }
    return Math.min(left, right) - wc;
  }

  private void addKept(int c, double prom) {
    if (keptSize == keptIdx.length) {
      keptHead = (keptHead + 1) % keptIdx.length;
      keptSize--;
    }
    int slot = (keptHead + keptSize) % keptIdx.length;
    keptIdx[slot] = c;
    keptProm[slot] = prom;
    keptSize++;
  }

  /** Prominence of at least the fraction of the median over the kept minima of the window. */
  private boolean prominent(int c, double prom) {
    int m = 0;
    for (int k = 0; k < keptSize; k++) {
      int slot = (keptHead + k) % keptIdx.length;
      if (keptIdx[slot] > c - window) {
        scratch[m++] = keptProm[slot];
      }
    }
    if (m < 3) {
      return true;
    }
    Arrays.sort(scratch, 0, m);
    return prom >= config.minRelativeProminence() * scratch[m / 2];
  }

  /**
   * The batch's first-of-two-humps rule for the minimum at {@code c}: an earlier minimum at most
   * {@code HUMP_WINDOW_S} before it (and past the last contact's refractory interval) at least
   * {@code HUMP_DEPTH_RATIO} as deep is the contact. Depths are measured from the trailing
   * window's mean, which stands for the zero of batch's detrended bout signal.
   */
  private int firstHump(int c) {
    int b = wCount - 1;
    int a = Math.max(0, b - window + 1);
    double mean = (cumBefore(b + 1) - cumBefore(a)) / (b - a + 1);
    double wc = w[c & mask] - mean;
    if (!(wc < 0)) {
      return c;
    }
    int lo = Math.max(1, Math.max(c - humpWindow, lastValley >= 0 ? lastValley + minStep : 1));
    for (int i = lo; i < c; i++) {
      double wi = w[i & mask];
      if (wi < w[(i - 1) & mask] && wi <= w[(i + 1) & mask]
          && wi - mean <= LowerBackIcDetector.HUMP_DEPTH_RATIO * wc) {
        return i;
      }
    }
    return c;
  }

  /** The batch's steepest-rise refinement, on a copy of the IC signal around {@code c}. */
  private int steepestRise(int c) {
    int from = Math.max(0, c - back - 1);
    int to = c + 1; // w is known well past c
    for (int i = from; i <= to; i++) {
      scratch[i - from] = w[i & mask];
    }
    return from + LowerBackIcDetector.steepestRise(scratch, to - from + 1, c - from, back);
  }

  // --------------------------------------------------------------------------- events

  /** A new initial contact at {@code q}: the previous one's final contact, then this one. */
  private void contact(int q) {
    if (fcPending) {
      finalContact(q);
    }
    double e = sideEvidence(q);
    int step = lastIc >= 0 ? q - lastIc : -1;
    if (icSize == icIdx.length) {
      icHead = (icHead + 1) % icIdx.length;
      icSize--;
    }
    int slot = (icHead + icSize) % icIdx.length;
    icIdx[slot] = q;
    icEvidence[slot] = e;
    icSize++;
    // medians over the contacts of the window: |evidence| and steps
    int m = 0;
    for (int k = 0; k < icSize; k++) {
      int s = (icHead + k) % icIdx.length;
      if (icIdx[s] > q - window) {
        scratch[m++] = Math.abs(icEvidence[s]);
      }
    }
    Arrays.sort(scratch, 0, m);
    double scale = scratch[m / 2] > 0 ? scratch[m / 2] : 1;
    int steps = 0;
    for (int k = 1; k < icSize; k++) {
      int s = (icHead + k) % icIdx.length;
      int p = (icHead + k - 1) % icIdx.length;
      if (icIdx[p] > q - window) {
        scratch[steps++] = icIdx[s] - icIdx[p];
      }
    }
    double breakAt = maxStep;
    if (steps > 0) {
      Arrays.sort(scratch, 0, steps);
      breakAt = Math.min(config.runBreakFactor() * scratch[(steps - 1) / 2], maxStep);
    }
    if (step < 0 || step > breakAt) {
      runCount = 0;
    }
    icOrdinal[slot] = runCount;
    // the vote of the run's contacts in the window, each with the sign of its parity
    double vote = 0;
    for (int k = 0; k < icSize; k++) {
      int s = (icHead + k) % icIdx.length;
      if (k >= icSize - 1 - runCount && icIdx[s] > q - voteWindow) {
        double clipped = Math.max(-config.sideClip(), Math.min(config.sideClip(),
            icEvidence[s] / scale));
        vote += (icOrdinal[s] - runCount) % 2 == 0 ? clipped : -clipped;
      }
    }
    runCount++;
    Side side = vote <= 0 ? Side.LEFT : Side.RIGHT;
    sink.onEvent(new GaitEvent(GaitEventType.INITIAL_CONTACT, side, q));
    lastStep = step > 0 && step <= maxStep ? step : minStep;
    lastIc = q;
    lastSide = side;
    fcPending = true;
  }

  /** The local zero-phase side signal at {@code q}: backward from the newest forward sample. */
  private double sideEvidence(int q) {
    int top = avCount - 1;
    sideBackward.resetToSteadyState(yaw[top & mask]);
    double out = 0;
    for (int i = top; i >= q; i--) {
      out = sideBackward.process(yaw[i & mask]);
    }
    return out;
  }

  /** The batch's final contact of the last contact, in a step ending at {@code end}. */
  private void finalContact(int end) {
    fcPending = false;
    end = Math.min(end, wEnd);
    int lo = lastIc + 1;
    int hi = lastIc + (end - lastIc) / 2;
    if (hi < lo) {
      return;
    }
    // the FC signal on [lo - 1, hi + 1], clipped to the IC signal's end
    int last = (int) Math.min(wEnd, (long) hi + 1);
    int from = lo - 1;
    int len = last - from + 1;
    double[] f = sideScratch;
    for (int i = from; i <= last; i++) {
      double s = 0;
      for (int j = 0; j < fcKernel.length; j++) {
        int k = i + fcLead - j;
        s += fcKernel[j] * (k < 0 ? 0 : w[k & mask]);
      }
      f[i - from] = s;
    }
    int best = LowerBackIcDetector.largestLocalMaximum(f, len, lo - from, hi - from);
    if (best >= 0) {
      sink.onEvent(new GaitEvent(GaitEventType.TOE_OFF, lastSide.opposite(), from + best));
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "LowerBackIcStream[%s, %d pushed, latency %d samples%s]",
        rate, count, latency, flushed ? ", flushed" : "");
  }
}
