package org.gait4j.bench.accuracy.moticon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gait4j.bench.accuracy.AccuracyDataset;
import org.gait4j.bench.accuracy.Bound;
import org.gait4j.bench.accuracy.Figure;
import org.gait4j.events.InsoleContactConfig;
import org.gait4j.events.InsoleContactDetector;
import org.gait4j.io.pressure.MoticonTextReader;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.InsoleRecording;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;
import org.gait4j.validation.EventMatch;

/**
 * Accuracy of {@link InsoleContactDetector} on the Moticon OpenGo recordings
 * ({@code moticon_opengo_insoles}: three walks of subject A with the vendor's step channels and
 * gait-report step tables, and one live walk of subject B with manually set heel strikes).
 *
 * <h2>What is compared</h2>
 * <ul>
 *   <li>Detected IC and TO (from the total force of each insole) against the step channels
 *       (codes 11/15, 21/25, read by {@link MoticonTextReader} as stored events) and detected IC
 *       against the manual heel-strike events (value 1; value 2, the mid-stance force minimum,
 *       is not a detector output). Matching is {@link EventMatch}: one-to-one nearest within
 *       {@value #TOLERANCE_S} s, per side and type, pooled over recordings; P, R, F1, mean
 *       absolute and mean signed error of matched events.
 *   <li>Per step of the gait-report tables: the detected IC matched to the step's IC (same rule)
 *       gives detected stance (next detected TO of that foot minus IC), swing (next detected IC of
 *       that foot minus that TO) and double support (first detected TO of the other foot after
 *       the IC, before this foot's TO, minus IC); their absolute errors against the table's
 *       Stance, Swing and Double support (NaN cells skipped) are averaged over steps.
 * </ul>
 * Stored events are reference data only: the detector never sees them.
 *
 * <h2>Bounds</h2>
 * From the issue: IC and TC mean absolute error at most 20 ms against the step channels and the
 * manual events; stance, swing and double support per step within 20 ms mean absolute error of
 * the gait-report tables. P/R/F1 and biases are reported.
 *
 * <h2>Leave-one-subject-out</h2>
 * The default on/off fractions were chosen looking at these recordings, so every bounded figure
 * also appears with suffix {@code _loso}: for each held-out subject, the fractions are chosen by
 * a grid search (on and off in 0.02..0.20, step 0.01; objective: sum of the IC and TO mean
 * absolute errors plus 1 s per missed or extra event) on the other subject alone, and the
 * held-out subject is evaluated with them. Subject B has heel strikes only, so when B is the
 * training subject only the on-fraction can be chosen and the off-fraction is set equal to it
 * (no hysteresis; a choice made without data). The chosen fractions per fold are printed too.
 */
public final class MoticonInsoleAccuracy implements AccuracyDataset {
  static final double TOLERANCE_S = 0.1;
  private static final String NAME = "moticon_opengo_insoles";

  /** The dataset evaluated by the harness. */
  public MoticonInsoleAccuracy() {}

  @Override
  public String name() {
    return NAME;
  }

  /** One recording with its references. */
  private record Recording(String file, String subject, Trial trial, List<GaitReportSteps.Step>
      steps, boolean manual) {}

  /** Errors and matches accumulated over recordings. */
  private static final class Scores {
    final List<EventMatch> icStep = new ArrayList<>();
    final List<EventMatch> toStep = new ArrayList<>();
    final List<EventMatch> icManual = new ArrayList<>();
    /** The same matches with detections outside the labelled span left out. */
    final Map<String, List<EventMatch>> inSpan = new LinkedHashMap<>();
    final List<Double> stance = new ArrayList<>();
    final List<Double> swing = new ArrayList<>();
    final List<Double> doubleSupport = new ArrayList<>();

    void add(Scores o) {
      icStep.addAll(o.icStep);
      toStep.addAll(o.toStep);
      icManual.addAll(o.icManual);
      o.inSpan.forEach((k, v) -> inSpan.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
      stance.addAll(o.stance);
      swing.addAll(o.swing);
      doubleSupport.addAll(o.doubleSupport);
    }

    /** Training objective: mean absolute errors plus 1 s per unmatched event. */
    double cost() {
      double c = 0;
      for (List<EventMatch> l : List.of(icStep, toStep, icManual)) {
        if (!l.isEmpty()) {
          EventMatch m = EventMatch.pooled(l);
          c += (m.matched() == 0 ? 1 : m.meanAbsoluteErrorS()) + m.falseNegatives()
              + m.falsePositives();
        }
      }
      return c;
    }
  }

