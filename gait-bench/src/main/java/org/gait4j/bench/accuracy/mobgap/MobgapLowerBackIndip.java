package org.gait4j.bench.accuracy.mobgap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gait4j.bench.accuracy.AccuracyDataset;
import org.gait4j.bench.accuracy.Bound;
import org.gait4j.bench.accuracy.Figure;
import org.gait4j.events.LowerBackIcConfig;
import org.gait4j.events.LowerBackIcDetector;
import org.gait4j.events.LowerBackIcStream;
import org.gait4j.events.LowerBackWalkingBoutDetector;
import org.gait4j.events.LowerBackWalkingBoutStream;
import org.gait4j.events.WalkingBout;
import org.gait4j.io.GaitIO;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;
import org.gait4j.params.BoutCadence;
import org.gait4j.params.InvertedPendulumConfig;
import org.gait4j.params.InvertedPendulumStrideLength;
import org.gait4j.validation.EventMatch;

/**
 * The mobgap lower-back example recordings (3 subjects x 3 trials, Mobilise-D lab protocol) with
 * the INDIP multi-sensor reference: initial contacts, left/right, cadence and stride length
 * inside the reference walking bouts, and walking bouts on whole recordings. Cadence is {@link
 * BoutCadence#fromStrides} (the reference's own definition: mean of 120 / stride duration), with
 * 60 / the autocorrelation step period when a bout yields no stride.
 *
 * <p><b>Protocol.</b> As mobgap's validation: the IC detector runs on each reference MicroWB
 * alone (samples {@code round(100 Start)} to {@code round(100 End)} inclusive). Detected ICs are
 * matched one-to-one to the reference ICs within ±0.25 s ({@link EventMatch}), pooled over the 9
 * recordings. Left/right accuracy is over matched ICs. Cadence per bout ({@link BoutCadence},
 * steps/min) is compared with the bout's {@code Cadence}; stride length per bout (mean of the
 * inverted-pendulum stride lengths, pendulum length = the sensor height of {@code
 * infoForAlgo.json}) with {@code AverageStrideLength}. Bouts whose reference value is NaN are left
 * out.
 *
 * <p><b>Generalisation.</b> Settings chosen while looking at these data: the IC wavelet (5 Hz),
 * the step-period distance (0.7), the relative prominence (0.2), the run break (1.5), the side
 * clip (2), the step-period cap of the contact distance (1 s, a physiological bound, also
 * gridded), the cadence stride cap (3 s) and the pendulum's non-pendular excursion h0 (7 mm);
 * K = 1.25 is the paper's. The structural rules (the /2 and /3 autocorrelation checks, the
 * steepest-rise refinement, the side sign) are not gridded. Per-subject figures are printed,
 * and leave-one-subject-out figures ({@code *_loso}, report-only): for each held-out subject
 * every gridded setting is chosen on the other two (see {@link #loso}) and the held-out results
 * are pooled. {@code stride_length_zijlstra_*} is the published model (K = 1.25, h0 = 0).
 *
 * <p><b>Whole recordings.</b> {@link LowerBackWalkingBoutDetector} runs on each full recording;
 * detected bouts match reference MicroWBs one-to-one when their intersection over union is at
 * least 0.5 (bout precision and recall), and the IC detector then runs on each detected bout.
 * The two Test5 recordings of HA_002 have an empty reference: the ICs found there are reported.
 * Stored events are never used as detections.
 *
 * <p><b>Streaming faces</b> ({@code stream_*}, report-only): each whole recording is pushed
 * sample by sample through {@link LowerBackWalkingBoutDetector#newStream} (recordings whose
 * bouts equal the batch bouts) and {@link LowerBackIcDetector#newStream}; the streamed ICs
 * inside each reference MicroWB are scored as above, and compared with the batch ICs of that
 * bout (fraction of batch ICs with a streamed IC within 1 sample and within 50 ms).
 */
