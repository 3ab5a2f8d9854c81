package org.gait4j.bench.accuracy.gaitmap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.gait4j.bench.accuracy.AccuracyDataset;
import org.gait4j.bench.accuracy.Bound;
import org.gait4j.bench.accuracy.Figure;
import org.gait4j.events.FootGyroEventConfig;
import org.gait4j.events.FootGyroEventDetector;
import org.gait4j.events.FootIcMethod;
import org.gait4j.events.FootStride;
import org.gait4j.events.FootStrideSegmenter;
import org.gait4j.io.imu.ImuCsvConfig;
import org.gait4j.io.imu.ImuCsvReader;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;
import org.gait4j.params.FootStrideTrajectory;
import org.gait4j.params.FootTrajectoryEstimator;
import org.gait4j.validation.EventMatch;

/**
 * The gaitmap example recording (one healthy participant, IMU on each shoe, 204.8 Hz; 2 x 20 m
 * with one turn): DTW stride segmentation against the hand-labelled borders, IC and TC against
 * the motion-capture events, stride length against the heel-marker (FCC) displacement.
 *
 * <p>Evaluation rules:
 * <ul>
 *   <li>Segmentation: a detected stride matches a labelled one when its start <em>and</em> its end
 *       are both within ±10 samples (gaitmap's {@code evaluate_segmented_stride_list} convention);
 *       one-to-one, closest pairs (sum of both border distances) first.
 *   <li>Events: {@link EventMatch} (one-to-one nearest) within ±0.1 s, per foot, pooled. The
 *       reference IC are the {@code ic} and {@code pre_ic} columns, TC the {@code tc} column;
 *       detected events are counted only within 0.1 s of the span of the reference events of
 *       that foot (the mocap volume), since nothing outside it is labelled.
 *   <li>Stride length: each motion-capture stride ({@code min_vel} to {@code min_vel}) is paired
 *       with the IMU stride whose initial contact matched its {@code ic}; the reference is the
 *       horizontal displacement of the foot's FCC marker between the two {@code min_vel} frames.
 *   <li>Leave-one-sequence-out: there is one subject, so the held-out units are the two straight
 *       walking sequences before and after the turn (split at the middle of the largest gap
 *       between hand-labelled strides; the file's {@code gsd_id} is 1 throughout). The only choice
 *       made by looking at these data is the IC definition ({@link FootIcMethod}); for each
 *       held-out sequence it is chosen on the other sequence (lowest IC MAE) and applied to the
 *       held-out one; errors are pooled ({@code ic_*_loso}). All other settings come from the
 *       simulator or the literature; their per-sequence figures are printed ({@code _seq1},
 *       {@code _seq2}).
 * </ul>
 */
public final class GaitmapFootImuDataset implements AccuracyDataset {

  private static final SamplingRate IMU_RATE = SamplingRate.ofHz(204.8);
  private static final double MOCAP_HZ = 100.0;
  private static final int BORDER_TOLERANCE = 10;
  private static final double EVENT_TOLERANCE_S = 0.1;
  private static final Side[] SIDES = {Side.LEFT, Side.RIGHT};

  @Override
  public String name() {
    return "gaitmap_foot_imu";
  }

