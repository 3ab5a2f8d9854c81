package org.gait4j.events;

import java.util.Locale;
import org.gait4j.dsp.Butterworth;
import org.gait4j.dsp.SosFilter;
import org.gait4j.internal.Checks;
import org.gait4j.model.Axis;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;

/**
 * The streaming face of {@link ShankGyroEventDetector}: terminal contacts ({@code TOE_OFF}),
 * mid-swings and initial contacts of one shank IMU, pushed sample by sample. Obtained from
 * {@link ShankGyroEventDetector#newStream(SamplingRate, Side, EventSink)}.
 *
 * <h2>Signal</h2>
 * The gyroscope in deg/s; only the configured {@link ShankGyroConfig#sagittalAxis()} is used
 * (the accelerometer and the other axes are ignored). The sagittal value must be finite. The
 * polarity must be explicit ({@link SwingPolarity#POSITIVE} or {@link SwingPolarity#NEGATIVE}):
 * {@link SwingPolarity#AUTO} compares the median peak heights of the whole recording, which a
 * causal stream does not have, so {@code newStream} rejects it.
 *
 * <h2>Algorithm: the batch algorithm made causal</h2>
 * <ol>
 *   <li><b>Peak candidates: causal, delay-compensated.</b> The batch detector low-passes
 *       zero-phase at {@code midSwingLowPassHz} ({@code swing}). To find the peaks as they come,
 *       the stream runs the same Butterworth forward twice (the same magnitude response, {@code
 *       |H|²}) and reads it {@code dS} samples late, {@code dS} the rounded DC group delay of the
 *       two passes ({@link #swingDelaySamples()}; 28 samples at 100 Hz with the defaults), as
 *       {@link FootGyroEventStream} does. Local maxima of it (plateaus: their middle) of at least
 *       {@code minSwingPeakDegPerS} are candidates; a candidate is decided once every candidate
 *       less than {@code minStrideS} ({@code D} samples) after it is known: it is kept unless a
 *       neighbour closer than {@code D} is higher and either later or kept. This is the batch rule
 *       "visit by decreasing height, each kept peak removes its neighbours", except in chains of
 *       peaks closer than {@code D} (not seen in walking, whose swing lobes are a stride apart).
 *   <li><b>Events: local zero-phase.</b> The non-linear phase of the causal passes moves an
 *       asymmetric swing lobe's peak by up to 0.05 s, which the mid-swing refinement would carry
 *       over. So once a peak is kept, the stream rebuilds the zero-phase signals over the window it
 *       needs: the buffered output of the first (forward) pass is filtered backward from the
 *       newest sample, started from the steady state of that sample, exactly as the batch's
 *       backward pass is started. {@code D + dS} samples of look-ahead let the backward
 *       transient die out, so these are the batch's {@code swing} and {@code ev} to rounding
 *       (their starts differ only within the first filter transient of the recording). The peak
 *       is moved to the local maximum of {@code swing} it climbs to (within 0.1 s), then mid-swing
 *       and TC follow exactly the batch rules on {@code ev} (refinement within 0.1 s, flat-top
 *       centre, the last minimum in the {@code tcSearchS} before it, after the previous IC, at
 *       least half as deep as the deepest).
 *   <li><b>IC</b>, once the input has arrived {@code max(dS, dE)} samples past {@code icSearchS}
 *       after mid-swing ({@code dE} the event filter's delay, {@link #eventDelaySamples()}):
 *       {@code ev} is rebuilt the same way and the batch rule applied, the window cut before the
 *       next kept peak or, if a peak in it is still undecided, before that candidate (assumed
 *       kept).
 * </ol>
 * At {@link #flush()} the forward passes are run on over the batch's odd (point-symmetric)
 * extension of the last samples and the backward passes start from its end, as in batch, so the
 * last stride's events are found too.
 *
 * <h2>Latency</h2>
 * With {@code R} the 0.1 s refinement window and {@code T}, {@code I} the TC and IC search
 * windows, in samples: a peak is kept {@code L = max(D + dS, 2R + I + 1 + max(dS, dE) - D)}
 * samples after its candidate. Mid-swing then arrives at most {@code L + 2R} samples late, TC at
 * most {@code L + 2R + T} (it lies up to {@code T} before mid-swing), IC at most {@code max(L +
 * 2R - 1, I + 1 + max(dS, dE))}. {@link #latencySamples()} is the largest, the TC bound: 148
 * samples (1.48 s) at 100 Hz with the defaults (D 50, dS 28, R 10, T 50); mid-swing and IC are
 * delivered at most 0.98 s late. In the tests' simulated walks the largest delay was about 1.05 s
 * (a TC). The bound assumes no plateau (equal consecutive samples) at a swing peak, which
 * filtered floating-point data does not have.
 *
 * <h2>Agreement with batch</h2>
 * The same events within 2 samples (mostly identical) wherever both see the same peaks; they can
 * differ within the first filter transient of a recording (about {@code dS} samples) and where
 * two minima are within rounding of the half-depth rule. On the simulated walks of the tests
 * (ShankGyroEventStreamTest, ShankGyroEventStreamPropertiesTest) every batch event has a streamed
 * partner within 2 samples and vice versa.
 *
 * <h2>Allocation and cost</h2>
 * Ring buffers (power of two, sized from the latency and the windows) for the input and the two
 * forward passes, two scratch arrays for the rebuilt windows, a candidate ring of {@code 2 D + 8}
 * and a peak queue, all allocated at construction; pushing allocates nothing except one {@link
 * GaitEvent} per delivered event. Per sample: three biquad cascades; per stride three backward
 * passes over about {@code D + dS + T + 2R} samples.
 *
 * <p>Not thread-safe: one stream per shank and thread.
 */
