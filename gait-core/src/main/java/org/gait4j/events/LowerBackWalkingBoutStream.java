package org.gait4j.events;

import java.util.Locale;
import java.util.Optional;
import org.gait4j.dsp.Butterworth;
import org.gait4j.dsp.SosFilter;
import org.gait4j.internal.Checks;
import org.gait4j.internal.VerticalStream;
import org.gait4j.model.SamplingRate;

/**
 * The streaming face of {@link LowerBackWalkingBoutDetector}: walking bouts of one lower-back IMU,
 * pushed sample by sample, each reported to a {@link BoutSink} once it is closed. Obtained from
 * {@link LowerBackWalkingBoutDetector#newStream(SamplingRate, BoutSink)}. It follows the {@link
 * EventStream} contract, its "events" being bouts (a bout's sample is its last one, {@code
 * endIndex - 1}).
 *
 * <h2>Signal</h2>
 * The accelerometer in m/s² (gravity included, any mounting), finite; the gyroscope is ignored.
 *
 * <h2>Algorithm: the batch algorithm, block by block</h2>
 * <ol>
 *   <li><b>Vertical acceleration</b>: the batch's centred moving average, with the same running
 *       sums ({@link VerticalStream}): the same values to the bit, {@code h} samples late (half
 *       the gravity window).
 *   <li><b>Band-pass, zero phase</b>. The forward pass is causal: it starts, as batch, from the
 *       steady state of the odd extension of the first samples, and gives the batch's forward
 *       output to the bit. The backward pass is not causal; it is run block-wise: every {@code B}
 *       samples it runs from the newest forward output, started from the steady state of that
 *       value (as batch starts from the end of its padding), back over {@code M + B} samples, and
 *       the oldest {@code B} outputs are kept. The error of the guessed start state decays like
 *       the filter's free response, so {@code M} ({@link #settleSamples()}) is where the impulse
 *       response stays below {@code 1e-10} of its peak: 2430 samples at 100 Hz with the default
 *       0.5-3 Hz band (the lowest corner sets it); {@code B = ceil(M / 4)}. On the Mobilise-D
 *       recordings the kept outputs differ from batch by at most {@code 1.2e-10} of the signal's
 *       range (LowerBackWalkingBoutStreamTest asserts below {@code 1e-9}). At {@link #flush()} the forward pass runs over the
 *       batch's odd extension of the last samples and the backward pass starts from its end, as
 *       batch: the last {@code M + B} outputs are the batch's to the bit.
 *   <li><b>Step candidates</b>: local maxima (plateaus: their middle, as SciPy) of at least
 *       {@code minStepAccelerationMps2}. The distance rule of the batch peak finder (visit by
 *       decreasing height, each kept peak removes the others closer than {@code D} samples) is
 *       evaluated exactly as the candidates come: a candidate is decided once every candidate
 *       closer than {@code D} is known and every higher one among them is decided (dropped if one
 *       of them is kept, kept otherwise), since a peak's fate depends only on higher neighbours.
 *       A chain of ever higher candidates each closer than {@code D} to the next could keep a
 *       decision waiting; it is forced after {@code C = max(D, maxStepIntervalS)} samples (a
 *       higher undecided neighbour counted as kept). Equal heights closer than {@code D}: the
 *       later one counts as higher (batch follows NumPy's unstable sort there).
 *   <li><b>Bouts</b>: the batch's periodicity rules applied step by step. A sequence closes at
 *       the step that breaks it, or once no step can follow within {@code maxStepIntervalS}; a
 *       closed bout is delivered once no later bout can merge with it (its first step, less the
 *       padding, would have to come within {@code maxBreakS} of the end of this one).
 * </ol>
 *
 * <h2>Agreement with batch</h2>
 * The same bouts, to the sample, unless a candidate's height lies within the backward-pass
 * error (about {@code 1e-10} of the signal's range) of {@code minStepAccelerationMps2} or of a neighbour's
 * height, a plateau of equal samples sits at a peak, two neighbouring candidates have equal
 * heights, or a decision had to be forced; none of these occurred on the simulated walks and the
 * 9 Mobilise-D recordings of the tests (LowerBackWalkingBoutStreamTest), where bouts are
 * identical.
 *
 * <h2>Latency</h2>
 * With {@code S} = {@code maxStepIntervalS}, {@code P} the padding, all in samples, a bout is
 * closed once the decisions reach {@code W} samples past its last step, {@code W = S + C} when
 * {@code R = 2 P + 1 + G < D} ({@code G} = {@code maxBreakS}: no later bout can merge), else
 * {@code W = R + (minSteps - 1) S + C} (sequences starting within reach must be resolved). It is delivered at most {@link
 * #latencySamples()} {@code = W + M + B + h - 1 - P} samples after its last sample: 4038 samples
 * (40.4 s) at 100 Hz with the defaults (W 901, M 2430, B 608, h 100). Bouts still open at the end
 * are delivered by {@link #flush()}, clipped to the samples pushed, as batch. The bound assumes no
 * plateau at a rising edge of the band-passed signal.
 *
 * <h2>Allocation and cost</h2>
 * Rings sized from the configuration at construction (about {@code 2 (M + B) + 2 h} doubles);
 * pushing allocates nothing except one {@link WalkingBout} per delivered bout. Memory does not
 * grow with the recording. Per sample: the moving sums, one biquad cascade forward and {@code
 * (M + B) / B} (5) backward.
 *
 * <p>Not thread-safe: one stream per sensor and thread.
 */
