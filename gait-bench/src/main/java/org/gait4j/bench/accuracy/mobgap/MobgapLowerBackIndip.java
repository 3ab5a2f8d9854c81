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
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.gait4j.bench.accuracy.AccuracyDataset;
import org.gait4j.bench.accuracy.Bound;
import org.gait4j.bench.accuracy.Figure;
import org.gait4j.events.LowerBackIcConfig;
import org.gait4j.events.LowerBackIcDetector;
import org.gait4j.events.LowerBackWalkingBoutDetector;
import org.gait4j.events.WalkingBout;
import org.gait4j.io.GaitIO;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
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
 * <p><b>Generalisation.</b> Some detector defaults (IC wavelet 5 Hz, step-period distance, the
 * steepest-rise refinement, the side sign) were chosen while looking at these data; K = 1.25 is
 * the paper's. Per-subject figures are printed, and for the two numeric settings tuned here (the IC wavelet pseudo-frequency and the pendulum correction factor
 * K) leave-one-subject-out figures: for each held-out subject the setting is chosen on the other
 * two (best pooled IC F1; least absolute stride-length error), then applied to the held-out one,
 * and the held-out results are pooled ({@code *_loso}).
 *
 * <p><b>Whole recordings.</b> {@link LowerBackWalkingBoutDetector} runs on each full recording;
 * detected bouts match reference MicroWBs one-to-one when their intersection over union is at
 * least 0.5 (bout precision and recall), and the IC detector then runs on each detected bout.
 * The two Test5 recordings of HA_002 have an empty reference: the ICs found there are reported.
 * Stored events are never used as detections.
 */
public final class MobgapLowerBackIndip implements AccuracyDataset {
  static final String NAME = "mobgap_lowerback_indip";
  private static final double TOLERANCE_S = 0.25;
  private static final double MAX_STEP_S = 1.5;
  /** Longest stride counted by the cadence (twice the longest step). */
  private static final double MAX_STRIDE_S = 3.0;
  private static final double[] IC_WAVELET_GRID = {3.0, 4.0, 5.0, 6.0, 7.0};

  @Override
  public String name() {
    return NAME;
  }

  /** One recording: subject, trial, IMU, reference, sensor height. */
  record Recording(String subject, String trial, ImuStream imu, IndipReference reference,
      double sensorHeightM) {}

  /** Results of one IC configuration on a set of recordings. */
  static final class Scores {
    final List<EventMatch> ic = new ArrayList<>();
    final List<EventMatch> fc = new ArrayList<>();
    int lrCorrect;
    int lrTotal;
    final List<Double> cadenceErrors = new ArrayList<>();
    final List<Double> cadenceIcErrors = new ArrayList<>();
    /** Per bout: estimated mean stride length with K = 1, and the reference. */
    final List<double[]> strides = new ArrayList<>();

    void add(Scores o) {
      ic.addAll(o.ic);
      fc.addAll(o.fc);
      lrCorrect += o.lrCorrect;
      lrTotal += o.lrTotal;
      cadenceErrors.addAll(o.cadenceErrors);
      cadenceIcErrors.addAll(o.cadenceIcErrors);
      strides.addAll(o.strides);
    }

    EventMatch icPooled() {
      return EventMatch.pooled(ic);
    }

    double lrAccuracy() {
      return lrTotal == 0 ? Double.NaN : (double) lrCorrect / lrTotal;
    }

    double cadenceMae() {
      return cadenceErrors.stream().mapToDouble(Math::abs).average().orElse(Double.NaN);
    }

    double strideMae(double k) {
      return strides.stream().mapToDouble(s -> Math.abs(k * s[0] - s[1])).average()
          .orElse(Double.NaN);
    }

    double strideMeanSigned(double k) {
      return strides.stream().mapToDouble(s -> k * s[0] - s[1]).average().orElse(Double.NaN);
    }
  }