public final class ShankGyroEventStream implements ImuEventStream {

  private static final int PENDING = 0;
  private static final int KEPT = 1;
  private static final int DROPPED = 2;

  private final SamplingRate rate;
  private final Side side;
  private final EventSink sink;
  private final Axis axis;
  private final double sign;
  private final double minPeak;
  private final int distance;
  private final int refine;
  private final int tcWin;
  private final int icWin;
  private final int minLength;
  private final int padLength;
  private final int swingDelay;
  private final int eventDelay;
  private final int latency;
  private final SosFilter.Stream swing1;
  private final SosFilter.Stream swing2;
  private final SosFilter.Stream event1;
  private final SosFilter.Stream swingBack;
  private final SosFilter.Stream eventBack;
  private final int swingPad;
  private final int eventPad;
  // rings: sign-corrected input and the aligned event signal
  private final int mask;
  private final double[] rawRing;
  private final double[] swingFwd; // forward pass of the mid-swing low-pass, by input index
  private final double[] eventFwd; // forward pass of the event low-pass, by input index
  private int lastInput = -1; // last index run through the forward passes (padding included)
  // local zero-phase estimates: backward passes over the buffered forward outputs
  private final double[] zs;
  private int zsBase;
  private final double[] ze;
  private int zeBase;
  private int count;
  private int evKnown; // ev known for indices < evKnown
  private int swingKnown; // swing known for indices < swingKnown
  // swing local-maximum detection
  private double swingPrev;
  private int riseAt = -1;
  // candidate peaks (ring, index order)
  private final int[] candIdx;
  private final double[] candHeight;
  private final int[] candState;
  private int candHead;
  private int candSize;
  private int candDecided;
  // kept peaks waiting for their events (FIFO)
  private final int[] lobes;
  private int lobeHead;
  private int lobeSize;
  private int headMidSwing = -1; // mid-swing of the head lobe once its TC and MS are delivered
  private int lastIc = -1;
  private boolean ending;
  private boolean flushed;

