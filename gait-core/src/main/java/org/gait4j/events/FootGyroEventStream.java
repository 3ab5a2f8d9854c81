package org.gait4j.events;

import java.util.Locale;
import org.gait4j.dsp.Butterworth;
import org.gait4j.dsp.SosFilter;
import org.gait4j.dsp.SubsequenceDtw;
import org.gait4j.internal.Checks;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;

/**
 * The streaming face of {@link FootGyroEventDetector}: toe offs, initial contacts and mid stances
 * of one foot IMU, pushed sample by sample, delivered to an {@link EventSink} one stride after
 * the fact. Obtained from {@link FootGyroEventDetector#newStream(SamplingRate, Side, EventSink)}.
 *
 * <h2>Signal</h2>
 *
 * As the batch detector: gyroscope in deg/s in the gaitmap foot sensor frame (plantarflexion is
 * positive gyr_y); gyr_y is used for the segmentation and the events, all three axes for mid
 * stance. The accelerometer values are ignored. Gyroscope samples must be finite.
 *
 * <h2>Algorithm: the batch algorithm made causal</h2>
 *
 * The segmentation of {@link FootStrideSegmenter} and the events of {@link FootGyroEventDetector},
 * with three changes that make them causal with a bounded delay:
 *
 * <ol>
 *   <li><b>Filtering: causal, delay-compensated.</b> The batch detector low-passes gyr_y
 *       zero-phase (forward-backward). The stream runs the same Butterworth filter forward twice
 *       (the same magnitude response, {@code |H|²}) and reads its output {@code d} samples late,
 *       where {@code d} is the rounded group delay of the two passes at 0 Hz (about 0.1 s at the
 *       default 8 Hz cutoff; {@link #filterDelaySamples()}): the decimated work sample {@code j}
 *       is the causal output at {@code j q + d}, which approximates the zero-phase output at
 *       {@code j q}. The low-passed signal only feeds the template matching; the borders and
 *       events are placed on the unfiltered gyr_y exactly as in batch.
 *   <li><b>Matching: incremental.</b> The open-begin, open-end subsequence DTW is causal column
 *       by column ({@link SubsequenceDtw.Stream}, bit-identical to the batch cost function on the
 *       same input). A local minimum of the cost at {@code j} is decided once every candidate
 *       within {@code minStrideS} after it is known ({@code D}, {@code minStrideS} in work
 *       samples, later): it is kept unless a neighbour closer than {@code minStrideS} has a lower
 *       cost and is kept (a later neighbour is assumed kept). This is the batch rule "visit by
 *       increasing cost, each kept end removes its neighbours", except in chains of candidates
 *       closer than {@code minStrideS}.
 *   <li><b>Overlaps: held until settled.</b> Batch accepts matches by increasing cost, dropping
 *       one that overlaps an accepted one by the snap window. The stream holds each accepted
 *       match until no cheaper overlapping match can still appear: no undecided candidate and no
 *       partial path of the current DTW column cheaper than it starts inside it (the SPRING
 *       reporting rule, {@link SubsequenceDtw.Stream#earliestStartCheaperThan}); a cheaper
 *       overlapping match arriving meanwhile replaces it. In steady walking this releases a match
 *       as soon as it is decided; at the start of a walk, where a partial match ending inside the
 *       first stride competes with the whole stride, it waits for the whole stride. To bound the
 *       latency a match is released anyway {@code H} work samples ({@code maxStrideS}) after its
 *       decision.
 *   <li><b>Borders and events</b>: once the raw samples up to {@code snapWindowS} after the
 *       matched end have arrived, exactly the batch rules (borders at the gyr_y maxima within
 *       {@code snapWindowS}, length, peak, swing and stance checks, zero-crossing contact,
 *       least-energy mid stance), on the same raw samples, so every stride both find gives the
 *       same sample indices. The energy prefix sums are accumulated in the batch order, so mid
 *       stance is bit-identical too.
 * </ol>
 *
 * Each accepted stride delivers, in sample order, its opening toe off (unless it closed the
 * previous stride), initial contact, mid stance and closing toe off.
 *
 * <h2>Latency</h2>
 *
 * With {@code q} the decimation factor, {@code d} the filter delay, {@code D} and {@code H} as
 * above: a stride is delivered at least {@code max((D - 1) q + d, snap + 1)} samples after its
 * matched end, 141 samples (0.69 s) at 204.8 Hz with the defaults (q 4, d 21, D 31, snap 31).
 * So in steady walking the closing toe off is reported about 0.7 s late, the initial contact
 * about one stance (0.6–0.7 s) more, the opening toe off of a walk's first stride one stride
 * more. {@link #latencySamples()} is the worst case, for the opening toe off of a stride of
 * {@code maxStrideS} whose match was held the longest: {@code maxStride + snap + max((D + H - 1)
 * q + d, snap + 1)} samples, 1402 samples (6.8 s) at 204.8 Hz with the defaults (H 154). On the
 * recorded gaitmap walk the largest delay was 367 samples (1.8 s, the opening toe offs).
 *
 * <h2>Agreement with batch</h2>
 *
 * Equal events (same stride, same sample) wherever batch and stream accept the same strides. They
 * can differ where the DTW cost of a stride is near {@code maxCostPerSample} (the two low-passes
 * differ slightly; typically at the first and last stride of a walk or in turns), in chains of
 * close candidates, and when the hold limit releases a match early. On the recorded gaitmap walk
 * (both feet, 174 events) and on the simulated walks of the tests every event is identical.
 *
 * <h2>Allocation and cost</h2>
 *
 * Ring buffers of {@code latencySamples() + 2 snap + 3} samples (rounded up to a power of two) for
 * gyr_y and the energy prefix sums, the DTW column ({@code m} ≈ 56 doubles) and small fixed-size
 * queues are allocated at construction; pushing allocates nothing except one {@link GaitEvent}
 * per delivered event. Per sample: two biquad cascades and, every {@code q}-th sample, one DTW
 * column of {@code m} cells; per stride a copy of about {@code latencySamples()} samples.
 *
 * <p>Not thread-safe: one stream per foot and thread. The detector it came from is immutable and
 * shared.
 *
 * <p>References: J. Barth et al., "Stride segmentation during free walk movements using
 * multi-dimensional subsequence dynamic time warping on inertial sensor data", Sensors
 * 15(3):6419–6440, 2015, DOI 10.3390/s150306419. A. Rampp et al., "Inertial sensor-based stride
 * parameter calculation from gait sequences in geriatric patients", IEEE Trans. Biomed. Eng.
 * 62(4):1089–1097, 2015, DOI 10.1109/TBME.2014.2368211. Y. Sakurai, C. Faloutsos and M. Yamamuro,
 * "Stream monitoring under the time warping distance" (SPRING), ICDE 2007, DOI
 * 10.1109/ICDE.2007.368963, for DTW with start positions carried forward on a stream.
 */