public final class LowerBackWalkingBoutStream implements ImuEventStream {
  /** The impulse-response level below which the backward pass is taken as settled. */
  static final double SETTLE_TOLERANCE = 1e-10;

  private static final byte PENDING = 0;
  private static final byte KEPT = 1;
  private static final byte DROPPED = 2;

  private final SamplingRate rate;
  private final BoutSink sink;
  private final WalkingBoutConfig config;
  private final VerticalStream vertical;
  private final SosFilter.Stream forward;
  private final SosFilter.Stream backward;
  private final int pad;
  private final int settle;
  private final int block;
  private final int distance;
  private final int maxStep;
  private final int padding;
  private final int maxBreak;
  private final int chain;
  private final int latency;
  private final double minHeight;
  // vertical acceleration: the first pad + 1 samples and the last pad + 2 (for the extensions)
  private final int avMask;
  private final double[] av;
  // forward pass by input index; backward output scratch
  private final int fwdMask;
  private final double[] fwd;
  private final double[] back;
  private final double[] ext;
  private int zKnown; // zero-phase output known (and scanned) for indices < zKnown
  // local-maximum scan of the zero-phase output
  private double prev;
  private int riseAt = -1;
  // candidate ring, index order
  private final int[] candIdx;
  private final double[] candHeight;
  private final byte[] candState;
  private int candHead;
  private int candSize;
  private int grouped; // entries (from the head) handed to the grouping
  // the open step sequence
  private int seqFirst = -1;
  private int seqLast;
  private int seqCount;
  private int seqInterval;
  // the closed bout waiting to be delivered (-1: none)
  private int heldFrom = -1;
  private int heldTo;
  private int count;
  private boolean flushed;
  private int forced; // decisions forced (chain or full ring): where batch may differ
  /** Test hook: sees every zero-phase sample, in order; null in use. */
  ZeroPhaseTap tap;

  /** Receives the zero-phase band-passed vertical acceleration (tests compare it with batch). */
  @FunctionalInterface
  interface ZeroPhaseTap {
    void sample(int index, double value);
  }

