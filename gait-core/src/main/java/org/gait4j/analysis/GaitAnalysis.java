package org.gait4j.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gait4j.cycles.CycleRules;
import org.gait4j.events.CoordinateEventDetector;
import org.gait4j.events.FootfallEvents;
import org.gait4j.events.FootGyroEventDetector;
import org.gait4j.events.ForcePlateEventDetector;
import org.gait4j.events.InsoleContactDetector;
import org.gait4j.events.LowerBackIcDetector;
import org.gait4j.events.LowerBackWalkingBoutDetector;
import org.gait4j.events.ShankGyroEventDetector;
import org.gait4j.events.WalkingBout;
import org.gait4j.events.WalkwayFootprintDetector;
import org.gait4j.internal.Checks;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.PointSet;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Trial;
import org.gait4j.params.FootTrajectoryEstimator;
import org.gait4j.params.GaitParameters;
import org.gait4j.params.InvertedPendulumStrideLength;
import org.gait4j.params.PointStrideSpatial;
import org.gait4j.params.StrideSpatial;

/**
 * The one-call analysis: {@code GaitReport r = GaitAnalysis.withDefaults().analyze(trial);}
 *
 * <p>Looks at what the trial holds and analyses every modality it can, each with its own detector
 * and default configuration: foot IMUs, insoles, markers, 3-D keypoints, shank IMUs, 2-D
 * keypoints, footfall tables, force plates, lower-back IMU. The report lists the analyses in the
 * order of {@link #preference()}, the first being the primary one (by default the modalities
 * that measure foot contact most directly come first). A modality that is present but cannot be
 * analysed (too short, missing landmarks, no gyroscope, ...) gives a note instead.
 *
 * <p>Events stored in the file are never used. Each stage is also usable on its own: see the
 * detectors in {@code org.gait4j.events} and {@link GaitParameters}.
 *
 * <p>Immutable and thread-safe; {@code with...} methods return copies.
 */
public final class GaitAnalysis {
  private static final List<Modality> DEFAULT_PREFERENCE = List.of(Modality.FOOT_IMU,
      Modality.INSOLES, Modality.MARKERS, Modality.KEYPOINTS_3D, Modality.SHANK_IMU,
      Modality.KEYPOINTS_2D, Modality.WALKWAY, Modality.FOOTFALLS, Modality.FORCE_PLATES,
      Modality.LOWER_BACK_IMU);

  /** Footfall tables hold times in seconds; their events are expressed at this rate. */
  private static final SamplingRate FOOTFALL_RATE = SamplingRate.ofHz(1000);

  private final List<Modality> preference;
  private final CycleRules cycleRules;

  private GaitAnalysis(List<Modality> preference, CycleRules cycleRules) {
    this.preference = List.copyOf(preference);
    this.cycleRules = Checks.notNull(cycleRules, "cycleRules");
  }

  /** All modalities, default detectors, {@link CycleRules#defaults()}. */
  public static GaitAnalysis withDefaults() {
    return new GaitAnalysis(DEFAULT_PREFERENCE, CycleRules.defaults());
  }

  /** The order in which modalities are reported; the first analysed is the primary one. */
  public List<Modality> preference() {
    return preference;
  }

  /**
   * A copy that analyses only {@code modalities}, in this order of preference.
   *
   * @throws IllegalArgumentException if none is given or one is repeated
   */
  public GaitAnalysis withPreference(Modality... modalities) {
    Checks.requireArgument(modalities.length > 0, "at least one modality is needed");
    Checks.requireArgument(Arrays.stream(modalities).distinct().count() == modalities.length,
        "modalities repeat: %s", Arrays.toString(modalities));
    return new GaitAnalysis(Arrays.asList(modalities), cycleRules);
  }

  /** A copy with other rules for what counts as a cycle. */
  public GaitAnalysis withCycleRules(CycleRules rules) {
    return new GaitAnalysis(preference, rules);
  }