public final class FootGyroEventStream implements ImuEventStream {

  private static final int PENDING = 0;
  private static final int KEPT = 1;
  private static final int DROPPED = 2;
  private static final int RECENT_MATCHES = 8;

  private final SamplingRate rate;
  private final Side side;
  private final EventSink sink;
  // constants from the configuration
  private final int q;
  private final int delay;
  private final double scale;
  private final int templateLength;
  private final double maxCost;
  private final int distance;
  private final int decideAfter;
  private final int holdLimit;
  private final int snap;
  private final int slack;
  private final int minLength;
  private final int maxLength;
  private final double minSwing;
  private final int window;
  private final int rebound;
  private final double icLevel;
  private final FootIcMethod icMethod;
  private final int latency;
  // filters and matcher
  private final SosFilter.Stream pass1;
  private final SosFilter.Stream pass2;
  private final SubsequenceDtw.Stream dtw;
  // raw samples: gyr_y and energy prefix sums P[i] (sum of |w|² over samples 0..i-1)
  private final int mask;
  private final double[] gyRing;
  private final double[] prefixRing;
  private double prefix;
  private int count;
  // cost function history
  private double costBefore = Double.NaN; // cost[j - 2]
  private double costLast = Double.NaN; // cost[j - 1]
  private int startLast;
  // candidate ends, in index order (ring)
  private final int[] candIdx;
  private final double[] candCost;
  private final int[] candStart;
  private final int[] candState;
  private int candHead;
  private int candSize;
  private int candDecided; // number of decided entries at the head side of the ring order
  // recently final matches (ring)
  private final int[] accStart = new int[RECENT_MATCHES];
  private final int[] accEnd = new int[RECENT_MATCHES];
  private int accCount;
  // accepted matches that a later, cheaper, overlapping match could still replace (end order)
  private final int[] heldStart = new int[RECENT_MATCHES];
  private final int[] heldEnd = new int[RECENT_MATCHES];
  private final double[] heldCost = new double[RECENT_MATCHES];
  private int heldSize;
  private int workCount;
  /** Held matches made final by the hold limit rather than by the SPRING rule (for tests). */
  int forcedReleases;
  // accepted matches waiting for their raw samples (FIFO)
  private final int[] queueStart;
  private final int[] queueEnd;
  private int queueHead;
  private int queueSize;
  // scratch for the batch kernels
  private final double[] gScratch;
  private final double[] pScratch;
  private int lastEnd = -1;
  private int lastToEmitted = -1;
  private boolean flushed;