  LowerBackWalkingBoutStream(WalkingBoutConfig config, SamplingRate rate, BoutSink sink) {
    this.config = Checks.notNull(config, "config");
    this.rate = Checks.notNull(rate, "rate");
    this.sink = Checks.notNull(sink, "sink");
    rate.requireBelowNyquist(config.bandHighHz(), "bandHighHz");
    SosFilter band = Butterworth.bandPass(4, config.bandLowHz(), config.bandHighHz(), rate);
    this.forward = band.newStream();
    this.backward = band.newStream();
    this.pad = band.padLength();
    this.settle = Streams.settleSamples(band, SETTLE_TOLERANCE);
    this.block = Math.max(1, (settle + 3) / 4);
    this.vertical = new VerticalStream(config.gravityWindowS(), rate.hz(), this::onVertical);
    this.distance = Math.max(1, rate.samples(config.minStepIntervalS()));
    this.maxStep = rate.samples(config.maxStepIntervalS());
    this.padding = rate.samples(config.paddingS());
    this.maxBreak = rate.samples(config.maxBreakS());
    this.chain = Math.max(distance, maxStep);
    this.minHeight = config.minStepAccelerationMps2();
    int reach = 2 * padding + 1 + maxBreak; // how far back a later bout can merge
    int wait = reach < distance ? maxStep + chain
        : reach + (config.minSteps() - 1) * maxStep + chain;
    long lat = (long) wait + settle + block + vertical.latencySamples() - 1 - padding;
    this.latency = (int) Math.max(0, Math.min(Integer.MAX_VALUE, lat));
    int avCap = Streams.powerOfTwoAtLeast(pad + 2);
    this.avMask = avCap - 1;
    this.av = new double[avCap];
    int fwdCap = Streams.powerOfTwoAtLeast(settle + block + 1);
    this.fwdMask = fwdCap - 1;
    this.fwd = new double[fwdCap];
    this.back = new double[fwdCap + pad];
    this.ext = new double[pad];
    int cands = (chain + distance) / 2 + 8;
    this.candIdx = new int[cands];
    this.candHeight = new double[cands];
    this.candState = new byte[cands];
  }

  @Override
  public SamplingRate rate() {
    return rate;
  }

  /**
   * Worst-case delay between a bout's last sample ({@code endIndex - 1}) and the push that
   * delivers it, samples (see the class documentation).
   */
  @Override
  public int latencySamples() {
    return latency;
  }