  /** Analyses every modality of {@code trial} this analysis knows, in order of preference. */
  public GaitReport analyze(Trial trial) {
    Checks.notNull(trial, "trial");
    List<SourceAnalysis> analyses = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Modality m : preference) {
      try {
        Optional<SourceAnalysis> a = analyze(m, trial, notes);
        a.ifPresent(analyses::add);
      } catch (IllegalArgumentException e) {
        notes.add(m + ": not analysed: " + e.getMessage());
      }
    }
    if (analyses.isEmpty() && notes.isEmpty()) {
      notes.add("nothing to analyse: the trial holds no IMU, points, insoles, walkway, "
          + "footfalls or force plates");
    }
    return new GaitReport(trial.name(), analyses, notes);
  }

  private Optional<SourceAnalysis> analyze(Modality m, Trial t, List<String> notes) {
    switch (m) {
      case FOOT_IMU:
        return imus(t, BodyLocation.LEFT_FOOT, BodyLocation.RIGHT_FOOT).map(imus -> {
          List<GaitEvents> events = new ArrayList<>();
          List<StrideSpatial> spatial = new ArrayList<>();
          for (ImuStream i : imus) {
            GaitEvents e = FootGyroEventDetector.withDefaults().detect(i);
            events.add(e);
            spatial.addAll(FootTrajectoryEstimator.withDefaults().strideSpatial(i, e));
          }
          return source(m, "DTW stride segmentation (Barth 2015), gyroscope events (Rampp 2015, "
              + "zero-crossing initial contact), zero-velocity stride trajectory",
              mergeAll(events), spatial);
        });
      case SHANK_IMU:
        return imus(t, BodyLocation.LEFT_SHANK, BodyLocation.RIGHT_SHANK).map(imus -> {
          GaitEvents e = mergeAll(imus.stream()
              .map(i -> ShankGyroEventDetector.withDefaults().detect(i)).toList());
          return source(m, "shank gyroscope events (Salarian 2004, Aminian 2002)", e, List.of());
        });
      case LOWER_BACK_IMU:
        return t.imu(BodyLocation.LOWER_BACK).map(imu -> lowerBack(imu, t, notes));
      case INSOLES:
        if (t.insoles().isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(source(m, "insole force contact with hysteresis",
            InsoleContactDetector.withDefaults().detectAll(t.insoles()), List.of()));
      case MARKERS:
        return points(m, t.pointSet(PointSet.Kind.MARKERS));
      case KEYPOINTS_3D:
        return points(m, t.pointSet(PointSet.Kind.KEYPOINTS_3D));
      case KEYPOINTS_2D:
        return points(m, t.pointSet(PointSet.Kind.KEYPOINTS_2D));
      case FOOTFALLS:
        if (t.footfalls().isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(source(m, "footfall table contacts",
            FootfallEvents.of(t.footfalls(), FOOTFALL_RATE), List.of()));
      case FORCE_PLATES:
        if (t.forcePlates().isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(source(m, "vertical ground-reaction force threshold",
            ForcePlateEventDetector.withDefaults().detect(t), List.of()));
      case WALKWAY:
        return t.walkway().map(w -> source(m, "walkway footprints (connected regions over time)",
            WalkwayFootprintDetector.withDefaults().detectEvents(w), List.of()));
      default:
        throw new AssertionError(m);
    }
  }

  private Optional<SourceAnalysis> points(Modality m, Optional<PointSet> set) {
    return set.map(p -> {
      GaitEvents e = CoordinateEventDetector.withDefaults().detect(p);
      return source(m, "coordinate method (Zeni 2008), heel footprints", e,
          PointStrideSpatial.estimate(p, e));
    });
  }

  private SourceAnalysis lowerBack(ImuStream imu, Trial t, List<String> notes) {
    List<WalkingBout> bouts = LowerBackWalkingBoutDetector.withDefaults().detect(imu);
    LowerBackIcDetector icDetector = LowerBackIcDetector.withDefaults();
    List<GaitEvents> parts = new ArrayList<>();
    for (WalkingBout b : bouts) {
      // final contacts from the trunk are experimental (F1 0.39 against INDIP): phases from them
      // would mislead, so the analysis keeps initial contacts only
      parts.add(icDetector.initialContacts(imu, b.startIndex(), b.endIndex()));
    }
    GaitEvents e = mergeAll(parts, imu.rate());
    notes.add("LOWER_BACK_IMU: final contacts from a trunk sensor are not reliable enough for "
        + "stance and swing; initial contacts only");
    List<StrideSpatial> spatial = new ArrayList<>();
    try {
      double l = InvertedPendulumStrideLength.pendulumLengthM(t.subject());
      // bout by bout, as the accuracy harness scores it: a stride's length does not depend on
      // the samples of other bouts
      InvertedPendulumStrideLength pendulum = InvertedPendulumStrideLength.withDefaults();
      for (GaitEvents p : parts) {
        spatial.addAll(pendulum.estimate(imu, p, l));
      }
    } catch (IllegalArgumentException noHeight) {
      spatial.clear();
      notes.add("LOWER_BACK_IMU: no stride length: " + noHeight.getMessage());
    }
    return source(Modality.LOWER_BACK_IMU, bouts.size() + " walking bouts; initial contacts "
        + "(McCamley 2012 wavelet method); inverted-pendulum stride length (Zijlstra & Hof 2003)",
        e, spatial);
  }

  private SourceAnalysis source(Modality m, String method, GaitEvents e,
      List<StrideSpatial> spatial) {
    return new SourceAnalysis(m, method, e, spatial, GaitParameters.of(e, spatial, cycleRules));
  }

  private static Optional<List<ImuStream>> imus(Trial t, BodyLocation left, BodyLocation right) {
    List<ImuStream> out = new ArrayList<>();
    t.imu(left).ifPresent(out::add);
    t.imu(right).ifPresent(out::add);
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }

  private static GaitEvents mergeAll(List<GaitEvents> parts) {
    return mergeAll(parts, parts.get(0).rate());
  }

  private static GaitEvents mergeAll(List<GaitEvents> parts, SamplingRate rate) {
    List<GaitEvent> all = new ArrayList<>();
    for (GaitEvents p : parts) {
      Checks.requireArgument(p.rate().equals(rate),
          "sensors of one modality differ in rate (%s and %s)", p.rate(), rate);
      all.addAll(p.list());
    }
    return GaitEvents.of(rate, all);
  }

  @Override
  public String toString() {
    return "GaitAnalysis[" + preference + ", " + cycleRules + "]";
  }
}