public final class MobgapLowerBackIndip implements AccuracyDataset {
  static final String NAME = "mobgap_lowerback_indip";
  private static final double TOLERANCE_S = 0.25;
  /** Longest stride counted by the cadence (twice the longest step). */
  private static final double MAX_STRIDE_S = 3.0;
  /** An IC interval above this many bout medians holds missed contacts (cadence). */
  private static final double GAP_FACTOR = 1.5;
  private static final double[] IC_WAVELET_GRID = {3.0, 4.0, 5.0, 6.0, 7.0};
  private static final double[] STEP_DISTANCE_GRID = {0.5, 0.6, 0.7, 0.8};
  private static final double[] PROMINENCE_GRID = {0.1, 0.2, 0.3};
  private static final double[] RUN_BREAK_GRID = {1.3, 1.5, 1.75, 2.0};
  private static final double[] CLIP_GRID = {1.5, 2.0, 3.0, 1e9};
  /** NaN = no gap filling (the default). */
  private static final double[] GAP_FACTOR_GRID = {Double.NaN, 1.5, 2.0};
  private static final double[] MAX_STEP_PERIOD_GRID = {0.8, 0.9, 1.0, 1.2, 1e9};
  private static final double[] STRIDE_CAP_GRID = {2.5, 3.0, 3.5, 4.0};
  private static final double[] K_GRID = {0.85, 0.9, 0.95, 1.0, 1.05, 1.1, 1.15, 1.2, 1.25, 1.3,
      1.35, 1.4};
  private static final double[] H0_GRID = {0.0, 0.001, 0.002, 0.003, 0.004, 0.005, 0.006, 0.007,
      0.008, 0.009, 0.010, 0.011, 0.012};

  @Override
  public String name() {
    return NAME;
  }

  /** One recording: subject, trial, IMU, reference, sensor height. */
  record Recording(String subject, String trial, ImuStream imu, IndipReference reference,
      double sensorHeightM) {}

  /** One scored reference bout: detected contacts, fallback step period and the reference. */
  record BoutResult(int[] ics, double fallbackStepS, double refCadence, double refStrideM,
      double[] strideK1ByH0) {}

  /** Results of one IC configuration on a set of recordings. */
  static final class Scores {
    final List<EventMatch> ic = new ArrayList<>();
    final List<EventMatch> fc = new ArrayList<>();
    int lrCorrect;
    int lrTotal;
    final List<BoutResult> bouts = new ArrayList<>();

    void add(Scores o) {
      ic.addAll(o.ic);
      fc.addAll(o.fc);
      lrCorrect += o.lrCorrect;
      lrTotal += o.lrTotal;
      bouts.addAll(o.bouts);
    }

    EventMatch icPooled() {
      return EventMatch.pooled(ic);
    }

    double lrAccuracy() {
      return lrTotal == 0 ? Double.NaN : (double) lrCorrect / lrTotal;
    }

    /** Signed cadence errors, steps/min, with gap filling at {@code gap} (NaN = none). */
    List<Double> cadenceErrors(double gap, double maxStrideS) {
      List<Double> out = new ArrayList<>();
      for (BoutResult b : bouts) {
        if (Double.isNaN(b.refCadence())) {
          continue;
        }
        double cad = Double.isNaN(gap) ? BoutCadence.fromStrides(b.ics(), RATE, maxStrideS)
            : BoutCadence.fromStridesFillingGaps(b.ics(), RATE, maxStrideS, gap);
        if (Double.isNaN(cad)) {
          cad = 60.0 / b.fallbackStepS();
        }
        out.add(Double.isNaN(cad) ? b.refCadence() : cad - b.refCadence());
      }
      return out;
    }

    double cadenceMae(double gap, double maxStrideS) {
      return cadenceErrors(gap, maxStrideS).stream().mapToDouble(Math::abs).average()
          .orElse(Double.NaN);
    }

    double cadenceIcIntervalMae() {
      return bouts.stream().filter(b -> !Double.isNaN(b.refCadence())).mapToDouble(b -> {
        double c = BoutCadence.stepsPerMin(b.ics(), RATE, MAX_STRIDE_S / 2);
        return Math.abs(Double.isNaN(c) ? b.refCadence() : c - b.refCadence());
      }).average().orElse(Double.NaN);
    }

    /** Per bout {estimate with K = 1 at h0 index g, reference}. */
    List<double[]> strides(int g) {
      List<double[]> out = new ArrayList<>();
      for (BoutResult b : bouts) {
        if (!Double.isNaN(b.refStrideM())) {
          out.add(new double[] {b.strideK1ByH0()[g], b.refStrideM()});
        }
      }
      return out;
    }

    double strideMae(double k, int g) {
      return strides(g).stream().mapToDouble(s -> Math.abs(k * s[0] - s[1])).average()
          .orElse(Double.NaN);
    }

