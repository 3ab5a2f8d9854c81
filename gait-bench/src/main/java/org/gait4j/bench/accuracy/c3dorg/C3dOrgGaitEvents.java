package org.gait4j.bench.accuracy.c3dorg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gait4j.bench.accuracy.AccuracyDataset;
import org.gait4j.bench.accuracy.Bound;
import org.gait4j.bench.accuracy.Figure;
import org.gait4j.events.CoordinateEventConfig;
import org.gait4j.events.CoordinateEventDetector;
import org.gait4j.events.EventDetector;
import org.gait4j.events.FootVelocityEventDetector;
import org.gait4j.events.ForcePlateEventDetector;
import org.gait4j.io.GaitIO;
import org.gait4j.io.c3d.C3dReader;
import org.gait4j.model.ForcePlate;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.Landmark;
import org.gait4j.model.Point3;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;
import org.gait4j.validation.EventMatch;

/**
 * The c3d.org sample gait trials (Vicon 370, Vicon Workstation, Motion Analysis): initial contact
 * and toe off from markers, from the same markers seen as 2-D sagittal keypoints, and from force
 * plates, against the events the vendor software stored in each file's EVENT group.
 *
 * <p><b>Recordings.</b> Three subjects, 25 labelled events: {@code gait-pig.c3d} (subject A22, 9
 * events; Plug-in Gait set without heel markers, so the ankle marker stands in for the heel),
 * {@code VER4C3D.c3d} (subject 42798, 8 events) and {@code Walk1.c3d} (Helen Hayes set, 8
 * events). {@code PlugInC3D.c3d} is the same trial as {@code VER4C3D.c3d} and {@code gait-raw.c3d}
 * the same as {@code gait-pig.c3d} with invalid heels, so they are not counted twice; {@code
 * Gait_with_EMG.c3d} and {@code Eb015pr.c3d} have no labels. The stored events are read only as
 * the reference, never given to a detector.
 *
 * <p><b>Methods.</b> Markers and keypoints: IC and TO by the coordinate method (Zeni 2008) with
 * the foot-speed refinement (after Ghoussayni 2004), the {@link CoordinateEventDetector}'s
 * defaults ({@code zs}). Zeni's method alone ({@code zeni}, chosen before looking at these files
 * and the headline until the refinement was added) and the foot-velocity method (O'Connor 2007,
 * {@code fva}) are reported beside it. The refinement's speed fractions (IC 0.25, TO 0.3 of the
 * swing peak) <b>were chosen by looking at these files</b>, so the pooled figures are optimistic;
 * the leave-one-subject-out figures ({@code _loso}) are the honest estimate: for each held-out
 * subject, the method per event type (zeni, fva, or the refinement at one of
 * {@link #FRACTIONS}, IC and TO chosen separately) with the smallest mean absolute error on the
 * other two subjects (a miss costs 10 frames; the first of equal scores wins, in the order zeni,
 * fva, then increasing fraction) is used on the held-out one. The refinement at every fraction
 * is also summarised ({@code zsNN}) so the choice can be checked.
 *
 * <p><b>Valid range rule</b> (stated before scoring): a labelled event is compared when the heel
 * (or its stand-in), toe and pelvis landmarks of its side are present on the event frame and on
 * the {@value #EDGE_FRAMES} frames either side of it; an extremum needs data around it. Events
 * outside are listed as {@code excluded:...} figures with the reason, not silently dropped. A
 * compared event that no detection matches within {@value #MATCH_TOLERANCE_S} s is a miss and
 * counts as a failure of the "within 1 / within 2 frames" figures.
 *
 * <p><b>Keypoints.</b> The heel, toe, ankle, knee, hip and pelvis markers are projected onto the
 * plane of progression (vertical lab axis and the horizontal lab axis along which the pelvis
 * travels most) as 2-D image coordinates in pixels (1 px per 2 mm, y down), as a camera beside
 * the walkway would see them.
 *
 * <p><b>Force plates.</b> Events are converted from the plate rate to marker frames by
 * {@code round(sample x pointHz / plateHz)}. A labelled event is "on a plate" when the heel (IC)
 * or toe (TO) marker of its side lies inside a plate's outline at the event frame.
 */
public final class C3dOrgGaitEvents implements AccuracyDataset {
  static final int EDGE_FRAMES = 3;
  static final double MATCH_TOLERANCE_S = 0.25;
  private static final String[][] FILES = {
    {"gait-pig.c3d", "A22"}, {"VER4C3D.c3d", "42798"}, {"Walk1.c3d", "HelenHayes"}};

