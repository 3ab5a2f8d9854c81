package org.gait4j.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.gait4j.events.ImuEventStream;
import org.gait4j.events.LowerBackWalkingBoutStream;
import org.gait4j.events.WalkingBout;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * The streaming face of {@link LowerBackBoutAnalysis}: push the samples of one lower-back IMU
 * (accelerometer m/s², gyroscope deg/s), receive a {@link BoutSummary} per walking bout (per piece
 * of a long bout), the same as {@link LowerBackBoutAnalysis#analyze} gives for the whole
 * recording. Obtained from {@link LowerBackBoutAnalysis#newStream}.
 *
 * <p>It follows the {@link org.gait4j.events.EventStream} contract, its events being summaries (a
 * summary's sample is its bout's last one). Memory is a ring of the last {@code maxPieceS} + twice
 * the bout detector's latency + 4 s of samples (six doubles each, rounded up to a power of two),
 * sized at creation; pushing allocates
 * only when a piece is analysed (its samples are copied out of the ring into an {@link
 * ImuStream}) and about once a second a small query object.
 *
 * <p>Not thread-safe: one stream per sensor and thread.
 */
public final class LowerBackBoutStream implements ImuEventStream {
  private final LowerBackBoutAnalysis analysis;
  private final SamplingRate rate;
  private final Consumer<BoutSummary> sink;
  private final LowerBackWalkingBoutStream bouts;
  private final int piece;
  private final int context;
  private final int checkEvery;
  private final int latency;
  private final int mask;
  private final double[][] ring;
  private final ArrayDeque<WalkingBout> delivered = new ArrayDeque<>();
  // pieces of the bout in progress analysed ahead of its delivery
  private int aheadFrom = -1;
  private int aheadNext;
  private final List<BoutSummary> ahead = new ArrayList<>();
  private int count;
  private boolean flushed;

  LowerBackBoutStream(LowerBackBoutAnalysis analysis, SamplingRate rate,
      Consumer<BoutSummary> sink) {
    this.analysis = analysis;
    this.rate = rate;
    this.sink = sink;
    this.bouts = analysis.boutDetector().newStream(rate, delivered::add);
    this.piece = analysis.maxPieceSamples(rate);
    this.context = LowerBackBoutAnalysis.contextSamples(rate);
    this.checkEvery = Math.max(1, rate.samples(1.0));
    // a bout is analysed context samples after its end, and checked every checkEvery samples
    this.latency = (int) Math.min(Integer.MAX_VALUE,
        (long) bouts.latencySamples() + context + checkEvery);
    // the oldest sample still needed: the start (less the context) of a piece of at most `piece`
    // samples, analysed ahead or once its bout is delivered (up to the detector's latency after
    // the bout's end, which may lie up to that latency beyond the end last known as certain)
    long need = (long) piece + 2L * context + 2L * bouts.latencySamples() + 2L * checkEvery + 1;
    int cap = Integer.highestOneBit((int) Math.min(1 << 30, need));
    cap = cap < need ? cap << 1 : cap;
    this.mask = cap - 1;
    this.ring = new double[6][cap];
  }

  @Override
  public SamplingRate rate() {
    return rate;
  }

  /**
   * Worst-case delay between a bout's last sample and the push that delivers its summaries: the
   * bout detector's latency, the pendulum's context and the one-second check interval.
   */
  @Override
  public int latencySamples() {
    return latency;
  }

  @Override
  public int samplesPushed() {
    return count;
  }

  @Override
  public boolean isFlushed() {
    return flushed;
  }

  /** Samples the ring holds. */
  public int bufferSamples() {
    return mask + 1;
  }

  /**
   * Pushes one sample.
   *
   * @throws IllegalArgumentException if an accelerometer value is not finite
   * @throws IllegalStateException after {@link #flush()}
   */
  @Override
  public void push(double accXMps2, double accYMps2, double accZMps2, double gyrXDegPerS,
      double gyrYDegPerS, double gyrZDegPerS) {
    if (flushed) {
      throw new IllegalStateException("the stream was flushed");
    }
    bouts.push(accXMps2, accYMps2, accZMps2, gyrXDegPerS, gyrYDegPerS, gyrZDegPerS);
    int s = count & mask;
    ring[0][s] = accXMps2;
    ring[1][s] = accYMps2;
    ring[2][s] = accZMps2;
    ring[3][s] = gyrXDegPerS;
    ring[4][s] = gyrYDegPerS;
    ring[5][s] = gyrZDegPerS;
    count++;
    while (!delivered.isEmpty()
        && (long) delivered.peekFirst().endIndex() + context <= count) {
      finish(delivered.pollFirst());
    }
    if (count % checkEvery == 0) {
      analyseAhead();
    }
  }

  /**
   * Ends the recording: the bout detector delivers its open bouts (clipped to the samples pushed)
   * and every bout waiting for context is analysed, as the batch analysis ends.
   */
  @Override
  public void flush() {
    if (flushed) {
      return;
    }
    flushed = true;
    bouts.flush();
    while (!delivered.isEmpty()) {
      finish(delivered.pollFirst());
    }
  }

  /** Pieces of the bout in progress that are certain and whose context after them is pushed. */
  private void analyseAhead() {
    Optional<WalkingBout> certain = bouts.boutInProgress();
    if (certain.isEmpty()) {
      return;
    }
    WalkingBout b = certain.get();
    if (b.startIndex() != aheadFrom) {
      ahead.clear(); // a new bout (the previous one was delivered and finished)
      aheadFrom = b.startIndex();
      aheadNext = aheadFrom;
    }
    while ((long) aheadNext + piece <= b.endIndex()
        && (long) aheadNext + piece + context <= count) {
      ahead.add(summarise(b, aheadNext, aheadNext + piece));
      aheadNext += piece;
    }
  }

  /** Emits the summaries of a delivered bout whose context after it is pushed. */
  private void finish(WalkingBout b) {
    int from = b.startIndex();
    if (aheadFrom == b.startIndex()) {
      for (BoutSummary s : ahead) {
        sink.accept(new BoutSummary(b, s.fromIndex(), s.toIndex(), s.initialContacts(),
            s.cadenceStepsPerMin(), s.meanStrideLengthM(), s.strides()));
      }
      from = aheadNext;
    }
    ahead.clear();
    aheadFrom = -1;
    for (; from < b.endIndex(); from += piece) {
      sink.accept(summarise(b, from, (int) Math.min(b.endIndex(), (long) from + piece)));
    }
  }

  /** The summary of {@code [from, to)} from the ring, with its context. */
  private BoutSummary summarise(WalkingBout b, int from, int to) {
    int base = Math.max(0, from - context);
    int end = (int) Math.min(count, (long) to + context);
    if (count - base > mask + 1) {
      throw new IllegalStateException(String.format(Locale.ROOT, "samples from %d are no longer "
          + "held (%d pushed, ring of %d) (bug)", base, count, mask + 1));
    }
    int n = end - base;
    double[][] v = new double[6][n];
    for (int c = 0; c < 6; c++) {
      for (int i = 0; i < n; i++) {
        v[c][i] = ring[c][(base + i) & mask];
      }
    }
    ImuStream data = ImuStream.builder("lower_back", BodyLocation.LOWER_BACK)
        .accelerometer(Vector3Series.of("acc", rate, Unit.METRE_PER_SECOND_SQUARED,
            Frame.SENSOR, v[0], v[1], v[2]))
        .gyroscope(Vector3Series.of("gyr", rate, Unit.DEGREE_PER_SECOND, Frame.SENSOR, v[3],
            v[4], v[5]))
        .build();
    return analysis.summarise(data, base, b, from, to);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "LowerBackBoutStream[%s, %d pushed, ring %d samples%s]",
        rate, count, mask + 1, flushed ? ", flushed" : "");
  }
}