  ShankGyroEventStream(ShankGyroConfig config, SamplingRate rate, Side side, EventSink sink) {
    Checks.notNull(config, "config");
    this.rate = Checks.notNull(rate, "rate");
    this.side = Checks.notNull(side, "side");
    this.sink = Checks.notNull(sink, "sink");
    Checks.requireArgument(config.polarity() != SwingPolarity.AUTO, "a shank stream needs an "
        + "explicit polarity (POSITIVE or NEGATIVE): AUTO compares the swing peaks of the whole "
        + "recording; use config.withAxis(axis, SwingPolarity.NEGATIVE) for gait4j's segment frame");
    rate.requireBelowNyquist(config.midSwingLowPassHz(), "midSwingLowPassHz");
    rate.requireBelowNyquist(config.eventLowPassHz(), "eventLowPassHz");
    this.axis = config.sagittalAxis();
    this.sign = config.polarity() == SwingPolarity.NEGATIVE ? -1 : 1;
    this.minPeak = config.minSwingPeakDegPerS();
    SosFilter swingFilter = Butterworth.lowPass(4, config.midSwingLowPassHz(), rate);
    SosFilter eventFilter = Butterworth.lowPass(4, config.eventLowPassHz(), rate);
    this.swing1 = swingFilter.newStream();
    this.swing2 = swingFilter.newStream();
    this.event1 = eventFilter.newStream();
    this.swingBack = swingFilter.newStream();
    this.eventBack = eventFilter.newStream();
    this.swingPad = swingFilter.padLength();
    this.eventPad = eventFilter.padLength();
    this.swingDelay = Math.max(0, (int) Math.round(2 * Streams.dcGroupDelaySamples(swingFilter)));
    this.eventDelay = Math.max(0, (int) Math.round(2 * Streams.dcGroupDelaySamples(eventFilter)));
    this.padLength = Math.max(swingFilter.padLength(), eventFilter.padLength());
    this.distance = Math.max(1, (int) Math.ceil(config.minStrideS() * rate.hz() - 1e-9));
    this.minLength = rate.samples(config.minStrideS());
    this.refine = rate.samples(ShankGyroEventDetector.MID_SWING_REFINE_S);
    this.tcWin = rate.samples(config.tcSearchS());
    this.icWin = rate.samples(config.icSearchS());
    int dMax = Math.max(swingDelay, eventDelay);
    int keptAfter = Math.max(distance + swingDelay, 2 * refine + icWin + 1 + dMax - distance);
    int icBound = Math.max(keptAfter + 2 * refine - 1, icWin + 1 + dMax);
    this.latency = Math.max(keptAfter + 2 * refine + tcWin, icBound);
    int capacity = Streams.powerOfTwoAtLeast(latency + keptAfter + 2 * refine + tcWin + icWin
        + swingDelay + eventDelay + 16);
    this.mask = capacity - 1;
    this.rawRing = new double[capacity];
    this.swingFwd = new double[capacity];
    this.eventFwd = new double[capacity];
    this.zs = new double[capacity];
    this.ze = new double[capacity];
    this.candIdx = new int[2 * distance + 8];
    this.candHeight = new double[candIdx.length];
    this.candState = new int[candIdx.length];
    this.lobes = new int[latency / distance + 8];
  }

  @Override
  public SamplingRate rate() {
    return rate;
  }

  /** The side the events are reported for. */
  public Side side() {
    return side;
  }

  /**
   * Worst-case delivery delay, samples: the TC bound {@code L + R + T} or the IC bound, whichever
   * is larger (see the class documentation).
   */
  @Override
  public int latencySamples() {
    return latency;
  }

  /** Delay by which the twice-filtered mid-swing signal is read late, samples. */
  public int swingDelaySamples() {
    return swingDelay;
  }

  /** Delay by which the twice-filtered event signal is read late, samples. */
  public int eventDelaySamples() {
    return eventDelay;
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
   * Pushes one sample; only the gyroscope's sagittal axis is used.
   *
   * @throws IllegalArgumentException if the sagittal gyroscope value is not finite
   * @throws IllegalStateException after {@link #flush()}
   */
  @Override
  public void push(double accXMps2, double accYMps2, double accZMps2, double gyrXDegPerS,
      double gyrYDegPerS, double gyrZDegPerS) {
    Streams.checkCanPush(flushed, count);
    double g = switch (axis) {
      case X -> gyrXDegPerS;
      case Y -> gyrYDegPerS;
      case Z -> gyrZDegPerS;
    };
    if (!Double.isFinite(g)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "gyroscope %s at sample %d (%s deg/s) must be finite; fill gaps first", axis, count, g));
    }
    double s = sign * g;
    int i = count;
    if (i == 0) {
      swing1.resetToSteadyState(s);
      swing2.resetToSteadyState(s);
      event1.resetToSteadyState(s);
    }
    rawRing[i & mask] = s;
    count = i + 1;
    filter(i, s, Integer.MAX_VALUE);
    advance();
  }

  /** Runs input sample {@code i} (value {@code s}) through the filters; keeps outputs {@code < n}. */
  private void filter(int i, double s, int n) {
    double fs = swing1.process(s);
    swingFwd[i & mask] = fs;
    eventFwd[i & mask] = event1.process(s);
    lastInput = i;
    double ys = swing2.process(fs);
    int ke = i - eventDelay;
    if (ke >= 0 && ke < n) {
      evKnown = ke + 1;
    }
    int ks = i - swingDelay;
    if (ks >= 0 && ks < n) {
      swingSample(ks, ys);
    }
  }

