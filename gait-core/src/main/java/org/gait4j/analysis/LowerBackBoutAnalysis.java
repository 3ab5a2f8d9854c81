package org.gait4j.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.gait4j.events.LowerBackIcDetector;
import org.gait4j.events.LowerBackWalkingBoutDetector;
import org.gait4j.events.WalkingBout;
import org.gait4j.internal.Checks;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.params.BoutCadence;
import org.gait4j.params.InvertedPendulumStrideLength;
import org.gait4j.params.StrideSpatial;

/**
 * The lower-back pipeline walking bout by walking bout, for recordings of days: walking bouts,
 * then in each bout the initial contacts, the cadence and the inverted-pendulum stride length,
 * reported as one small {@link BoutSummary} per bout. In memory ({@link #analyze(ImuStream)}) or
 * fed block by block from a file or a sensor ({@link #newStream}), without ever holding the
 * recording: both give the same summaries.
 *
 * <h2>Signal expected</h2>
 *
 * One IMU on the lower back (L4-L5): accelerometer (gravity included, any mounting) and
 * gyroscope, as {@link LowerBackWalkingBoutDetector} and {@link LowerBackIcDetector} expect;
 * for the stream, in m/s² and deg/s.
 *
 * <h2>Algorithm</h2>
 *
 * <ol>
 *   <li>Walking bouts: {@link LowerBackWalkingBoutDetector} (defaults); the stream uses its
 *       streaming face, which gives the same bouts.
 *   <li>Each bout is analysed on its own samples, in pieces of at most {@link #maxPieceS()} (the
 *       last piece of a bout shorter) so that a long walk never needs more than a bounded
 *       buffer: initial contacts by {@link LowerBackIcDetector#detect(ImuStream, int, int)}
 *       (McCamley 2012), the cadence as the mean of 120 over each stride whose left/right
 *       sequence holds ({@link BoutCadence#fromStrides}, strides up to {@link #MAX_STRIDE_S}:
 *       the definition scored against the Mobilise-D reference), stride lengths by
 *       {@link InvertedPendulumStrideLength#estimate} (Zijlstra &amp; Hof 2003) over the piece's
 *       contacts with its {@link InvertedPendulumStrideLength#CONTEXT_S} of context each side.
 *   <li>The summary: the bout, the piece, the number of contacts, the cadence, the mean stride
 *       length and the number of strides with a length.
 * </ol>
 *
 * These are the stages of {@code LowerBackDayBenchmark.stages()} in gait-bench, bout by bout.
 * Bouts up to {@link #maxPieceS()} are analysed whole, exactly as that pipeline; a longer bout
 * gives one summary per piece, each as if the piece were a bout (its first and last contacts
 * lose the step that crosses into the next piece).
 *
 * <h2>Streaming</h2>
 *
 * The stream keeps the last {@code maxPieceS} + twice the bout detector's latency + 4 s of
 * samples in a ring (131072 samples, 6.3 MB, at 100 Hz with the defaults), whatever the
 * recording's length. A bout is analysed once it is delivered and the pendulum's context after it has been
 * pushed; pieces of a bout still in progress are analysed as soon as the bout detector reports
 * them as certainly part of a bout, and their summaries are held until the bout is delivered, so
 * the summaries of a bout come out together and in order. A summary comes out at most {@link
 * LowerBackBoutStream#latencySamples()} samples after its bout's last sample.
 *
 * <h2>Edge cases</h2>
 *
 * A bout with fewer than two contacts has no cadence and no stride length. Non-finite samples are
 * rejected by the detectors.
 *
 * <p>Immutable and thread-safe; a stream is for one thread.
 *
 * <h2>References</h2>
 *
 * J. McCamley et al., Gait &amp; Posture 36(2):316-318, 2012, DOI
 * 10.1016/j.gaitpost.2012.02.019. W. Zijlstra, A. L. Hof, Gait &amp; Posture 18(2):1-10, 2003,
 * DOI 10.1016/S0966-6362(02)00190-X. A. Paraschiv-Ionescu et al., Frontiers in Neurology
 * 11:550, 2020, DOI 10.3389/fneur.2020.550.
 */
public final class LowerBackBoutAnalysis {
  /** Longest stride counted by the cadence, s (Mobilise-D's longest stride in a bout). */
  public static final double MAX_STRIDE_S = 3.0;

  /** The default longest piece: 10 minutes. */
  public static final double DEFAULT_MAX_PIECE_S = 600.0;