  @Override
  public List<Figure> evaluate(Path folder) throws IOException {
    Trial trial = new ImuCsvReader(ImuCsvConfig.gaitmapFoot()).read(
        folder.resolve("imu_sample.csv"));
    List<double[]> borders = table(folder.resolve("stride_borders_sample.csv"));
    List<double[]> strides = table(folder.resolve("stride_events_sample.csv"));
    List<double[]> mocap = table(folder.resolve("mocap_sample.csv"));
    int split = turnSplit(borders);
    Ctx ctx = new Ctx(trial, borders, strides, mocap, split);

    List<Figure> out = new ArrayList<>();
    // pooled, defaults
    Result all = ctx.run(FootGyroEventConfig.defaults(), 0, Integer.MAX_VALUE);
    out.add(new Figure(name(), "seg_precision", all.seg[0], Bound.report()));
    out.add(new Figure(name(), "seg_recall", all.seg[1], Bound.report()));
    out.add(new Figure(name(), "seg_f1_10samples", all.seg[2], Bound.atLeast(0.98)));
    out.add(new Figure(name(), "ic_precision", all.ic.precision(), Bound.report()));
    out.add(new Figure(name(), "ic_recall", all.ic.recall(), Bound.report()));
    out.add(new Figure(name(), "ic_mae_ms", all.ic.meanAbsoluteErrorS() * 1000,
        Bound.atMost(25)));
    out.add(new Figure(name(), "ic_mean_signed_ms", all.ic.meanSignedErrorS() * 1000,
        Bound.report()));
    out.add(new Figure(name(), "tc_precision", all.tc.precision(), Bound.report()));
    out.add(new Figure(name(), "tc_recall", all.tc.recall(), Bound.report()));
    out.add(new Figure(name(), "tc_mae_ms", all.tc.meanAbsoluteErrorS() * 1000,
        Bound.atMost(16)));
    out.add(new Figure(name(), "tc_mean_signed_ms", all.tc.meanSignedErrorS() * 1000,
        Bound.report()));
    out.add(new Figure(name(), "stride_length_n", all.lengthErrors.length, Bound.report()));
    out.add(new Figure(name(), "stride_length_mae_m", meanAbs(all.lengthErrors),
        Bound.atMost(0.04)));
    out.add(new Figure(name(), "stride_length_mean_signed_m", mean(all.lengthErrors),
        Bound.report()));
    // the rebound peak of Rampp et al. / gaitmap, for comparison
    Result rampp = ctx.run(FootGyroEventConfig.defaults().withIcMethod(FootIcMethod.REBOUND_PEAK),
        0, Integer.MAX_VALUE);
    out.add(new Figure(name(), "ic_mae_ms_rebound_peak", rampp.ic.meanAbsoluteErrorS() * 1000,
        Bound.report()));
    // per sequence, defaults
    int[][] ranges = {{0, split}, {split, Integer.MAX_VALUE}};
    for (int q = 0; q < 2; q++) {
      Result r = ctx.run(FootGyroEventConfig.defaults(), ranges[q][0], ranges[q][1]);
      String suffix = "_seq" + (q + 1);
      out.add(new Figure(name(), "seg_f1" + suffix, r.seg[2], Bound.report()));
      out.add(new Figure(name(), "ic_mae_ms" + suffix, r.ic.meanAbsoluteErrorS() * 1000,
          Bound.report()));
      out.add(new Figure(name(), "tc_mae_ms" + suffix, r.tc.meanAbsoluteErrorS() * 1000,
          Bound.report()));
      out.add(new Figure(name(), "stride_length_mae_m" + suffix, meanAbs(r.lengthErrors),
          Bound.report()));
    }
    // leave-one-sequence-out choice of the IC method
    List<EventMatch> held = new ArrayList<>();
    StringBuilder chosen = new StringBuilder();
    for (int q = 0; q < 2; q++) {
      int other = 1 - q;
      FootIcMethod best = null;
      double bestMae = Double.POSITIVE_INFINITY;
      for (FootIcMethod m : FootIcMethod.values()) {
        Result r = ctx.run(FootGyroEventConfig.defaults().withIcMethod(m), ranges[other][0],
            ranges[other][1]);
        if (r.ic.meanAbsoluteErrorS() < bestMae) {
          bestMae = r.ic.meanAbsoluteErrorS();
          best = m;
        }
      }
      chosen.append(best == FootIcMethod.ZERO_CROSSING ? 1 : 0);
      held.add(ctx.run(FootGyroEventConfig.defaults().withIcMethod(best), ranges[q][0],
          ranges[q][1]).ic);
    }
    EventMatch loso = EventMatch.pooled(held);
    out.add(new Figure(name(), "ic_mae_ms_loso", loso.meanAbsoluteErrorS() * 1000,
        Bound.report()));
    out.add(new Figure(name(), "ic_mean_signed_ms_loso", loso.meanSignedErrorS() * 1000,
        Bound.report()));
    out.add(new Figure(name(), "ic_loso_folds_choosing_zero_crossing",
        chosen.chars().filter(c -> c == '1').count(), Bound.report()));
    return out;
  }