  /**
   * Ends the recording: runs the filters over an odd extension of the last samples (as the batch
   * filters' padding does), decides the remaining peaks and delivers their events.
   */
  @Override
  public void flush() {
    if (flushed) {
      return;
    }
    flushed = true;
    int n = count;
    if (n < minLength || n <= padLength) {
      return; // batch finds nothing in so short an input
    }
    int pad = Math.max(Math.max(swingDelay, eventDelay), Math.max(swingPad, eventPad));
    double last = rawRing[(n - 1) & mask];
    for (int k = 1; k <= pad; k++) {
      int src = Math.max(0, n - 1 - k);
      filter(n - 1 + k, 2 * last - rawRing[src & mask], n);
    }
    ending = true;
    evKnown = n;
    decide(Integer.MAX_VALUE);
    advance();
  }

  // ------------------------------------------------------------------------------ peaks

  private void swingSample(int j, double v) {
    if (j > 0) {
      if (v > swingPrev) {
        riseAt = j;
      } else if (v < swingPrev) {
        if (riseAt >= 0 && swingPrev >= minPeak) {
          addCandidate((riseAt + j - 1) >>> 1, swingPrev);
        }
        riseAt = -1;
      }
    }
    swingPrev = v;
    swingKnown = j + 1;
    decide(j - distance);
  }

  private void addCandidate(int idx, double height) {
    int firstPending = candDecided < candSize ? candIdx[slot(candDecided)] : idx;
    while (candSize > 0 && candDecided > 0 && candIdx[candHead] + distance <= firstPending) {
      candHead = (candHead + 1) % candIdx.length;
      candSize--;
      candDecided--;
    }
    if (candSize == candIdx.length) {
      throw new IllegalStateException("candidate buffer overflow (bug)");
    }
    int s = slot(candSize);
    candIdx[s] = idx;
    candHeight[s] = height;
    candState[s] = PENDING;
    candSize++;
  }

  private int slot(int k) {
    return (candHead + k) % candIdx.length;
  }

  /** Decides the pending candidates with index {@code <= upTo}, in index order. */
  private void decide(int upTo) {
    while (candDecided < candSize && candIdx[slot(candDecided)] <= upTo) {
      int e = slot(candDecided);
      boolean keep = true;
      for (int k = 0; k < candSize && keep; k++) {
        int o = slot(k);
        if (o == e || Math.abs(candIdx[o] - candIdx[e]) >= distance) {
          continue;
        }
        boolean higher = candHeight[o] > candHeight[e]
            || (candHeight[o] == candHeight[e] && candIdx[o] > candIdx[e]);
        if (higher && (candIdx[o] > candIdx[e] || candState[o] == KEPT)) {
          keep = false;
        }
      }
      candState[e] = keep ? KEPT : DROPPED;
      candDecided++;
      if (keep) {
        if (lobeSize == lobes.length) {
          throw new IllegalStateException("peak queue overflow (bug)");
        }
        lobes[(lobeHead + lobeSize) % lobes.length] = candIdx[e];
        lobeSize++;
      }
    }
  }

  // ------------------------------------------------------------------------------ events

  /** Delivers the events of the queued peaks whose samples have arrived, in order. */
  private void advance() {
    while (lobeSize > 0) {
      int p = lobes[lobeHead];
      if (headMidSwing < 0) {
        midSwingAndTc(p);
      }
      int m = headMidSwing;
      int hi = m + icWin;
      if (!ending && (evKnown < hi + 2 || swingKnown < hi + 2)) {
        return;
      }
      hi = Math.min(hi, evKnown - 2);
      int next = nextPeakAfter(p);
      if (next >= 0) {
        hi = Math.min(hi, next - 1);
      }
      zeroPhaseEvent(m);
      int deepest = deepestMinimum(m + 1, hi);
      if (deepest >= 0) {
        for (int i = m + 1; i <= deepest; i++) {
          if (isMinimum(i) && ev(i) <= 0.5 * ev(deepest)) {
            sink.onEvent(new GaitEvent(GaitEventType.INITIAL_CONTACT, side, i));
            lastIc = i;
            break;
          }
        }
      }
      lobeHead = (lobeHead + 1) % lobes.length;
      lobeSize--;
      headMidSwing = -1;
    }
  }

  /** Index of the last forward output the backward passes start from. */
  private int backFrom(int pad) {
    return ending ? evKnown - 1 + pad : lastInput;
  }