  /**
   * A kinematic method: a code, its detector, and whether its error on every event is printed
   * (the threshold grid of the foot-speed refinement only feeds the summaries and the LOSO
   * choice).
   */
  record Method(String code, EventDetector<PointSet> detector, boolean perEvent) {}

  /** Zeni's coordinate method as published (no refinement). */
  static final Method ZENI = new Method("zeni",
      CoordinateEventDetector.of(CoordinateEventConfig.zeni()), true);
  /** O'Connor's foot-velocity method. */
  static final Method FVA = new Method("fva", FootVelocityEventDetector.withDefaults(), true);
  /** The coordinate method with the default foot-speed refinement (the library default). */
  static final Method ZENI_SPEED = new Method("zs", CoordinateEventDetector.withDefaults(), true);
  /** Speed fractions tried by the LOSO choice, for IC and TO alike. */
  static final double[] FRACTIONS = {0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50};

  /** Every method evaluated: the three above, then the refinement at every fraction. */
  static final List<Method> METHODS = methods();

  /** The LOSO candidates, in tie-breaking order (the first of equal scores wins). */
  static final List<Method> CANDIDATES = METHODS.stream()
      .filter(m -> m != ZENI_SPEED).toList();

  private static List<Method> methods() {
    List<Method> m = new ArrayList<>(List.of(ZENI, FVA, ZENI_SPEED));
    for (double f : FRACTIONS) {
      m.add(new Method(fractionCode(f), CoordinateEventDetector.of(CoordinateEventConfig
          .defaults().withIcSpeedFraction(f).withToSpeedFraction(f)), false));
    }
    return List.copyOf(m);
  }

  /** {@code zs25} for the refinement at a speed fraction of 0.25. */
  static String fractionCode(double f) {
    return String.format(Locale.ROOT, "zs%02d", Math.round(f * 100));
  }

  private static final GaitEventType[] TYPES = {GaitEventType.INITIAL_CONTACT,
    GaitEventType.TOE_OFF};

  @Override
  public String name() {
    return "c3d_org_gait_events";
  }

  /** One compared reference event and its error per method (NaN = missed). */
  record Scored(String file, String subject, GaitEvent ref, Map<String, Double> errorFrames) {}

  @Override
  public List<Figure> evaluate(Path folder) throws IOException {
    List<Figure> out = new ArrayList<>();
    C3dReader reader = new C3dReader();
    List<Scored> markers = new ArrayList<>();
    List<Scored> keypoints = new ArrayList<>();
    List<Double> plateErrors = new ArrayList<>();
    for (String[] f : FILES) {
      Trial t = reader.read(folder.resolve(f[0]));
      GaitEvents ref = t.storedEvents().orElseThrow(() -> new IOException(f[0] + " has no events"));
      PointSet m = t.pointSet(PointSet.Kind.MARKERS).orElseThrow();
      markers.addAll(score(out, "markers", f[0], f[1], m, ref));
      keypoints.addAll(score(out, "keypoints", f[0], f[1], SagittalView.of(m), ref));
      plates(out, f[0], t, m, ref, plateErrors);
    }
    Map<GaitEventType, Method> chosen = new EnumMap<>(GaitEventType.class);
    chosen.put(GaitEventType.INITIAL_CONTACT, ZENI_SPEED);
    chosen.put(GaitEventType.TOE_OFF, ZENI_SPEED);
    summary(out, "markers", markers, chosen);
    summary(out, "keypoints", keypoints, chosen);
    loso(out, "markers", markers);
    loso(out, "keypoints", keypoints);
    int onPlate = plateErrors.size();
    long within1 = plateErrors.stream().filter(e -> Math.abs(e) <= 1).count();
    out.add(fig("plates_events_on_plate", onPlate, Bound.report()));
    out.add(fig("plates_within1_fraction", onPlate == 0 ? Double.NaN : within1 / (double) onPlate,
        Bound.atLeast(1.0)));
    out.add(fig("plates_max_abs_error_frames", maxAbs(plateErrors), Bound.atMost(1)));
    openCap(out, folder.resolveSibling("opencap_video_walk_trc").resolve("walk.trc"));
    return out;
  }

  // ------------------------------------------------------------------ kinematic methods