  private final double pendulumLengthM;
  private final double maxPieceS;
  private final LowerBackWalkingBoutDetector bouts = LowerBackWalkingBoutDetector.withDefaults();
  private final LowerBackIcDetector contacts = LowerBackIcDetector.withDefaults();
  private final InvertedPendulumStrideLength pendulum = InvertedPendulumStrideLength
      .withDefaults();

  private LowerBackBoutAnalysis(double pendulumLengthM, double maxPieceS) {
    this.pendulumLengthM = Checks.positive(pendulumLengthM, "pendulumLengthM");
    this.maxPieceS = Checks.positive(maxPieceS, "maxPieceS");
    Checks.requireArgument(maxPieceS >= 10, "maxPieceS (%s) must be at least 10 s", maxPieceS);
  }

  /**
   * Default detectors, pieces of at most {@link #DEFAULT_MAX_PIECE_S}.
   *
   * @param pendulumLengthM sensor height (or leg length), m; see {@link
   *     InvertedPendulumStrideLength#pendulumLengthM}
   */
  public static LowerBackBoutAnalysis of(double pendulumLengthM) {
    return new LowerBackBoutAnalysis(pendulumLengthM, DEFAULT_MAX_PIECE_S);
  }

  /** A copy whose longest piece is {@code seconds} (at least 10 s). */
  public LowerBackBoutAnalysis withMaxPieceS(double seconds) {
    return new LowerBackBoutAnalysis(pendulumLengthM, seconds);
  }

  public double pendulumLengthM() {
    return pendulumLengthM;
  }

  public double maxPieceS() {
    return maxPieceS;
  }

  /**
   * The summaries of every walking bout of {@code imu}, in time order (one per piece).
   *
   * @param imu lower-back stream with accelerometer and gyroscope. Not modified.
   * @throws IllegalArgumentException as the detectors (no accelerometer, non-finite samples)
   */
  public List<BoutSummary> analyze(ImuStream imu) {
    Checks.notNull(imu, "imu");
    List<BoutSummary> out = new ArrayList<>();
    int piece = maxPieceSamples(imu.rate());
    for (WalkingBout b : bouts.detect(imu)) {
      for (int from = b.startIndex(); from < b.endIndex(); from += piece) {
        out.add(summarise(imu, 0, b, from, (int) Math.min(b.endIndex(), (long) from + piece)));
      }
    }
    return List.copyOf(out);
  }

  /**
   * A stream for samples pushed block by block (accelerometer m/s², gyroscope deg/s); each
   * summary goes to {@code sink} on the pushing thread, in time order.
   *
   * @throws IllegalArgumentException if the detectors' bands are not below Nyquist at {@code rate}
   */
  public LowerBackBoutStream newStream(SamplingRate rate, Consumer<BoutSummary> sink) {
    return new LowerBackBoutStream(this, Checks.notNull(rate, "rate"),
        Checks.notNull(sink, "sink"));
  }

  LowerBackWalkingBoutDetector boutDetector() {
    return bouts;
  }

  int maxPieceSamples(SamplingRate rate) {
    return rate.samples(maxPieceS);
  }

  /** Samples of context the analysis of {@code [from, to)} reads on each side. */
  static int contextSamples(SamplingRate rate) {
    return rate.samples(InvertedPendulumStrideLength.CONTEXT_S);
  }

  /**
   * The summary of samples {@code [from, to)} of {@code bout}; {@code data} holds the samples
   * from index {@code base} on, at least {@link #contextSamples} each side of the piece where the
   * recording has them.
   */
  BoutSummary summarise(ImuStream data, int base, WalkingBout bout, int from, int to) {
    GaitEvents ic = contacts.initialContacts(data, from - base, to - base);
    double cadence = BoutCadence.fromStrides(ic, MAX_STRIDE_S);
    double sum = 0;
    int strides = 0;
    for (StrideSpatial s : pendulum.estimate(data, ic, pendulumLengthM)) {
      if (s.strideLengthM().isPresent()) {
        sum += s.strideLengthM().getAsDouble();
        strides++;
      }
    }
    return new BoutSummary(bout, from, to, ic.shifted(base),
        Double.isNaN(cadence) ? OptionalDouble.empty() : OptionalDouble.of(cadence),
        strides == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / strides), strides);
  }

  @Override
  public String toString() {
    return "LowerBackBoutAnalysis[pendulumLengthM=" + pendulumLengthM + ", maxPieceS="
        + maxPieceS + "]";
  }
}