  /**
   * The zero-phase mid-swing signal from {@code from} on: the buffered forward pass filtered
   * backward from the newest sample (at the end, from the end of the batch's odd padding).
   */
  private void zeroPhaseSwing(int from) {
    int top = backFrom(swingPad);
    checkInRing(from, top);
    swingBack.resetToSteadyState(swingFwd[top & mask]);
    for (int i = top; i >= from; i--) {
      zs[i - from] = swingBack.process(swingFwd[i & mask]);
    }
    zsBase = from;
  }

  /** The zero-phase event signal from {@code from} on, as {@link #zeroPhaseSwing}. */
  private void zeroPhaseEvent(int from) {
    from = Math.max(0, from);
    int top = backFrom(eventPad);
    checkInRing(from, top);
    eventBack.resetToSteadyState(eventFwd[top & mask]);
    for (int i = top; i >= from; i--) {
      ze[i - from] = eventBack.process(eventFwd[i & mask]);
    }
    zeBase = from;
  }

  private void checkInRing(int from, int top) {
    if (from < 0 || top - from >= mask) {
      throw new IllegalStateException("window outside the ring buffer (bug)");
    }
  }

  /**
   * The batch mid-swing refinement and TC rule for kept peak {@code p}; delivers TC then MS. The
   * peak is first moved to the local maximum of the zero-phase estimate of the mid-swing signal
   * it climbs to, within 0.1 s (the double causal pass shifts asymmetric lobes by up to 0.05 s).
   */
  private void midSwingAndTc(int p) {
    int n = evKnown;
    int lo0 = Math.max(1, p - refine);
    int hi0 = Math.min(p + refine, ending ? n - 2 : lastInput - refine - 1);
    zeroPhaseSwing(lo0 - 1);
    int q = Math.max(lo0, Math.min(hi0, p));
    while (q < hi0 && zs[q + 1 - zsBase] > zs[q - zsBase]) {
      q++;
    }
    while (q > lo0 && zs[q - 1 - zsBase] > zs[q - zsBase]) {
      q--;
    }
    int a = Math.max(0, q - refine);
    int b = ending ? Math.min(n - 1, q + refine) : q + refine;
    zeroPhaseEvent(Math.min(a, q - refine - tcWin) - 1);
    int m = q;
    for (int i = a; i <= b; i++) {
      if (ev(i) > ev(m)) {
        m = i;
      }
    }
    int lo = m;
    int up = m;
    double top = ShankGyroEventDetector.FLAT_TOP * ev(m);
    while (lo > a && ev(lo - 1) >= top) {
      lo--;
    }
    while (up < b && ev(up + 1) >= top) {
      up++;
    }
    m = (lo + up) >>> 1;
    int from = Math.max(Math.max(1, m - tcWin), lastIc + 1);
    int deepTc = deepestMinimum(from, m - 1);
    if (deepTc >= 0) {
      for (int i = m - 1; i >= deepTc; i--) {
        if (isMinimum(i) && ev(i) <= 0.5 * ev(deepTc)) {
          sink.onEvent(new GaitEvent(GaitEventType.TOE_OFF, side, i));
          break;
        }
      }
    }
    sink.onEvent(new GaitEvent(GaitEventType.MID_SWING, side, m));
    headMidSwing = m;
  }

  /** The next kept peak after {@code p}, else the first undecided candidate after it, else -1. */
  private int nextPeakAfter(int p) {
    if (lobeSize > 1) {
      return lobes[(lobeHead + 1) % lobes.length];
    }
    for (int k = candDecided; k < candSize; k++) {
      int c = candIdx[slot(k)];
      if (c > p) {
        return c;
      }
    }
    return -1;
  }

  private double ev(int i) {
    return ze[i - zeBase];
  }

  /** The batch isMinimum on the event signal known so far. */
  private boolean isMinimum(int i) {
    return i > 0 && i + 1 < evKnown && ev(i) < ev(i - 1) && ev(i) <= ev(i + 1);
  }

  private int deepestMinimum(int from, int to) {
    int best = -1;
    for (int i = Math.max(1, from); i <= to; i++) {
      if (ev(i) < 0 && isMinimum(i) && (best < 0 || ev(i) < ev(best))) {
        best = i;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ShankGyroEventStream[%s, %s, %d pushed, latency %d "
        + "samples%s]", side, rate, count, latency, flushed ? ", flushed" : "");
  }
}