  private List<Scored> score(List<Figure> out, String source, String file, String subject,
      PointSet points, GaitEvents ref) {
    Map<String, GaitEvents> det = new HashMap<>();
    for (Method me : METHODS) {
      det.put(me.code(), me.detector().detect(points));
    }
    List<Scored> scored = new ArrayList<>();
    double hz = points.rate().hz();
    for (GaitEvent r : ref) {
      String reason = outsideRange(points, r);
      String id = source + ":" + file + ":" + r.side().code() + "_" + r.type().code() + "@"
          + r.sampleIndex();
      if (reason != null) {
        out.add(fig("excluded:" + id + ":" + reason, 1, Bound.report()));
        continue;
      }
      Map<String, Double> err = new HashMap<>();
      for (Method me : METHODS) {
        int[] d = det.get(me.code()).sampleIndices(r.side(), r.type());
        EventMatch em = EventMatch.ofSamples(d, new int[] {r.sampleIndex()}, points.rate(),
            MATCH_TOLERANCE_S);
        double e = em.matched() == 1 ? Math.round(em.errorsS()[0] * hz) : Double.NaN;
        err.put(me.code(), e);
        if (me.perEvent()) {
          out.add(fig(id + ":" + me.code() + "_error_frames", e, Bound.report()));
        }
      }
      scored.add(new Scored(file, subject, r, err));
    }
    return scored;
  }

  /** Null when the event is inside the valid range, else the reason. */
  static String outsideRange(PointSet points, GaitEvent r) {
    List<PointTrack> used = new ArrayList<>();
    used.add(first(points, Landmark.of(r.side(), "HEEL"), Landmark.of(r.side(), "ANKLE")));
    used.add(first(points, Landmark.of(r.side(), "TOE"), Landmark.of(r.side(), "BIG_TOE")));
    PointTrack pelvis = first(points, Landmark.SACRUM, Landmark.MID_HIP, Landmark.LEFT_ASIS);
    used.add(pelvis);
    int n = points.size();
    int f = r.sampleIndex();
    if (f - EDGE_FRAMES < 0 || f + EDGE_FRAMES >= n) {
      return "within_" + EDGE_FRAMES + "_frames_of_the_recording_end";
    }
    for (PointTrack t : used) {
      if (t == null) {
        return "landmark_missing";
      }
      double[] x = t.position().x();
      for (int i = f - EDGE_FRAMES; i <= f + EDGE_FRAMES; i++) {
        if (Double.isNaN(x[i])) {
          return "marker_" + t.label().replace(':', '_') + "_missing_at_frame_" + i;
        }
      }
    }
    return null;
  }

  private static PointTrack first(PointSet p, Landmark... ls) {
    for (Landmark l : ls) {
      Optional<PointTrack> t = p.landmark(l);
      if (t.isPresent()) {
        return t.get();
      }
    }
    return null;
  }

  private void summary(List<Figure> out, String source, List<Scored> scored,
      Map<GaitEventType, Method> chosen) {
    for (Method me : METHODS) {
      for (GaitEventType ty : TYPES) {
        List<Double> e = errors(scored, ty, me, null);
        out.add(fig(source + "_" + me.code() + "_" + ty.code() + "_mae_frames", meanAbs(e),
            Bound.report()));
        out.add(fig(source + "_" + me.code() + "_" + ty.code() + "_mean_signed_frames",
            meanSigned(e), Bound.report()));
        if (me.perEvent()) {
          out.add(fig(source + "_" + me.code() + "_" + ty.code() + "_misses", misses(e),
              Bound.report()));
        } else {
          out.add(fig(source + "_" + me.code() + "_" + ty.code() + "_max_abs_error_frames",
              maxAbs(e), Bound.report()));
        }
      }
    }
    List<Double> all = new ArrayList<>();
    for (GaitEventType ty : TYPES) {
      all.addAll(errors(scored, ty, chosen.get(ty), null));
    }
    out.add(fig(source + "_method:IC=" + chosen.get(GaitEventType.INITIAL_CONTACT).code()
        + ",TO=" + chosen.get(GaitEventType.TOE_OFF).code(), 1, Bound.report()));
    out.add(fig(source + "_events_compared", all.size(), Bound.report()));
    out.add(fig(source + "_misses", misses(all), Bound.report()));
    out.add(fig(source + "_within1_fraction", within(all, 1), Bound.atLeast(0.8)));
    out.add(fig(source + "_within2_fraction", within(all, 2), Bound.atLeast(1.0)));
    out.add(fig(source + "_max_abs_error_frames", maxAbs(all), Bound.atMost(2)));
    out.add(fig(source + "_mae_frames", meanAbs(all), Bound.report()));
    for (String[] f : FILES) {
      List<Double> s = new ArrayList<>();
      for (GaitEventType ty : TYPES) {
        s.addAll(errors(scored, ty, chosen.get(ty), f[1]));
      }
      out.add(fig(source + "_subject_" + f[1] + "_within1_fraction", within(s, 1),
          Bound.report()));
      out.add(fig(source + "_subject_" + f[1] + "_max_abs_error_frames", maxAbs(s),
          Bound.report()));
    }
  }