  @Override
  public List<Figure> evaluate(Path folder) throws IOException {
    List<Recording> recs = load(folder);
    List<Figure> out = new ArrayList<>();
    // pooled, default configuration
    Scores all = new Scores();
    for (Recording r : recs) {
      all.add(score(r, InsoleContactConfig.defaults()));
    }
    figures(all, "", true, out);
    // leave one subject out
    Map<String, List<Recording>> bySubject = new LinkedHashMap<>();
    for (Recording r : recs) {
      bySubject.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r);
    }
    Scores loso = new Scores();
    for (String held : bySubject.keySet()) {
      List<Recording> train = new ArrayList<>();
      for (Recording r : recs) {
        if (!r.subject().equals(held)) {
          train.add(r);
        }
      }
      InsoleContactConfig c = tune(train);
      out.add(new Figure(NAME, "loso_heldout_" + held + "_on_fraction", c.onFraction(),
          Bound.report()));
      out.add(new Figure(NAME, "loso_heldout_" + held + "_off_fraction", c.offFraction(),
          Bound.report()));
      for (Recording r : bySubject.get(held)) {
        loso.add(score(r, c));
      }
    }
    figures(loso, "_loso", false, out);
    // per subject with the defaults
    for (Map.Entry<String, List<Recording>> e : bySubject.entrySet()) {
      Scores s = new Scores();
      for (Recording r : e.getValue()) {
        s.add(score(r, InsoleContactConfig.defaults()));
      }
      figures(s, "_subject" + e.getKey(), false, out);
    }
    return out;
  }

  private static InsoleContactConfig tune(List<Recording> train) {
    boolean hasTo = false;
    for (Recording r : train) {
      hasTo |= !r.manual();
    }
    InsoleContactConfig best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    for (int on = 2; on <= 20; on++) {
      for (int off = 2; off <= 20; off++) {
        if (!hasTo && off != on) {
          continue;
        }
        InsoleContactConfig c = InsoleContactConfig.defaults().withOnFraction(on / 100.0)
            .withOffFraction(off / 100.0);
        Scores s = new Scores();
        for (Recording r : train) {
          s.add(score(r, c));
        }
        double cost = s.cost();
        if (cost < bestCost) {
          bestCost = cost;
          best = c;
        }
      }
    }
    return best;
  }

  private static void figures(Scores s, String suffix, boolean bounded, List<Figure> out) {
    events(s.icStep, "ic_vs_step_channels", suffix, bounded, out);
    span(s, "ic_vs_step_channels", suffix, out);
    events(s.toStep, "to_vs_step_channels", suffix, bounded, out);
    span(s, "to_vs_step_channels", suffix, out);
    events(s.icManual, "ic_vs_manual_events", suffix, bounded, out);
    span(s, "ic_vs_manual_events", suffix, out);
    durations(s.stance, "stance_vs_report", suffix, bounded, out);
    durations(s.swing, "swing_vs_report", suffix, bounded, out);
    durations(s.doubleSupport, "double_support_vs_report", suffix, bounded, out);
  }

  private static void events(List<EventMatch> parts, String what, String suffix, boolean bounded,
      List<Figure> out) {
    if (parts.isEmpty()) {
      return;
    }
    EventMatch m = EventMatch.pooled(parts);
    out.add(new Figure(NAME, what + "_mae_ms" + suffix, 1000 * m.meanAbsoluteErrorS(),
        bounded ? Bound.atMost(20) : Bound.report()));
    out.add(new Figure(NAME, what + "_bias_ms" + suffix, 1000 * m.meanSignedErrorS(),
        Bound.report()));
    out.add(new Figure(NAME, what + "_precision" + suffix, m.precision(), Bound.report()));
    out.add(new Figure(NAME, what + "_recall" + suffix, m.recall(), Bound.report()));
    out.add(new Figure(NAME, what + "_f1" + suffix, m.f1(), Bound.report()));
    out.add(new Figure(NAME, what + "_n_reference" + suffix, m.referenceCount(),
        Bound.report()));
  }

  /**
   * Precision counting only detections inside the labelled span of each recording and side (first
   * reference event - tolerance to last + tolerance): the vendor labels steady walking only, not
   * the first and last steps of a walk.
   */
  private static void span(Scores s, String what, String suffix, List<Figure> out) {
    List<EventMatch> parts = s.inSpan.get(what);
    if (parts != null && !parts.isEmpty()) {
      out.add(new Figure(NAME, what + "_precision_in_labelled_span" + suffix,
          EventMatch.pooled(parts).precision(), Bound.report()));
    }
  }

  private static EventMatch match(Scores s, String what, int[] det, int[] ref, SamplingRate rate) {
    int tol = (int) Math.ceil(TOLERANCE_S * rate.hz());
    int lo = ref.length == 0 ? Integer.MAX_VALUE : ref[0] - tol;
    int hi = ref.length == 0 ? Integer.MIN_VALUE : ref[ref.length - 1] + tol;
    int[] inside = java.util.Arrays.stream(det).filter(d -> d >= lo && d <= hi).toArray();
    s.inSpan.computeIfAbsent(what, k -> new ArrayList<>())
        .add(EventMatch.ofSamples(inside, ref, rate, TOLERANCE_S));
    return EventMatch.ofSamples(det, ref, rate, TOLERANCE_S);
  }

  private static void durations(List<Double> errors, String what, String suffix, boolean bounded,
      List<Figure> out) {
    if (errors.isEmpty()) {
      return;
    }
    double sum = 0;
    for (double e : errors) {
      sum += Math.abs(e);
    }
    out.add(new Figure(NAME, what + "_mae_ms" + suffix, 1000 * sum / errors.size(),
        bounded ? Bound.atMost(20) : Bound.report()));
    out.add(new Figure(NAME, what + "_n_steps" + suffix, errors.size(), Bound.report()));
  }

