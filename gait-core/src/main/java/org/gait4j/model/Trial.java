package org.gait4j.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gait4j.internal.Checks;

/**
 * One recording session: any mix of IMU streams, point sets (markers or keypoints), analog
 * channels, force plates, insoles, a walkway and footfall tables, with the subject, the events the
 * file stored and free-form metadata.
 *
 * <p>Stored events are data, kept so they can be compared with, never a substitute for
 * detection. Immutable and thread-safe; build with {@link #builder(String)}.
 */
public final class Trial {
  private final String name;
  private final Subject subject;
  private final double startTimeS;
  private final List<ImuStream> imus;
  private final List<PointSet> pointSets;
  private final MultiChannelSeries analog;
  private final List<ForcePlate> forcePlates;
  private final List<InsoleRecording> insoles;
  private final WalkwayRecording walkway;
  private final List<Footfall> footfalls;
  private final GaitEvents storedEvents;
  private final List<Annotation> annotations;
  private final Map<String, String> metadata;

  private Trial(Builder b) {
    this.name = b.name;
    this.subject = b.subject;
    this.startTimeS = b.startTimeS;
    this.imus = List.copyOf(b.imus);
    this.pointSets = List.copyOf(b.pointSets);
    this.analog = b.analog;
    this.forcePlates = List.copyOf(b.forcePlates);
    this.insoles = List.copyOf(b.insoles);
    this.walkway = b.walkway;
    this.footfalls = List.copyOf(b.footfalls);
    this.storedEvents = b.storedEvents;
    this.annotations = List.copyOf(b.annotations);
    this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  /** A builder for a trial called {@code name} (usually the file name). */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder starting from this trial's contents. */
  public Builder toBuilder() {
    Builder b = new Builder(name).subject(subject).startTimeS(startTimeS);
    b.imus.addAll(imus);
    b.pointSets.addAll(pointSets);
    b.analog = analog;
    b.forcePlates.addAll(forcePlates);
    b.insoles.addAll(insoles);
    b.walkway = walkway;
    b.footfalls.addAll(footfalls);
    b.storedEvents = storedEvents;
    b.annotations.addAll(annotations);
    b.metadata.putAll(metadata);
    return b;
  }

  public String name() {
    return name;
  }

  public Subject subject() {
    return subject;
  }

  /** Time of sample 0 of every series, seconds from the start of the recording (C3D first frame). */
  public double startTimeS() {
    return startTimeS;
  }

  /** IMU streams in source order (unmodifiable). */
  public List<ImuStream> imus() {
    return imus;
  }

  /** The first IMU at {@code location}, if any. */
  public Optional<ImuStream> imu(BodyLocation location) {
    return imus.stream().filter(i -> i.location() == location).findFirst();
  }

  /** Marker and keypoint sets in source order (unmodifiable). */
  public List<PointSet> pointSets() {
    return pointSets;
  }

  /** The first point set of {@code kind}, if any. */
  public Optional<PointSet> pointSet(PointSet.Kind kind) {
    return pointSets.stream().filter(p -> p.kind() == kind).findFirst();
  }

  /** Analog channels (EMG, force-plate raw channels, ...), if any. */
  public Optional<MultiChannelSeries> analog() {
    return Optional.ofNullable(analog);
  }

  /** Force plates with computed force, centre of pressure and free moment (unmodifiable). */
  public List<ForcePlate> forcePlates() {
    return forcePlates;
  }

  /** Pressure insoles, at most one per side is usual (unmodifiable). */
  public List<InsoleRecording> insoles() {
    return insoles;
  }

  /** The insole of {@code side}, if any. */
  public Optional<InsoleRecording> insole(Side side) {
    return insoles.stream().filter(i -> i.side() == side).findFirst();
  }

  public Optional<WalkwayRecording> walkway() {
    return Optional.ofNullable(walkway);
  }

  /** Footfalls exported by walkway software (unmodifiable). */
  public List<Footfall> footfalls() {
    return footfalls;
  }

  /** Events the file stored that map to gait event types, at the rate stated by the events. */
  public Optional<GaitEvents> storedEvents() {
    return Optional.ofNullable(storedEvents);
  }

  /** Every event the file stored, verbatim (unmodifiable). */
  public List<Annotation> annotations() {
    return annotations;
  }

  /** Free-form metadata from the file: key to value, in file order (unmodifiable). */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** The longest duration of any series in the trial, seconds. */
  public double durationS() {
    double d = 0;
    for (ImuStream i : imus) {
      d = Math.max(d, i.durationS());
    }
    for (PointSet p : pointSets) {
      d = Math.max(d, p.durationS());
    }
    if (analog != null) {
      d = Math.max(d, analog.durationS());
    }
    for (ForcePlate f : forcePlates) {
      d = Math.max(d, f.size() / f.rate().hz());
    }
    for (InsoleRecording i : insoles) {
      d = Math.max(d, i.size() / i.rate().hz());
    }
    if (walkway != null) {
      d = Math.max(d, walkway.frameCount() / walkway.rate().hz());
    }
    for (Footfall f : footfalls) {
      d = Math.max(d, f.lastContactS());
    }
    return d;
  }

  /** A multi-line summary of what the trial holds. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Trial[%s, %.2f s, %s]",
        name, durationS(), subject));
    for (ImuStream i : imus) {
      s.append("\n  ").append(i);
    }
    for (PointSet p : pointSets) {
      s.append("\n  ").append(p);
    }
    if (analog != null) {
      s.append("\n  analog ").append(analog);
    }
    for (ForcePlate f : forcePlates) {
      s.append("\n  ").append(f);
    }
    for (InsoleRecording i : insoles) {
      s.append("\n  ").append(i);
    }
    if (walkway != null) {
      s.append("\n  ").append(walkway);
    }
    if (!footfalls.isEmpty()) {
      s.append("\n  ").append(footfalls.size()).append(" footfalls");
    }
    if (storedEvents != null) {
      s.append("\n  stored ").append(storedEvents);
    }
    return s.toString();
  }

  /** Builds a {@link Trial}; not thread-safe. */
  public static final class Builder {
    private String name;
    private Subject subject = Subject.unknown();
    private double startTimeS;
    private final List<ImuStream> imus = new ArrayList<>();
    private final List<PointSet> pointSets = new ArrayList<>();
    private MultiChannelSeries analog;
    private final List<ForcePlate> forcePlates = new ArrayList<>();
    private final List<InsoleRecording> insoles = new ArrayList<>();
    private WalkwayRecording walkway;
    private final List<Footfall> footfalls = new ArrayList<>();
    private GaitEvents storedEvents;
    private final List<Annotation> annotations = new ArrayList<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = Checks.notNull(name, "name");
    }

    public Builder name(String n) {
      this.name = Checks.notNull(n, "name");
      return this;
    }

    public Builder subject(Subject s) {
      this.subject = Checks.notNull(s, "subject");
      return this;
    }

    public Builder startTimeS(double t) {
      this.startTimeS = Checks.finite(t, "startTimeS");
      return this;
    }

    /** Removes every IMU added so far (to replace them, e.g. with located copies). */
    public Builder clearImus() {
      imus.clear();
      return this;
    }

    public Builder addImu(ImuStream imu) {
      imus.add(Checks.notNull(imu, "imu"));
      return this;
    }

    public Builder addPointSet(PointSet p) {
      pointSets.add(Checks.notNull(p, "pointSet"));
      return this;
    }

    public Builder analog(MultiChannelSeries a) {
      this.analog = a;
      return this;
    }

    public Builder addForcePlate(ForcePlate f) {
      forcePlates.add(Checks.notNull(f, "forcePlate"));
      return this;
    }

    public Builder addInsole(InsoleRecording i) {
      insoles.add(Checks.notNull(i, "insole"));
      return this;
    }

    public Builder walkway(WalkwayRecording w) {
      this.walkway = w;
      return this;
    }

    public Builder addFootfall(Footfall f) {
      footfalls.add(Checks.notNull(f, "footfall"));
      return this;
    }

    public Builder storedEvents(GaitEvents e) {
      this.storedEvents = e;
      return this;
    }

    public Builder addAnnotation(Annotation a) {
      annotations.add(Checks.notNull(a, "annotation"));
      return this;
    }

    public Builder putMetadata(String key, String value) {
      metadata.put(Checks.notNull(key, "key"), Checks.notNull(value, "value"));
      return this;
    }

    public Trial build() {
      return new Trial(this);
    }
  }
}