  FootGyroEventStream(FootGyroEventConfig config, SamplingRate rate, Side side, EventSink sink) {
    Checks.notNull(config, "config");
    this.rate = Checks.notNull(rate, "rate");
    this.side = Checks.notNull(side, "side");
    this.sink = Checks.notNull(sink, "sink");
    FootStrideSegmenterConfig sc = config.segmenter();
    rate.requireBelowNyquist(sc.lowPassHz(), "lowPassHz");
    SosFilter lowPass = Butterworth.lowPass(FootStrideSegmenter.FILTER_ORDER, sc.lowPassHz(),
        rate);
    this.pass1 = lowPass.newStream();
    this.pass2 = lowPass.newStream();
    this.delay = (int) Math.round(2 * Streams.dcGroupDelaySamples(lowPass));
    this.q = Math.max(1, (int) Math.floor(rate.hz() / sc.workRateHz()));
    SamplingRate work = SamplingRate.ofHz(rate.hz() / q);
    this.scale = sc.scaleDegPerS();
    this.templateLength = Math.max(2, work.samples(sc.templateStrideS()));
    double[] t = FootStrideTemplate.resampled(templateLength);
    double[][] template = new double[templateLength][1];
    for (int i = 0; i < templateLength; i++) {
      template[i][0] = t[i] / scale;
    }
    this.dtw = SubsequenceDtw.of(template).newStream();
    this.maxCost = sc.maxCostPerSample() * templateLength;
    this.distance = Math.max(1, work.samples(sc.minStrideS()));
    this.decideAfter = distance;
    this.holdLimit = Math.max(1, work.samples(sc.maxStrideS()));
    this.snap = rate.samples(sc.snapWindowS());
    this.slack = Math.max(1, work.samples(sc.snapWindowS()));
    this.minLength = rate.samples(sc.minStrideS());
    this.maxLength = rate.samples(sc.maxStrideS());
    this.minSwing = sc.minSwingDegPerS();
    this.window = Math.max(1, rate.samples(config.midStanceWindowS()));
    this.rebound = Math.max(1, rate.samples(FootGyroEventDetector.REBOUND_WINDOW_S));
    this.icLevel = config.icLevelDegPerS();
    this.icMethod = config.icMethod();
    this.latency = maxLength + snap
        + Math.max((decideAfter + holdLimit - 1) * q + delay, snap + 1);
    int capacity = Streams.powerOfTwoAtLeast(latency + 2 * snap + 3 + q);
    this.mask = capacity - 1;
    this.gyRing = new double[capacity];
    this.prefixRing = new double[capacity];
    int candidates = 2 * decideAfter + 8;
    this.candIdx = new int[candidates];
    this.candCost = new double[candidates];
    this.candStart = new int[candidates];
    this.candState = new int[candidates];
    int queue = (snap + 2) / Math.max(1, distance * q) + 4;
    this.queueStart = new int[queue];
    this.queueEnd = new int[queue];
    this.gScratch = new double[capacity + 1];
    this.pScratch = new double[capacity + 2];
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
   * Worst-case delivery delay, samples: {@code maxStride + snap + max((D + H - 1) q + d, snap +
   * 1)} (see the class documentation).
   */
  @Override
  public int latencySamples() {
    return latency;
  }

  /**
   * Delay {@code d} by which the causal low-pass output is read late to stand in for the
   * zero-phase output, samples.
   */
  public int filterDelaySamples() {
    return delay;
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
   * Pushes one sample. The accelerometer is not used.
   *
   * @throws IllegalArgumentException if a gyroscope value is not finite
   * @throws IllegalStateException after {@link #flush()}
   */
  @Override
  public void push(double accXMps2, double accYMps2, double accZMps2, double gyrXDegPerS,
      double gyrYDegPerS, double gyrZDegPerS) {
    Streams.checkCanPush(flushed, count);
    Streams.requireFinite("gyroscope", "deg/s", count, gyrXDegPerS, gyrYDegPerS, gyrZDegPerS);
    int i = count;
    double g = gyrYDegPerS;
    if (i == 0) {
      pass1.resetToSteadyState(g);
      pass2.resetToSteadyState(g);
    }
    double y = pass2.process(pass1.process(g));
    gyRing[i & mask] = g;
    // the same additions in the same order as the batch prefix sums
    prefix = prefix + gyrXDegPerS * gyrXDegPerS + gyrYDegPerS * gyrYDegPerS
        + gyrZDegPerS * gyrZDegPerS;
    prefixRing[(i + 1) & mask] = prefix;
    count = i + 1;
    int k = i - delay;
    if (k >= 0 && k % q == 0) {
      workSample(k / q, y / scale);
    }
    if (queueSize > 0) {
      processStrides(false);
    }
  }

  @Override
  public void flush() {
    if (flushed) {
      return;
    }
    flushed = true;
    decide(Integer.MAX_VALUE);
    release(true);
    processStrides(true);
  }

  // ------------------------------------------------------------------------------ matching

  private void workSample(int j, double value) {
    double c = dtw.push(value);
    int start = dtw.lastStart();
    if (j >= 2 && costLast <= maxCost && costLast < costBefore && costLast <= c) {
      addCandidate(j - 1, costLast, startLast);
    }
    costBefore = costLast;
    costLast = c;
    startLast = start;
    workCount = j + 1;
    decide(j - decideAfter);
    release(false);
  }

  private void addCandidate(int idx, double cost, int start) {
    // forget decided candidates that no undecided one can see any more
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
    candCost[s] = cost;
    candStart[s] = start;
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
        boolean lower = candCost[o] < candCost[e]
            || (candCost[o] == candCost[e] && candIdx[o] < candIdx[e]);
        if (lower && (candIdx[o] > candIdx[e] || candState[o] == KEPT)) {
          keep = false;
        }
      }
      candState[e] = keep ? KEPT : DROPPED;
      candDecided++;
      if (keep) {
        accept(candStart[e], candIdx[e], candCost[e]);
      }
    }
  }

  /**
   * A kept end: the batch rule "accept by increasing cost unless it overlaps an accepted match by
   * the snap window" with the matches known so far. It waits in the held list until no cheaper
   * overlapping match can come ({@link #release}).
   */
  private void accept(int start, int end, double cost) {
    int n = Math.min(accCount, RECENT_MATCHES);
    for (int k = 0; k < n; k++) {
      if (Math.min(end, accEnd[k]) - Math.max(start, accStart[k]) >= slack) {
        return; // overlaps a final match (which is cheaper, see release)
      }
    }
    for (int k = 0; k < heldSize; k++) {
      boolean overlaps = Math.min(end, heldEnd[k]) - Math.max(start, heldStart[k]) >= slack;
      if (overlaps && (heldCost[k] < cost || (heldCost[k] == cost && heldEnd[k] < end))) {
        return; // a cheaper accepted match wins
      }
    }
    int w = 0;
    for (int k = 0; k < heldSize; k++) { // this cheaper match replaces the ones it overlaps
      if (Math.min(end, heldEnd[k]) - Math.max(start, heldStart[k]) < slack) {
        heldStart[w] = heldStart[k];
        heldEnd[w] = heldEnd[k];
        heldCost[w] = heldCost[k];
        w++;
      }
    }
    heldSize = w;
    if (heldSize == RECENT_MATCHES) {
      throw new IllegalStateException("held-match buffer overflow (bug)");
    }
    heldStart[heldSize] = start;
    heldEnd[heldSize] = end;
    heldCost[heldSize] = cost;
    heldSize++;
  }

  /**
   * Makes held matches final, in end order, once no cheaper match overlapping them by the snap
   * window can still appear: no undecided candidate and no partial DTW path cheaper than the
   * match starts early enough; or, at the latest, {@code holdLimit} work samples after the end.
   */
  private void release(boolean atEnd) {
    while (heldSize > 0) {
      int start = heldStart[0];
      int end = heldEnd[0];
      double cost = heldCost[0];
      int latestOverlappingStart = end - slack;
      boolean forced = !atEnd && workCount - 1 - end >= decideAfter + holdLimit;
      boolean safe = atEnd || forced;
      if (!safe) {
        safe = dtw.earliestStartCheaperThan(cost) > latestOverlappingStart;
        for (int k = candDecided; k < candSize && safe; k++) {
          int c = slot(k);
          safe = !(candStart[c] <= latestOverlappingStart && candCost[c] < cost);
        }
      }
      if (!safe) {
        return;
      }
      if (forced) {
        forcedReleases++;
      }
      heldSize--;
      System.arraycopy(heldStart, 1, heldStart, 0, heldSize);
      System.arraycopy(heldEnd, 1, heldEnd, 0, heldSize);
      System.arraycopy(heldCost, 1, heldCost, 0, heldSize);
      int a = accCount % RECENT_MATCHES;
      accStart[a] = start;
      accEnd[a] = end;
      accCount++;
      if (queueSize == queueStart.length) {
        throw new IllegalStateException("stride queue overflow (bug)");
      }
      int s = (queueHead + queueSize) % queueStart.length;
      queueStart[s] = start;
      queueEnd[s] = end;
      queueSize++;
    }
  }

  // ------------------------------------------------------------------------------ strides

  /** Deliver the events of final strides whose samples have all arrived. */
  private void processStrides(boolean atEnd) {
    while (queueSize > 0) {
      int startWork = queueStart[queueHead];
      int endWork = queueEnd[queueHead];
      int endGuess = (endWork + 1) * q;
      if (!atEnd && count < endGuess + snap + 2) {
        return;
      }
      queueHead = (queueHead + 1) % queueStart.length;
      queueSize--;
      stride(startWork * q, endGuess);
    }
  }

  /** The batch rules of FootStrideSegmenter and FootGyroEventDetector for one matched stride. */
  private void stride(int startGuess, int endGuess) {
    int n = count;
    if (startGuess - snap < 0 || endGuess + snap > n - 1) {
      return; // the border's search window is cut by the recording's edge
    }
    if (endGuess - startGuess - 2 * snap > maxLength) {
      return; // longer than maxStrideS whatever the snapping
    }
    int base = Math.max(0, startGuess - snap - 1);
    int top = Math.min(n - 1, endGuess + snap + 1);
    if (base < n - mask) {
      throw new IllegalStateException("stride outside the ring buffer (bug)");
    }
    for (int i = base; i <= top; i++) {
      gScratch[i - base] = gyRing[i & mask];
      pScratch[i - base] = prefixRing[i & mask];
    }
    pScratch[top + 1 - base] = prefixRing[(top + 1) & mask];
    double[] g = gScratch;
    int s = base + FootStrideSegmenter.argMax(g, startGuess - snap - base, startGuess + snap - base);
    int e = base + FootStrideSegmenter.argMax(g, endGuess - snap - base, endGuess + snap - base);
    int length = e - s;
    if (length < minLength || length > maxLength || s < lastEnd) {
      return;
    }
    if (!isPeak(s, base, n) || !isPeak(e, base, n)) {
      return;
    }
    double gs = g[s - base];
    double ge = g[e - base];
    if (ge < 0.5 * gs || gs < 0.5 * ge) {
      return;
    }
    if (FootStrideSegmenter.min(g, s - base, e - base) > -minSwing
        || !FootStrideSegmenter.hasStance(g, s - base, e - base)) {
      return;
    }
    lastEnd = e;
    if (s != lastToEmitted) {
      sink.onEvent(new GaitEvent(GaitEventType.TOE_OFF, side, s));
    }
    int ic = FootGyroEventDetector.initialContact(g, s - base, e - base, rebound, icLevel,
        icMethod);
    if (ic >= 0) {
      sink.onEvent(new GaitEvent(GaitEventType.INITIAL_CONTACT, side, ic + base));
      int ms = FootGyroEventDetector.midStance(pScratch, ic, e - base, window);
      if (ms > ic && ms < e - base) {
        sink.onEvent(new GaitEvent(GaitEventType.MID_STANCE, side, ms + base));
      }
    }
    sink.onEvent(new GaitEvent(GaitEventType.TOE_OFF, side, e));
    lastToEmitted = e;
  }

  /** The batch isPeak on absolute index {@code i} of a recording of {@code n} samples. */
  private boolean isPeak(int i, int base, int n) {
    if (i <= 0 || i + 1 >= n) {
      return false;
    }
    double x = gScratch[i - base];
    return x >= gScratch[i - 1 - base] && x >= gScratch[i + 1 - base];
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "FootGyroEventStream[%s, %s, %d pushed, latency %d "
        + "samples%s]", side, rate, count, latency, flushed ? ", flushed" : "");
  }
}