    double strideMeanSigned(double k, int g) {
      return strides(g).stream().mapToDouble(s -> k * s[0] - s[1]).average()
          .orElse(Double.NaN);
    }

    int cadenceBouts() {
      return (int) bouts.stream().filter(b -> !Double.isNaN(b.refCadence())).count();
    }
  }

  private static final SamplingRate RATE = SamplingRate.ofHz(100);

  @Override
  public List<Figure> evaluate(Path folder) throws IOException {
    List<Recording> recs = load(folder);
    for (Recording r : recs) {
      if (!r.imu().rate().equals(RATE)) {
        throw new IOException(r.subject() + " " + r.trial() + " is at " + r.imu().rate()
            + ", expected 100 Hz");
      }
    }
    List<Figure> out = new ArrayList<>();
    LowerBackIcConfig cfg = LowerBackIcConfig.defaults();
    InvertedPendulumConfig ipDefaults = InvertedPendulumConfig.defaults();
    double k = ipDefaults.correctionFactor();
    int h0 = h0Index(ipDefaults.excursionOffsetM());
    int h0Zero = h0Index(0.0);
    Scores all = new Scores();
    Map<String, Scores> bySubject = new LinkedHashMap<>();
    for (Recording r : recs) {
      Scores s = scoreInsideBouts(r, cfg);
      all.add(s);
      bySubject.computeIfAbsent(r.subject(), x -> new Scores()).add(s);
    }
    EventMatch ic = all.icPooled();
    out.add(fig("ic_f1", ic.f1(), Bound.atLeast(0.80)));
    out.add(fig("ic_precision", ic.precision(), Bound.report()));
    out.add(fig("ic_recall", ic.recall(), Bound.report()));
    out.add(fig("ic_mae_s", ic.meanAbsoluteErrorS(), Bound.atMost(0.060)));
    out.add(fig("ic_mean_signed_error_s", ic.meanSignedErrorS(), Bound.report()));
    out.add(fig("ic_reference_count", ic.referenceCount(), Bound.report()));
    out.add(fig("lr_accuracy", all.lrAccuracy(), Bound.atLeast(0.88)));
    out.add(fig("cadence_mae_steps_per_min", all.cadenceMae(Double.NaN, MAX_STRIDE_S),
        Bound.atMost(4.0)));
    out.add(fig("cadence_with_gap_filling_1.5_mae_steps_per_min",
        all.cadenceMae(GAP_FACTOR, MAX_STRIDE_S), Bound.report()));
    out.add(fig("cadence_from_ic_intervals_mae_steps_per_min", all.cadenceIcIntervalMae(),
        Bound.report()));
    out.add(fig("stride_length_mae_m", all.strideMae(k, h0), Bound.atMost(0.14)));
    out.add(fig("stride_length_mean_signed_error_m", all.strideMeanSigned(k, h0),
        Bound.report()));
    out.add(fig("stride_length_zijlstra_k1.25_h0_0_mae_m", all.strideMae(k, h0Zero),
        Bound.report()));
    out.add(fig("stride_length_zijlstra_k1.25_h0_0_mean_signed_error_m",
        all.strideMeanSigned(k, h0Zero), Bound.report()));
    double kFit = fitK(all.strides(h0Zero));
    out.add(fig("stride_length_fitted_k_h0_0", kFit, Bound.report()));
    out.add(fig("stride_length_fitted_k_h0_0_mae_m", all.strideMae(kFit, h0Zero),
        Bound.report()));
    out.add(fig("bouts_scored", all.cadenceBouts(), Bound.report()));
    EventMatch fc = EventMatch.pooled(all.fc);
    out.add(fig("fc_f1", fc.f1(), Bound.report()));
    out.add(fig("fc_mae_s", fc.meanAbsoluteErrorS(), Bound.report()));
    out.add(fig("fc_mean_signed_error_s", fc.meanSignedErrorS(), Bound.report()));
    for (Map.Entry<String, Scores> e : bySubject.entrySet()) {
      String sub = "[" + e.getKey() + "]";
      Scores s = e.getValue();
      out.add(fig("ic_f1" + sub, s.icPooled().f1(), Bound.report()));
      out.add(fig("ic_mae_s" + sub, s.icPooled().meanAbsoluteErrorS(), Bound.report()));
      out.add(fig("lr_accuracy" + sub, s.lrAccuracy(), Bound.report()));
      out.add(fig("cadence_mae_steps_per_min" + sub, s.cadenceMae(Double.NaN, MAX_STRIDE_S),
          Bound.report()));
      out.add(fig("stride_length_mae_m" + sub, s.strideMae(k, h0), Bound.report()));
      out.add(fig("stride_length_zijlstra_k1.25_h0_0_mae_m" + sub, s.strideMae(k, h0Zero),
          Bound.report()));
    }
    out.addAll(loso(recs));
    out.addAll(wholeRecordings(recs, cfg));
    out.addAll(streaming(recs, cfg));
    return out;
  }