  private static List<Recording> load(Path folder) throws IOException {
    List<Recording> recs = new ArrayList<>();
    MoticonTextReader reader = new MoticonTextReader();
    try (var files = Files.list(folder)) {
      for (Path p : files.sorted().toList()) {
        String f = p.getFileName().toString();
        if (!f.matches("\\d{6}_\\d{6}\\.txt")) {
          continue;
        }
        // 230927_102114.txt <-> gait_report_230927_10_21_14_{left,right}_steps.csv
        String stem = f.substring(0, 6) + "_" + f.substring(7, 9) + "_" + f.substring(9, 11) + "_"
            + f.substring(11, 13);
        List<GaitReportSteps.Step> steps = new ArrayList<>();
        Path left = folder.resolve("gait_report_" + stem + "_left_steps.csv");
        Path right = folder.resolve("gait_report_" + stem + "_right_steps.csv");
        if (Files.exists(left) && Files.exists(right)) {
          steps.addAll(GaitReportSteps.read(left, Side.LEFT));
          steps.addAll(GaitReportSteps.read(right, Side.RIGHT));
        }
        recs.add(new Recording(f, "A", reader.read(p), steps, false));
      }
    }
    Path manual = folder.resolve("walk_data_with_manual_events").resolve("text_export.txt");
    if (Files.exists(manual)) {
      recs.add(new Recording("text_export.txt", "B", reader.read(manual), List.of(), true));
    }
    if (recs.isEmpty()) {
      throw new IOException(folder + ": no Moticon text exports");
    }
    return recs;
  }

  private static Scores score(Recording r, InsoleContactConfig config) {
    Trial t = r.trial();
    Scores s = new Scores();
    GaitEvents det = InsoleContactDetector.of(config).detectAll(t.insoles());
    GaitEvents ref = t.storedEvents().orElseThrow(() -> new IllegalStateException(r.file()
        + ": no reference events"));
    SamplingRate rate = det.rate();
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      int[] dIc = det.sampleIndices(side, GaitEventType.INITIAL_CONTACT);
      int[] dTo = det.sampleIndices(side, GaitEventType.TOE_OFF);
      int[] rIc = ref.sampleIndices(side, GaitEventType.INITIAL_CONTACT);
      if (r.manual()) {
        s.icManual.add(match(s, "ic_vs_manual_events", dIc, rIc, rate));
        continue;
      }
      s.icStep.add(match(s, "ic_vs_step_channels", dIc, rIc, rate));
      s.toStep.add(match(s, "to_vs_step_channels", dTo,
          ref.sampleIndices(side, GaitEventType.TOE_OFF), rate));
      // per step of the gait report, on the text file's time axis
      List<GaitReportSteps.Step> steps = new ArrayList<>();
      for (GaitReportSteps.Step st : r.steps()) {
        if (st.side() == side) {
          steps.add(st);
        }
      }
      double[] refIcS = new double[steps.size()];
      for (int k = 0; k < refIcS.length; k++) {
        refIcS[k] = steps.get(k).icS();
      }
      double[] icS = times(dIc, rate, t.startTimeS());
      double[] toS = times(dTo, rate, t.startTimeS());
      double[] otherToS = times(det.sampleIndices(side.opposite(), GaitEventType.TOE_OFF), rate,
          t.startTimeS());
      EventMatch m = EventMatch.ofTimes(icS, refIcS, TOLERANCE_S);
      int[] md = m.matchedDetected();
      int[] mr = m.matchedReference();
      for (int k = 0; k < md.length; k++) {
        GaitReportSteps.Step st = steps.get(mr[k]);
        double ic = icS[md[k]];
        double nextIc = md[k] + 1 < icS.length ? icS[md[k] + 1] : Double.POSITIVE_INFINITY;
        double to = firstAfter(toS, ic, nextIc);
        if (!Double.isNaN(to) && !Double.isNaN(st.stanceS())) {
          s.stance.add((to - ic) - st.stanceS());
        }
        if (!Double.isNaN(to) && Double.isFinite(nextIc) && !Double.isNaN(st.swingS())) {
          s.swing.add((nextIc - to) - st.swingS());
        }
        double otherTo = firstAfter(otherToS, ic, Double.isNaN(to) ? nextIc : to);
        if (!Double.isNaN(otherTo) && !Double.isNaN(st.doubleSupportS())) {
          s.doubleSupport.add((otherTo - ic) - st.doubleSupportS());
        }
      }
    }
    return s;
  }

  private static double[] times(int[] samples, SamplingRate rate, double startS) {
    double[] t = new double[samples.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = startS + rate.timeS(samples[i]);
    }
    return t;
  }

  /** The first of the ascending {@code times} in {@code (after, before)}, or NaN. */
  private static double firstAfter(double[] times, double after, double before) {
    for (double x : times) {
      if (x > after && x < before) {
        return x;
      }
    }
    return Double.NaN;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MoticonInsoleAccuracy[%s]", NAME);
  }
}