  /** Leave one subject out: the method per event type is chosen on the other subjects. */
  private void loso(List<Figure> out, String source, List<Scored> scored) {
    List<Double> pooled = new ArrayList<>();
    for (String[] held : FILES) {
      StringBuilder choice = new StringBuilder();
      for (GaitEventType ty : TYPES) {
        Method best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (Method me : CANDIDATES) {
          List<Double> train = new ArrayList<>();
          for (String[] other : FILES) {
            if (!other[1].equals(held[1])) {
              train.addAll(errors(scored, ty, me, other[1]));
            }
          }
          // misses cost as much as an error of 10 frames
          double sc = 0;
          for (double e : train) {
            sc += Double.isNaN(e) ? 10 : Math.abs(e);
          }
          sc /= Math.max(1, train.size());
          if (sc < bestScore) {
            bestScore = sc;
            best = me;
          }
        }
        pooled.addAll(errors(scored, ty, best, held[1]));
        choice.append(ty.code()).append('=').append(best.code()).append(' ');
      }
      out.add(fig(source + "_loso_choice:" + held[1] + ":" + choice.toString().trim()
          .replace(' ', ','), 1, Bound.report()));
    }
    out.add(fig(source + "_loso_within1_fraction", within(pooled, 1), Bound.report()));
    out.add(fig(source + "_loso_within2_fraction", within(pooled, 2), Bound.report()));
    out.add(fig(source + "_loso_max_abs_error_frames", maxAbs(pooled), Bound.report()));
    out.add(fig(source + "_loso_mae_frames", meanAbs(pooled), Bound.report()));
  }

  private static List<Double> errors(List<Scored> scored, GaitEventType ty, Method me,
      String subject) {
    List<Double> e = new ArrayList<>();
    for (Scored s : scored) {
      if (s.ref().type() == ty && (subject == null || s.subject().equals(subject))) {
        e.add(s.errorFrames().get(me.code()));
      }
    }
    return e;
  }

  // ------------------------------------------------------------------ force plates

  private void plates(List<Figure> out, String file, Trial t, PointSet m, GaitEvents ref,
      List<Double> errors) {
    GaitEvents fp = ForcePlateEventDetector.withDefaults().detect(t);
    double ratio = m.rate().hz() / fp.rate().hz();
    List<GaitEvent> asFrames = new ArrayList<>();
    for (GaitEvent e : fp) {
      asFrames.add(new GaitEvent(e.type(), e.side(), (int) Math.round(e.sampleIndex() * ratio)));
    }
    GaitEvents det = GaitEvents.of(m.rate(), asFrames);
    for (GaitEvent r : ref) {
      Optional<ForcePlate> plate = plateUnder(t, m, r);
      if (plate.isEmpty()) {
        continue;
      }
      EventMatch em = EventMatch.ofSamples(det.sampleIndices(r.side(), r.type()),
          new int[] {r.sampleIndex()}, m.rate(), MATCH_TOLERANCE_S);
      double e = em.matched() == 1 ? Math.round(em.errorsS()[0] * m.rate().hz()) : Double.NaN;
      errors.add(e);
      out.add(fig("plates:" + file + ":" + r.side().code() + "_" + r.type().code() + "@"
          + r.sampleIndex() + ":plate" + plate.get().number() + "_error_frames", e,
          Bound.report()));
    }
  }