  /** The streaming faces on whole recordings (see the class documentation). */
  private static List<Figure> streaming(List<Recording> recs, LowerBackIcConfig cfg) {
    LowerBackIcDetector det = LowerBackIcDetector.of(cfg);
    LowerBackWalkingBoutDetector gsd = LowerBackWalkingBoutDetector.withDefaults();
    List<EventMatch> vsRef = new ArrayList<>();
    List<EventMatch> within1 = new ArrayList<>();
    List<EventMatch> within50 = new ArrayList<>();
    int lrTotal = 0;
    int lrCorrect = 0;
    int boutsEqual = 0;
    for (Recording r : recs) {
      ImuStream imu = r.imu();
      Vector3Series a = imu.accelerometer().orElseThrow().inUnit(Unit.METRE_PER_SECOND_SQUARED);
      Vector3Series g = imu.gyroscope().orElseThrow().inUnit(Unit.DEGREE_PER_SECOND);
      List<WalkingBout> streamed = new ArrayList<>();
      LowerBackWalkingBoutStream bs = gsd.newStream(imu.rate(), streamed::add);
      List<GaitEvent> events = new ArrayList<>();
      LowerBackIcStream is = det.newStream(imu.rate(), events::add);
      double[] ax = a.x();
      double[] ay = a.y();
      double[] az = a.z();
      double[] gx = g.x();
      double[] gy = g.y();
      double[] gz = g.z();
      bs.push(ax, ay, az, gx, gy, gz, 0, ax.length);
      bs.flush();
      is.push(ax, ay, az, gx, gy, gz, 0, ax.length);
      is.flush();
      boutsEqual += streamed.equals(gsd.detect(imu)) ? 1 : 0;
      for (IndipReference.Bout b : r.reference().bouts()) {
        int from = Math.max(0, (int) Math.round(b.startS() * RATE.hz()));
        int to = Math.min(imu.size(), (int) Math.round(b.endS() * RATE.hz()) + 1);
        List<GaitEvent> ics = events.stream().filter(e -> e.type() == GaitEventType
            .INITIAL_CONTACT && e.sampleIndex() >= from && e.sampleIndex() < to).toList();
        double[] icS = ics.stream().mapToDouble(e -> e.timeS(RATE)).toArray();
        EventMatch m = EventMatch.ofTimes(icS, b.icS(), TOLERANCE_S);
        vsRef.add(m);
        for (int i = 0; i < m.matched(); i++) {
          Side ref = b.icSide()[m.matchedReference()[i]];
          if (ref != Side.UNKNOWN) {
            lrTotal++;
            lrCorrect += ics.get(m.matchedDetected()[i]).side() == ref ? 1 : 0;
          }
        }
        double[] batch = times(det.detect(imu, from, to).ofType(GaitEventType.INITIAL_CONTACT),
            RATE);
        within1.add(EventMatch.ofTimes(icS, batch, 0.0100001));
        within50.add(EventMatch.ofTimes(icS, batch, 0.0500001));
      }
    }
    EventMatch m = EventMatch.pooled(vsRef);
    EventMatch one = EventMatch.pooled(within1);
    EventMatch fifty = EventMatch.pooled(within50);
    List<Figure> out = new ArrayList<>();
    out.add(fig("stream_bouts_equal_batch_recordings", boutsEqual, Bound.report()));
    out.add(fig("stream_ic_f1", m.f1(), Bound.report()));
    out.add(fig("stream_ic_mae_s", m.meanAbsoluteErrorS(), Bound.report()));
    out.add(fig("stream_lr_accuracy", lrCorrect / (double) lrTotal, Bound.report()));
    out.add(fig("stream_vs_batch_ic_within_1_sample", one.recall(), Bound.report()));
    out.add(fig("stream_vs_batch_ic_within_50ms", fifty.recall(), Bound.report()));
    return out;
  }