  /** Segmentation precision/recall/F1, event matches and stride-length errors of one run. */
  private record Result(double[] seg, EventMatch ic, EventMatch tc, double[] lengthErrors) {}

  private static final class Ctx {
    final Trial trial;
    final List<double[]> borders;
    final List<double[]> strides;
    final List<double[]> mocap;
    final int split;

    Ctx(Trial trial, List<double[]> borders, List<double[]> strides, List<double[]> mocap,
        int split) {
      this.trial = trial;
      this.borders = borders;
      this.strides = strides;
      this.mocap = mocap;
      this.split = split;
    }

    /** Everything evaluated on samples [from, to) (references and detections by their start). */
    Result run(FootGyroEventConfig config, int from, int to) {
      int tp = 0;
      int detectedCount = 0;
      int referenceCount = 0;
      List<EventMatch> ics = new ArrayList<>();
      List<EventMatch> tcs = new ArrayList<>();
      List<Double> lengthErrors = new ArrayList<>();
      FootGyroEventDetector detector = FootGyroEventDetector.of(config);
      FootStrideSegmenter segmenter = FootStrideSegmenter.of(config.segmenter());
      for (Side side : SIDES) {
        double code = side == Side.LEFT ? 0 : 1;
        ImuStream foot = trial.imu(BodyLocation.foot(side)).orElseThrow();
        // segmentation
        List<int[]> ref = new ArrayList<>();
        for (double[] b : borders) {
          if (b[1] == code && b[2] >= from && b[2] < to) {
            ref.add(new int[] {(int) b[2], (int) b[3]});
          }
        }
        List<int[]> det = new ArrayList<>();
        for (FootStride s : segmenter.segment(foot)) {
          if (s.start() >= from && s.start() < to) {
            det.add(new int[] {s.start(), s.end()});
          }
        }
        tp += matchBorders(det, ref);
        detectedCount += det.size();
        referenceCount += ref.size();
        // events
        GaitEvents events = detector.detect(foot);
        TreeSet<Integer> refIc = new TreeSet<>();
        TreeSet<Integer> refTc = new TreeSet<>();
        for (double[] s : strides) {
          if (s[1] != code) {
            continue;
          }
          addIn(refIc, s[4], from, to);
          addIn(refIc, s[7], from, to);
          addIn(refTc, s[5], from, to);
        }
        int[] ic = inSpan(events.sampleIndices(side, GaitEventType.INITIAL_CONTACT), refIc);
        int[] tc = inSpan(events.sampleIndices(side, GaitEventType.TOE_OFF), refTc);
        EventMatch icMatch = EventMatch.ofSamples(ic, toArray(refIc), IMU_RATE,
            EVENT_TOLERANCE_S);
        ics.add(icMatch);
        tcs.add(EventMatch.ofSamples(tc, toArray(refTc), IMU_RATE, EVENT_TOLERANCE_S));
        // stride length
        List<FootStrideTrajectory> traj = FootTrajectoryEstimator.withDefaults()
            .estimate(foot, events);
        int heel = side == Side.LEFT ? 7 : 10; // L_FCC x at column 7, R_FCC x at column 10
        for (double[] s : strides) {
          if (s[1] != code || s[4] < from || s[4] >= to) {
            continue;
          }
          FootStrideTrajectory best = null;
          double bestDist = EVENT_TOLERANCE_S * IMU_RATE.hz();
          for (FootStrideTrajectory t : traj) {
            double d = Math.abs(t.initialContact() - s[4]);
            if (d <= bestDist) {
              bestDist = d;
              best = t;
            }
          }
          if (best == null) {
            continue;
          }
          double[] p0 = mocap.get(mocapRow(s[2]));
          double[] p1 = mocap.get(mocapRow(s[3]));
          double refLength = Math.hypot(p1[heel] - p0[heel], p1[heel + 1] - p0[heel + 1]) / 1000;
          lengthErrors.add(best.strideLengthM() - refLength);
        }
      }
      double precision = detectedCount == 0 ? Double.NaN : (double) tp / detectedCount;
      double recall = referenceCount == 0 ? Double.NaN : (double) tp / referenceCount;
      double f1 = 2.0 * tp / (detectedCount + referenceCount);
      double[] errors = lengthErrors.stream().mapToDouble(Double::doubleValue).toArray();
      return new Result(new double[] {precision, recall, f1}, EventMatch.pooled(ics),
          EventMatch.pooled(tcs), errors);
    }