  /** The plate whose outline holds the heel (IC) or toe (TO) marker of the event's side. */
  private static Optional<ForcePlate> plateUnder(Trial t, PointSet m, GaitEvent r) {
    PointTrack p = r.type() == GaitEventType.INITIAL_CONTACT
        ? first(m, Landmark.of(r.side(), "HEEL"), Landmark.of(r.side(), "ANKLE"))
        : first(m, Landmark.of(r.side(), "TOE"));
    if (p == null) {
      return Optional.empty();
    }
    double mm = p.position().unit().factorTo(org.gait4j.model.Unit.METRE);
    double x = p.position().x()[r.sampleIndex()] * mm;
    double y = p.position().y()[r.sampleIndex()] * mm;
    for (ForcePlate fp : t.forcePlates()) {
      if (inside(fp.corners(), x, y)) {
        return Optional.of(fp);
      }
    }
    return Optional.empty();
  }

  /** Point-in-convex-quadrilateral test in the horizontal (x, y) plane. */
  static boolean inside(List<Point3> c, double x, double y) {
    if (Double.isNaN(x + y)) {
      return false;
    }
    int sign = 0;
    for (int i = 0; i < 4; i++) {
      Point3 a = c.get(i);
      Point3 b = c.get((i + 1) % 4);
      double cross = (b.x() - a.x()) * (y - a.y()) - (b.y() - a.y()) * (x - a.x());
      int s = cross > 0 ? 1 : cross < 0 ? -1 : 0;
      if (s != 0) {
        if (sign != 0 && s != sign) {
          return false;
        }
        sign = s;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ OpenCap (no reference)

  private void openCap(List<Figure> out, Path trc) throws IOException {
    if (!Files.isRegularFile(trc)) {
      return;
    }
    Trial t = GaitIO.read(trc);
    PointSet p = t.pointSets().get(0);
    for (Method me : METHODS) {
      if (!me.perEvent()) {
        continue;
      }
      GaitEvents e = me.detector().detect(p);
      String prefix = "opencap_walk_trc_" + me.code() + "_";
      for (Side s : new Side[] {Side.LEFT, Side.RIGHT}) {
        for (GaitEventType ty : TYPES) {
          out.add(fig(prefix + s.code() + "_" + ty.code() + "_count",
              e.sampleIndices(s, ty).length, Bound.report()));
        }
      }
      out.add(fig(prefix + "sides_alternate_fraction", alternation(e), Bound.report()));
      out.add(fig(prefix + "ic_to_ic_order_fraction", order(e), Bound.report()));
    }
  }

  /** Fraction of consecutive same-type events (IC, TO) whose sides differ. */
  static double alternation(GaitEvents e) {
    int pairs = 0;
    int alternating = 0;
    for (GaitEventType ty : TYPES) {
      GaitEvent prev = null;
      for (GaitEvent x : e.ofType(ty)) {
        if (prev != null) {
          pairs++;
          alternating += prev.side() != x.side() ? 1 : 0;
        }
        prev = x;
      }
    }
    return pairs == 0 ? Double.NaN : alternating / (double) pairs;
  }

  /** Fraction of one side's consecutive events that alternate IC, TO, IC, ... */
  static double order(GaitEvents e) {
    int pairs = 0;
    int good = 0;
    for (Side s : new Side[] {Side.LEFT, Side.RIGHT}) {
      GaitEvent prev = null;
      for (GaitEvent x : e.ofSide(s)) {
        if (prev != null) {
          pairs++;
          good += prev.type() != x.type() ? 1 : 0;
        }
        prev = x;
      }
    }
    return pairs == 0 ? Double.NaN : good / (double) pairs;
  }

  // ------------------------------------------------------------------ numbers

  private Figure fig(String metric, double value, Bound b) {
    return new Figure(name(), metric, value, b);
  }

  static double within(List<Double> e, double frames) {
    if (e.isEmpty()) {
      return Double.NaN;
    }
    long ok = e.stream().filter(x -> !Double.isNaN(x) && Math.abs(x) <= frames).count();
    return ok / (double) e.size();
  }

  static double maxAbs(List<Double> e) {
    double m = e.isEmpty() ? Double.NaN : 0;
    for (double x : e) {
      m = Math.max(m, Math.abs(x)); // a miss (NaN) makes the maximum NaN: it fails the bound
    }
    return m;
  }

  static double meanAbs(List<Double> e) {
    return e.stream().filter(x -> !Double.isNaN(x)).mapToDouble(Math::abs).average()
        .orElse(Double.NaN);
  }

  static double meanSigned(List<Double> e) {
    return e.stream().filter(x -> !Double.isNaN(x)).mapToDouble(x -> x).average()
        .orElse(Double.NaN);
  }

  static double misses(List<Double> e) {
    return e.stream().filter(x -> Double.isNaN(x)).count();
  }
}