  private static int h0Index(double h0) {
    for (int g = 0; g < H0_GRID.length; g++) {
      if (Math.abs(H0_GRID[g] - h0) < 1e-12) {
        return g;
      }
    }
    throw new IllegalStateException("h0 " + h0 + " is not on the harness grid");
  }

  /** An IC detector setting tuned on these data, its grid and the figure that chooses it. */
  private record IcSetting(String name, double[] grid, boolean bySides,
      java.util.function.BiFunction<LowerBackIcConfig, Double, LowerBackIcConfig> with) {}

  private static final List<IcSetting> IC_SETTINGS = List.of(
      new IcSetting("ic_wavelet_hz", IC_WAVELET_GRID, false, LowerBackIcConfig::withIcWaveletHz),
      new IcSetting("step_distance_fraction", STEP_DISTANCE_GRID, false,
          LowerBackIcConfig::withStepDistanceFraction),
      new IcSetting("min_relative_prominence", PROMINENCE_GRID, false,
          LowerBackIcConfig::withMinRelativeProminence),
      new IcSetting("run_break_factor", RUN_BREAK_GRID, true,
          LowerBackIcConfig::withRunBreakFactor),
      new IcSetting("side_clip", CLIP_GRID, true, LowerBackIcConfig::withSideClip),
      new IcSetting("max_step_period_s", MAX_STEP_PERIOD_GRID, false,
          LowerBackIcConfig::withMaxStepPeriodS));

  /**
   * Leave-one-subject-out over every numeric setting chosen on these data. For each held-out
   * subject: each IC detector setting is chosen from its grid on the other two subjects, one at a
   * time with the others at their defaults (IC F1 for the contact settings, left/right accuracy
   * for the side settings); the detector with all chosen settings then runs on every subject;
   * the cadence gap factor and stride cap are chosen jointly by the training subjects' cadence
   * MAE, and K and h0 jointly by their stride-length MAE (plus K alone with h0 = 0, and h0 alone
   * with the paper's K); all are applied to the held-out subject and pooled over the folds.
   */
  private List<Figure> loso(List<Recording> recs) {
    List<String> subjects = recs.stream().map(Recording::subject).distinct().toList();
    Map<LowerBackIcConfig, Map<String, Scores>> cache = new LinkedHashMap<>();
    Scores held = new Scores();
    List<Double> cadErr = new ArrayList<>();
    List<Double> slErr = new ArrayList<>();
    List<Double> slErrK = new ArrayList<>();
    List<Double> slErrH0 = new ArrayList<>();
    List<Figure> out = new ArrayList<>();
    double kLit = InvertedPendulumConfig.defaults().correctionFactor();
    for (String s : subjects) {
      LowerBackIcConfig chosen = LowerBackIcConfig.defaults();
      for (IcSetting set : IC_SETTINGS) {
        int best = -1;
        double bestScore = -1;
        for (int g = 0; g < set.grid().length; g++) {
          LowerBackIcConfig c = set.with().apply(LowerBackIcConfig.defaults(), set.grid()[g]);
          Scores train = train(cache, recs, c, subjects, s);
          double score = set.bySides() ? train.lrAccuracy() : train.icPooled().f1();
          if (score > bestScore + 1e-12) {
            bestScore = score;
            best = g;
          }
        }
        chosen = set.with().apply(chosen, set.grid()[best]);
        out.add(fig("loso_chosen_" + set.name() + "[" + s + "]", set.grid()[best],
            Bound.report()));
      }
      Scores train = train(cache, recs, chosen, subjects, s);
      Scores test = bySubject(cache, recs, chosen).get(s);
      held.add(test);
      double[] cad = argMin2(GAP_FACTOR_GRID, STRIDE_CAP_GRID, train::cadenceMae);
      cadErr.addAll(test.cadenceErrors(cad[0], cad[1]).stream().map(Math::abs).toList());
      out.add(fig("loso_chosen_gap_factor[" + s + "]", cad[0], Bound.report()));
      out.add(fig("loso_chosen_stride_cap_s[" + s + "]", cad[1], Bound.report()));
      double[] kh = argMin2(K_GRID, H0_GRID, (kk, h) -> train.strideMae(kk, h0Index(h)));
      int g = h0Index(kh[1]);
      test.strides(g).forEach(b -> slErr.add(Math.abs(kh[0] * b[0] - b[1])));
      double kOnly = fitK(train.strides(h0Index(0.0)));
      test.strides(h0Index(0.0)).forEach(b -> slErrK.add(Math.abs(kOnly * b[0] - b[1])));
      double[] h0Only = argMin2(new double[] {kLit}, H0_GRID,
          (kk, h) -> train.strideMae(kk, h0Index(h)));
      test.strides(h0Index(h0Only[1])).forEach(b -> slErrH0.add(Math.abs(kLit * b[0] - b[1])));
      out.add(fig("loso_chosen_k[" + s + "]", kh[0], Bound.report()));
      out.add(fig("loso_chosen_h0_m[" + s + "]", kh[1], Bound.report()));
      out.add(fig("loso_chosen_k_with_h0_0[" + s + "]", kOnly, Bound.report()));
      out.add(fig("loso_chosen_h0_m_with_k1.25[" + s + "]", h0Only[1], Bound.report()));
    }
    EventMatch ic = held.icPooled();
    out.add(fig("ic_f1_loso", ic.f1(), Bound.report()));
    out.add(fig("ic_mae_s_loso", ic.meanAbsoluteErrorS(), Bound.report()));
    out.add(fig("lr_accuracy_loso", held.lrAccuracy(), Bound.report()));
    out.add(fig("cadence_mae_steps_per_min_loso", mean(cadErr), Bound.report()));
    out.add(fig("stride_length_mae_m_loso", mean(slErr), Bound.report()));
    out.add(fig("stride_length_k1.25_h0_loso_mae_m", mean(slErrH0), Bound.report()));
    out.add(fig("stride_length_k_only_h0_0_loso_mae_m", mean(slErrK), Bound.report()));
    out.add(fig("loso_detector_configs_evaluated", cache.size(), Bound.report()));
    return out;
  }