    private int mocapRow(double imuSample) {
      int row = (int) Math.round(imuSample / IMU_RATE.hz() * MOCAP_HZ);
      return Math.min(mocap.size() - 1, Math.max(0, row));
    }

    /** Detected events within the tolerance of the reference span. */
    private static int[] inSpan(int[] detected, TreeSet<Integer> reference) {
      if (reference.isEmpty()) {
        return new int[0];
      }
      int margin = (int) Math.round(EVENT_TOLERANCE_S * IMU_RATE.hz());
      int lo = reference.first() - margin;
      int hi = reference.last() + margin;
      return Arrays.stream(detected).filter(d -> d >= lo && d <= hi).toArray();
    }
  }

  private static void addIn(TreeSet<Integer> set, double sample, int from, int to) {
    if (!Double.isNaN(sample) && sample >= from && sample < to) {
      set.add((int) Math.round(sample));
    }
  }

  private static int[] toArray(TreeSet<Integer> set) {
    return set.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * One-to-one matching of strides whose start and end are both within ±10 samples, closest
   * pairs first; returns the number of matched pairs.
   */
  static int matchBorders(List<int[]> detected, List<int[]> reference) {
    List<int[]> pairs = new ArrayList<>(); // {distance, d, r}
    for (int d = 0; d < detected.size(); d++) {
      for (int r = 0; r < reference.size(); r++) {
        int ds = Math.abs(detected.get(d)[0] - reference.get(r)[0]);
        int de = Math.abs(detected.get(d)[1] - reference.get(r)[1]);
        if (ds <= BORDER_TOLERANCE && de <= BORDER_TOLERANCE) {
          pairs.add(new int[] {ds + de, d, r});
        }
      }
    }
    pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0])
        : a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[2], b[2]));
    boolean[] usedD = new boolean[detected.size()];
    boolean[] usedR = new boolean[reference.size()];
    int matched = 0;
    for (int[] p : pairs) {
      if (!usedD[p[1]] && !usedR[p[2]]) {
        usedD[p[1]] = true;
        usedR[p[2]] = true;
        matched++;
      }
    }
    return matched;
  }

  /** Middle of the largest gap between consecutive labelled strides of the left foot. */
  static int turnSplit(List<double[]> borders) {
    double bestGap = -1;
    int split = 0;
    double prevEnd = Double.NaN;
    for (double[] b : borders) {
      if (b[1] != 0) {
        continue;
      }
      if (!Double.isNaN(prevEnd) && b[2] - prevEnd > bestGap) {
        bestGap = b[2] - prevEnd;
        split = (int) Math.round((b[2] + prevEnd) / 2);
      }
      prevEnd = b[3];
    }
    return split;
  }

  /**
   * Numeric rows of a gaitmap CSV: header rows (any row whose second field is not a number) are
   * skipped; {@code left}/{@code right} become 0/1; empty cells NaN.
   */
  static List<double[]> table(Path file) throws IOException {
    List<double[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      double[] v = new double[f.length];
      boolean header = false;
      for (int i = 0; i < f.length; i++) {
        String s = f[i].trim();
        if (s.equals("left")) {
          v[i] = 0;
        } else if (s.equals("right")) {
          v[i] = 1;
        } else if (s.isEmpty()) {
          v[i] = Double.NaN;
        } else {
          try {
            v[i] = Double.parseDouble(s);
          } catch (NumberFormatException e) {
            header = true;
            break;
          }
        }
      }
      if (!header) {
        rows.add(v);
      }
    }
    return rows;
  }

  private static double mean(double[] x) {
    return Arrays.stream(x).average().orElse(Double.NaN);
  }

  private static double meanAbs(double[] x) {
    return Arrays.stream(x).map(Math::abs).average().orElse(Double.NaN);
  }
}