  /** The backward pass's settling margin {@code M}, samples. */
  public int settleSamples() {
    return settle;
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
   * Pushes one sample; the gyroscope is ignored.
   *
   * @throws IllegalArgumentException if an accelerometer value is not finite
   * @throws IllegalStateException after {@link #flush()}
   */
  @Override
  public void push(double accXMps2, double accYMps2, double accZMps2, double gyrXDegPerS,
      double gyrYDegPerS, double gyrZDegPerS) {
    Streams.checkCanPush(flushed, count);
    Streams.requireFinite("accelerometer", "m/s²", count, accXMps2, accYMps2, accZMps2);
    count++;
    vertical.push(accXMps2, accYMps2, accZMps2, 0, 0, 0);
  }

  /**
   * Ends the recording: the last samples are filtered as batch filters them (odd extension), the
   * remaining candidates decided and the open bouts delivered, clipped to the samples pushed.
   */
  @Override
  public void flush() {
    if (flushed) {
      return;
    }
    flushed = true;
    vertical.finish();
    int n = count;
    if (n <= 3 * (pad + 1)) {
      return; // batch finds nothing in so short an input
    }
    // the batch's right extension, forward, then backward from its end over what is left
    double last = av[(n - 1) & avMask];
    for (int i = 0; i < pad; i++) {
      ext[i] = forward.process(2 * last - av[(n - 2 - i) & avMask]);
    }
    backward.resetToSteadyState(ext[pad - 1]);
    for (int i = pad - 1; i >= 0; i--) {
      backward.process(ext[i]);
    }
    for (int k = n - 1; k >= zKnown; k--) {
      back[k - zKnown] = backward.process(fwd[k & fwdMask]);
    }
    for (int k = zKnown, base = zKnown; k < n; k++) {
      scan(k, back[k - base]);
      zKnown = k + 1;
      advance();
    }
    decide(Integer.MAX_VALUE, false);
    group(Integer.MAX_VALUE);
    closeSequence();
    if (heldFrom >= 0) {
      deliver(Math.min(heldTo, n));
    }
  }

  // --------------------------------------------------------------------------- filtering

  /** Vertical acceleration sample {@code i}: kept for the extensions, filtered forward. */
  private void onVertical(int i, double up, double yaw) {
    av[i & avMask] = up;
    if (i < pad) {
      return;
    }
    if (i == pad) {
      // the batch's left extension 2 x[0] - x[pad - j], from the steady state of its first value
      double first = 2 * av[0];
      forward.resetToSteadyState(first - av[pad]);
      for (int j = 0; j < pad; j++) {
        forward.process(first - av[pad - j]);
      }
      for (int j = 0; j < pad; j++) {
        fwd[j] = forward.process(av[j]);
      }
    }
    fwd[i & fwdMask] = forward.process(up);
    int known = i + 1;
    if (known >= settle + block && (known - settle) % block == 0) {
      backwardBlock(i);
    }
  }

  /** Backward pass from forward output {@code top}; keeps outputs {@code [top+1-M-B, top-M]}. */
  private void backwardBlock(int top) {
    int len = settle + block;
    for (int j = 0; j < len; j++) {
      back[j] = fwd[(top - j) & fwdMask]; // reversed, for the block kernel
    }
    backward.resetToSteadyState(back[0]);
    backward.process(back, 0, len, back, 0);
    int from = top + 1 - len;
    for (int k = from; k <= top - settle; k++) {
      scan(k, back[top - k]);
      zKnown = k + 1;
      advance();
    }
  }

  // --------------------------------------------------------------------------- candidates

  /** The zero-phase sample {@code k} (in order): SciPy's local maxima, plateaus by their middle. */
  private void scan(int k, double z) {
    if (tap != null) {
      tap.sample(k, z);
    }
    if (k > 0) {
      if (z > prev) {
        riseAt = k;
      } else if (z < prev) {
        if (riseAt >= 0 && prev >= minHeight) {
          addCandidate((riseAt + k - 1) >>> 1, prev);
        }
        riseAt = -1;
      }
    }
    prev = z;
  }

  /** The smallest index a candidate not yet found can have. */
  private int frontier() {
    return riseAt >= 0 ? riseAt : zKnown;
  }

  private int slot(int k) {
    return (candHead + k) % candIdx.length;
  }

  private void addCandidate(int idx, double height) {
    if (candSize == candIdx.length) {
      forceOldest();
    }
    int s = slot(candSize);
    candIdx[s] = idx;
    candHeight[s] = height;
    candState[s] = PENDING;
    candSize++;
  }

  /**
   * Decides the candidates whose neighbourhood is known up to {@code frontier}; then, if {@code
   * force}, the oldest one still waiting {@code C} samples or more, and so on.
   */
  private void decide(int frontier, boolean force) {
    while (true) {
      boolean changed = false;
      int waiting = -1;
      for (int k = grouped; k < candSize; k++) {
        int e = slot(k);
        if (candState[e] != PENDING) {
          continue;
        }
        if ((long) candIdx[e] + distance > frontier) {
          break; // neighbours not all known yet; later candidates neither
        }
        byte fate = fate(e);
        if (fate != PENDING) {
          candState[e] = fate;
          changed = true;
        } else if (waiting < 0) {
          waiting = e;
        }
      }
      if (changed) {
        continue;
      }
      if (!force || waiting < 0 || (long) candIdx[waiting] + chain > frontier) {
        return;
      }
      candState[waiting] = DROPPED; // forced: a higher undecided neighbour counted as kept
      forced++;
    }
  }

  /** KEPT or DROPPED if the decided higher neighbours of entry {@code e} settle it, else PENDING. */
  private byte fate(int e) {
    int c = candIdx[e];
    boolean blocked = false;
    for (int k = 0; k < candSize; k++) {
      int o = slot(k);
      if (o == e || Math.abs(candIdx[o] - c) >= distance) {
        continue;
      }
      boolean higher = candHeight[o] > candHeight[e]
          || (candHeight[o] == candHeight[e] && candIdx[o] > c);
      if (higher) {
        if (candState[o] == KEPT) {
          return DROPPED;
        }
        blocked |= candState[o] == PENDING;
      }
    }
    return blocked ? PENDING : KEPT;
  }

  /** The ring is full (not seen in walking): decides its oldest pending entry by force. */
  private void forceOldest() {
    for (int k = grouped; k < candSize; k++) {
      int e = slot(k);
      if (candState[e] == PENDING) {
        byte fate = fate(e);
        candState[e] = fate == PENDING ? DROPPED : fate;
        forced++;
        break;
      }
    }
    group(frontier());
    if (candSize == candIdx.length) {
      throw new IllegalStateException("candidate buffer overflow (bug)");
    }
  }

  /** After each zero-phase sample: decisions and grouping as far as the frontier allows. */
  private void advance() {
    int f = frontier();
    if (grouped < candSize && (long) candIdx[slot(grouped)] + distance <= f) {
      decide(f, true);
    }
    group(f);
  }

  /**
   * Hands the decided candidates to the grouping in index order, drops the entries no pending
   * one can need, and closes the open sequence once no step can follow within the interval.
   */
  private void group(int frontier) {
    while (grouped < candSize && candState[slot(grouped)] != PENDING) {
      int e = slot(grouped);
      if (candState[e] == KEPT) {
        step(candIdx[e]);
      }
      grouped++;
    }
    int next = grouped < candSize ? candIdx[slot(grouped)] : frontier;
    while (grouped > 0 && (long) candIdx[candHead] + distance <= next) {
      candHead = (candHead + 1) % candIdx.length;
      candSize--;
      grouped--;
    }
    if (seqFirst >= 0 && (long) next - seqLast > maxStep) {
      closeSequence();
    }
    if (heldFrom >= 0 && heldTo <= count) {
      long earliest = (seqFirst >= 0 ? seqFirst : next) - (long) padding;
      if (earliest > (long) heldTo + maxBreak) {
        deliver(heldTo);
      }
    }
  }

  // --------------------------------------------------------------------------- bouts

  /** The batch's periodicity rules for the next step {@code s}. */
  private void step(int s) {
    if (seqFirst >= 0) {
      int d = s - seqLast;
      boolean breaks = d > maxStep;
      if (!breaks && seqCount >= 2) {
        double ratio = d > seqInterval ? (double) d / seqInterval : (double) seqInterval / d;
        breaks = ratio > config.maxStepRatio();
      }
      if (!breaks) {
        seqCount++;
        seqInterval = d;
        seqLast = s;
        return;
      }
      closeSequence();
    }
    seqFirst = s;
    seqLast = s;
    seqCount = 1;
  }

  /**
   * Ends the open sequence: a bout if long enough, merged with the held one if at most {@code
   * maxBreakS} apart.
   */
  private void closeSequence() {
    if (seqFirst < 0) {
      return;
    }
    if (seqCount >= config.minSteps()) {
      int from = Math.max(0, seqFirst - padding);
      int to = (int) Math.min(Integer.MAX_VALUE, (long) seqLast + padding + 1);
      if (heldFrom >= 0 && (long) heldTo + maxBreak >= from) {
        from = heldFrom;
      } else if (heldFrom >= 0) {
        deliver(heldTo);
      }
      heldFrom = from;
      heldTo = to;
    }
    seqFirst = -1;
  }

  private void deliver(int to) {
    WalkingBout b = new WalkingBout(heldFrom, to);
    heldFrom = -1;
    sink.onBout(b);
  }

  /**
   * The part of a bout not yet delivered that is already certain: a bout that starts exactly
   * there and reaches at least its end will be delivered (by a later push or by {@link
   * #flush()}); empty while no such bout is certain (no closed bout held, no open sequence of
   * {@code minSteps} steps). Lets a consumer with bounded memory work on a long bout in pieces
   * while it goes on. Allocates the returned object: call it every block, not every sample.
   */
  public Optional<WalkingBout> boutInProgress() {
    int from = heldFrom;
    long to = heldTo;
    if (seqFirst >= 0 && seqCount >= config.minSteps()) {
      int seqFrom = Math.max(0, seqFirst - padding);
      long seqTo = (long) seqLast + padding + 1;
      if (from < 0) {
        from = seqFrom;
        to = seqTo;
      } else if (heldTo >= seqFrom) {
        to = Math.max(to, seqTo); // the open sequence will merge into the held bout
      }
    }
    to = Math.min(to, count);
    return from >= 0 && to > from ? Optional.of(new WalkingBout(from, (int) to))
        : Optional.empty();
  }

  /** Number of candidate decisions forced so far (0: the steps are exactly the batch's). */
  int forcedDecisions() {
    return forced;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "LowerBackWalkingBoutStream[%s, %d pushed, latency %d "
        + "samples%s]", rate, count, latency, flushed ? ", flushed" : "");
  }
}