  private static double mean(List<Double> l) {
    return l.stream().mapToDouble(d -> d).average().orElse(Double.NaN);
  }

  /** The pair of grid values with the least {@code f} (first on ties). */
  private static double[] argMin2(double[] a, double[] b,
      java.util.function.DoubleBinaryOperator f) {
    double[] best = {a[0], b[0]};
    double bestV = Double.POSITIVE_INFINITY;
    for (double x : a) {
      for (double y : b) {
        double v = f.applyAsDouble(x, y);
        if (v < bestV - 1e-12) {
          bestV = v;
          best = new double[] {x, y};
        }
      }
    }
    return best;
  }

  private static Map<String, Scores> bySubject(Map<LowerBackIcConfig, Map<String, Scores>> cache,
      List<Recording> recs, LowerBackIcConfig c) {
    return cache.computeIfAbsent(c, x -> {
      Map<String, Scores> m = new LinkedHashMap<>();
      for (Recording r : recs) {
        m.computeIfAbsent(r.subject(), y -> new Scores()).add(scoreInsideBouts(r, x));
      }
      return m;
    });
  }

  private static Scores train(Map<LowerBackIcConfig, Map<String, Scores>> cache,
      List<Recording> recs, LowerBackIcConfig c, List<String> subjects, String heldOut) {
    Scores t = new Scores();
    Map<String, Scores> m = bySubject(cache, recs, c);
    for (String o : subjects) {
      if (!o.equals(heldOut)) {
        t.add(m.get(o));
      }
    }
    return t;
  }

  /** The K minimising the summed absolute stride-length error (a weighted median of ratios). */
  static double fitK(List<double[]> strides) {
    List<double[]> r = new ArrayList<>();
    double total = 0;
    for (double[] s : strides) {
      if (s[0] > 0) {
        r.add(new double[] {s[1] / s[0], s[0]});
        total += s[0];
      }
    }
    if (r.isEmpty()) {
      return InvertedPendulumConfig.defaults().correctionFactor();
    }
    r.sort((a, b) -> Double.compare(a[0], b[0]));
    double acc = 0;
    for (double[] x : r) {
      acc += x[1];
      if (acc >= total / 2) {
        return x[0];
      }
    }
    return r.get(r.size() - 1)[0];
  }