  @Override
  public List<Figure> evaluate(Path folder) throws IOException {
    List<Recording> recs = load(folder);
    List<Figure> out = new ArrayList<>();
    LowerBackIcConfig cfg = LowerBackIcConfig.defaults();
    double k = InvertedPendulumConfig.defaults().correctionFactor();
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
    out.add(fig("cadence_mae_steps_per_min", all.cadenceMae(), Bound.atMost(4.0)));
    out.add(fig("cadence_from_ic_intervals_mae_steps_per_min", all.cadenceIcErrors.stream()
        .mapToDouble(Math::abs).average().orElse(Double.NaN), Bound.report()));
    out.add(fig("stride_length_mae_m", all.strideMae(k), Bound.atMost(0.14)));
    out.add(fig("stride_length_mean_signed_error_m", all.strideMeanSigned(k), Bound.report()));
    out.add(fig("bouts_scored", all.cadenceErrors.size(), Bound.report()));
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
      out.add(fig("cadence_mae_steps_per_min" + sub, s.cadenceMae(), Bound.report()));
      out.add(fig("stride_length_mae_m" + sub, s.strideMae(k), Bound.report()));
    }
    out.addAll(loso(recs));
    out.addAll(wholeRecordings(recs, cfg));
    return out;
  }

  /** Leave-one-subject-out: the IC wavelet and K chosen on the other subjects. */
  private List<Figure> loso(List<Recording> recs) {
    List<String> subjects = recs.stream().map(Recording::subject).distinct().toList();
    // scores per subject per grid value
    Map<String, Scores[]> grid = new LinkedHashMap<>();
    for (String s : subjects) {
      Scores[] row = new Scores[IC_WAVELET_GRID.length];
      for (int g = 0; g < IC_WAVELET_GRID.length; g++) {
        row[g] = new Scores();
        LowerBackIcConfig c = LowerBackIcConfig.defaults().withIcWaveletHz(IC_WAVELET_GRID[g]);
        for (Recording r : recs) {
          if (r.subject().equals(s)) {
            row[g].add(scoreInsideBouts(r, c));
          }
        }
      }
      grid.put(s, row);
    }
    Scores held = new Scores();
    List<Double> strideErrors = new ArrayList<>();
    List<Figure> out = new ArrayList<>();
    for (String s : subjects) {
      int best = -1;
      double bestF1 = -1;
      for (int g = 0; g < IC_WAVELET_GRID.length; g++) {
        Scores train = new Scores();
        for (String o : subjects) {
          if (!o.equals(s)) {
            train.add(grid.get(o)[g]);
          }
        }
        double f1 = train.icPooled().f1();
        if (f1 > bestF1) {
          bestF1 = f1;
          best = g;
        }
      }
      Scores test = grid.get(s)[best];
      held.add(test);
      // K by least absolute error over the training bouts (at the chosen wavelet)
      Scores train = new Scores();
      for (String o : subjects) {
        if (!o.equals(s)) {
          train.add(grid.get(o)[best]);
        }
      }
      double k = fitK(train.strides);
      for (double[] b : test.strides) {
        strideErrors.add(Math.abs(k * b[0] - b[1]));
      }
      out.add(fig("loso_chosen_ic_wavelet_hz[" + s + "]", IC_WAVELET_GRID[best], Bound.report()));
      out.add(fig("loso_chosen_k[" + s + "]", k, Bound.report()));
    }
    EventMatch ic = held.icPooled();
    out.add(fig("ic_f1_loso", ic.f1(), Bound.report()));
    out.add(fig("ic_mae_s_loso", ic.meanAbsoluteErrorS(), Bound.report()));
    out.add(fig("lr_accuracy_loso", held.lrAccuracy(), Bound.report()));
    out.add(fig("cadence_mae_steps_per_min_loso", held.cadenceMae(), Bound.report()));
    out.add(fig("stride_length_mae_m_loso", strideErrors.stream().mapToDouble(d -> d).average()
        .orElse(Double.NaN), Bound.report()));
    return out;
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
    InvertedPendulumStrideLength ip = InvertedPendulumStrideLength.of(
        InvertedPendulumConfig.defaults().withCorrectionFactor(1.0));
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
      double cadIc = BoutCadence.stepsPerMin(idx, rate, MAX_STEP_S);
      double cad = BoutCadence.fromStrides(idx, rate, MAX_STRIDE_S);
      if (Double.isNaN(cad)) {
        cad = 60.0 / det.stepPeriodS(r.imu(), from, to);
      }
      if (!Double.isNaN(b.cadenceStepsPerMin())) {
        s.cadenceIcErrors.add(Double.isNaN(cadIc) ? b.cadenceStepsPerMin()
            : cadIc - b.cadenceStepsPerMin());
        s.cadenceErrors.add(Double.isNaN(cad) ? b.cadenceStepsPerMin()
            : cad - b.cadenceStepsPerMin());
      }
      if (!Double.isNaN(b.averageStrideLengthM())) {
        double[] steps = ip.stepLengthsM(r.imu(), idx, r.sensorHeightM());
        double mean = Arrays.stream(steps).filter(x -> !Double.isNaN(x)).average().orElse(0);
        s.strides.add(new double[] {2 * mean, b.averageStrideLengthM()});
      }
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

  static double mean(List<double[]> l, ToDoubleFunction<double[]> f) {
    return l.stream().mapToDouble(f).average().orElse(Double.NaN);
  }
}