  /** ICs, sides, cadence and stride length inside each reference bout of {@code r}. */
  static Scores scoreInsideBouts(Recording r, LowerBackIcConfig cfg) {
    Scores s = new Scores();
    LowerBackIcDetector det = LowerBackIcDetector.of(cfg);
    SamplingRate rate = r.imu().rate();
    for (IndipReference.Bout b : r.reference().bouts()) {
      int from = Math.max(0, (int) Math.round(b.startS() * rate.hz()));
      int to = Math.min(r.imu().size(), (int) Math.round(b.endS() * rate.hz()) + 1);
      GaitEvents ev = det.detect(r.imu(), from, to);
      GaitEvents ics = ev.ofType(GaitEventType.INITIAL_CONTACT);
      double[] icS = times(ics, rate);
      EventMatch m = EventMatch.ofTimes(icS, b.icS(), TOLERANCE_S);
      s.ic.add(m);
      s.fc.add(EventMatch.ofTimes(times(ev.ofType(GaitEventType.TOE_OFF), rate), b.fcS(),
          TOLERANCE_S));
      int[] md = m.matchedDetected();
      int[] mr = m.matchedReference();
      for (int i = 0; i < md.length; i++) {
        Side ref = b.icSide()[mr[i]];
        if (ref != Side.UNKNOWN) {
          s.lrTotal++;
          if (ics.get(md[i]).side() == ref) {
            s.lrCorrect++;
          }
        }
      }
      int[] idx = ics.stream().mapToInt(GaitEvent::sampleIndex).toArray();
      double[] strideByH0 = new double[H0_GRID.length];
      Arrays.fill(strideByH0, Double.NaN);
      if (!Double.isNaN(b.averageStrideLengthM())) {
        for (int g = 0; g < H0_GRID.length; g++) {
          InvertedPendulumStrideLength ip = InvertedPendulumStrideLength.of(
              InvertedPendulumConfig.defaults().withCorrectionFactor(1.0)
                  .withExcursionOffsetM(H0_GRID[g]));
          double[] steps = idx.length < 2 ? new double[0]
              : ip.stepLengthsM(r.imu(), idx, r.sensorHeightM());
          strideByH0[g] = 2 * Arrays.stream(steps).filter(x -> !Double.isNaN(x)).average()
              .orElse(0);
        }
      }
      s.bouts.add(new BoutResult(idx, det.stepPeriodS(r.imu(), from, to),
          b.cadenceStepsPerMin(), b.averageStrideLengthM(), strideByH0));
    }
    return s;
  }

  private List<Figure> wholeRecordings(List<Recording> recs, LowerBackIcConfig cfg) {
    LowerBackWalkingBoutDetector gsd = LowerBackWalkingBoutDetector.withDefaults();
    LowerBackIcDetector det = LowerBackIcDetector.of(cfg);
    int tp = 0;
    int nDet = 0;
    int nRef = 0;
    List<EventMatch> ic = new ArrayList<>();
    List<Figure> out = new ArrayList<>();
    long refSamples = 0;
    long detSamples = 0;
    long bothSamples = 0;
    for (Recording r : recs) {
      SamplingRate rate = r.imu().rate();
      List<WalkingBout> found = gsd.detect(r.imu());
      List<int[]> ref = new ArrayList<>();
      for (IndipReference.Bout b : r.reference().bouts()) {
        ref.add(new int[] {(int) Math.round(b.startS() * rate.hz()),
            (int) Math.round(b.endS() * rate.hz()) + 1});
      }
      nDet += found.size();
      nRef += ref.size();
      tp += matchBouts(found, ref);
      boolean[] inRef = new boolean[r.imu().size()];
      for (int[] b : ref) {
        Arrays.fill(inRef, Math.max(0, b[0]), Math.min(inRef.length, b[1]), true);
      }
      for (boolean x : inRef) {
        refSamples += x ? 1 : 0;
      }
      List<Double> icTimes = new ArrayList<>();
      for (WalkingBout w : found) {
        detSamples += w.length();
        for (int i = w.startIndex(); i < w.endIndex(); i++) {
          bothSamples += inRef[i] ? 1 : 0;
        }
        for (GaitEvent e : det.detect(r.imu(), w.startIndex(), w.endIndex())
            .ofType(GaitEventType.INITIAL_CONTACT)) {
          icTimes.add(e.timeS(rate));
        }
      }
      double[] refIc = r.reference().bouts().stream().flatMapToDouble(b -> Arrays.stream(b.icS()))
          .toArray();
      double[] detIc = icTimes.stream().mapToDouble(d -> d).toArray();
      ic.add(EventMatch.ofTimes(detIc, refIc, TOLERANCE_S));
      if (r.reference().bouts().isEmpty()) {
        out.add(fig("whole_ics_found_in_empty_reference[" + r.subject() + " " + r.trial() + "]",
            detIc.length, Bound.report()));
        out.add(fig("whole_bouts_found_in_empty_reference[" + r.subject() + " " + r.trial()
            + "]", found.size(), Bound.report()));
      }
    }
    out.add(fig("whole_bout_precision", nDet == 0 ? Double.NaN : (double) tp / nDet,
        Bound.report()));
    out.add(fig("whole_bout_recall", nRef == 0 ? Double.NaN : (double) tp / nRef,
        Bound.report()));
    out.add(fig("whole_walking_time_precision", detSamples == 0 ? Double.NaN
        : (double) bothSamples / detSamples, Bound.report()));
    out.add(fig("whole_walking_time_recall", refSamples == 0 ? Double.NaN
        : (double) bothSamples / refSamples, Bound.report()));
    EventMatch m = EventMatch.pooled(ic);
    out.add(fig("whole_ic_f1", m.f1(), Bound.report()));
    out.add(fig("whole_ic_precision", m.precision(), Bound.report()));
    out.add(fig("whole_ic_recall", m.recall(), Bound.report()));
    out.add(fig("whole_ic_mae_s", m.meanAbsoluteErrorS(), Bound.report()));
    return out;
  }

  /** One-to-one matches with intersection over union >= 0.5 (greedy, best first). */
  static int matchBouts(List<WalkingBout> found, List<int[]> ref) {
    List<double[]> cand = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      for (int j = 0; j < ref.size(); j++) {
        WalkingBout w = found.get(i);
        int[] b = ref.get(j);
        double inter = Math.max(0, Math.min(w.endIndex(), b[1]) - Math.max(w.startIndex(), b[0]));
        double union = Math.max(w.endIndex(), b[1]) - Math.min(w.startIndex(), b[0]);
        if (inter / union >= 0.5) {
          cand.add(new double[] {inter / union, i, j});
        }
      }
    }
    cand.sort((a, b) -> Double.compare(b[0], a[0]));
    boolean[] fu = new boolean[found.size()];
    boolean[] ru = new boolean[ref.size()];
    int tp = 0;
    for (double[] c : cand) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (!fu[i] && !ru[j]) {
        fu[i] = true;
        ru[j] = true;
        tp++;
      }
    }
    return tp;
  }

  private static double[] times(GaitEvents e, SamplingRate rate) {
    return e.stream().mapToDouble(x -> x.timeS(rate)).toArray();
  }

  private static Figure fig(String metric, double value, Bound bound) {
    return new Figure(NAME, metric, value, bound);
  }

  /** Every recording under {@code folder}, subjects and trials in name order. */
  static List<Recording> load(Path folder) throws IOException {
    List<Recording> out = new ArrayList<>();
    List<Path> subjects;
    try (Stream<Path> s = Files.list(folder)) {
      subjects = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path sub : subjects) {
      double sensorHeightM = infoNumber(sub.resolve("infoForAlgo.json"), "SensorHeight") / 100.0;
      List<Path> csvs;
      try (Stream<Path> s = Files.list(sub)) {
        csvs = s.filter(p -> p.getFileName().toString().endsWith("_lowerback_imu.csv")).sorted()
            .toList();
      }
      for (Path csv : csvs) {
        String f = csv.getFileName().toString();
        String trial = f.substring(0, f.length() - "_lowerback_imu.csv".length());
        ImuStream imu = GaitIO.read(csv).imu(BodyLocation.LOWER_BACK)
            .orElseGet(() -> {
              try {
                return GaitIO.read(csv).imus().get(0);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
        IndipReference ref = IndipReference.read(sub.resolve(trial + "_reference_INDIP.json"));
        out.add(new Recording(sub.getFileName().toString(), trial, imu, ref, sensorHeightM));
      }
    }
    return out;
  }

  /** The first number named {@code field} anywhere in a small JSON file. */
  static double infoNumber(Path file, String field) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && field.equals(p.currentName())) {
          p.nextToken();
          return p.getDoubleValue();
        }
      }
    }
    throw new IOException(file + ": no field " + field);
  }

}
