package org.gait4j.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gait4j.internal.Checks;

/**
 * Point trajectories from one source: a marker set (C3D, TRC) or the keypoints of a pose
 * estimator (2-D image coordinates or 3-D), all at one rate and length.
 *
 * <p>Immutable and thread-safe.
 */
public final class PointSet {

  /** Where the points come from. */
  public enum Kind {
    /** Retro-reflective markers from optical motion capture, 3-D, lab frame. */
    MARKERS,
    /** Keypoints in one camera's image (z = 0), pixels or image fractions. */
    KEYPOINTS_2D,
    /** Keypoints triangulated or estimated in 3-D. */
    KEYPOINTS_3D
  }

  private final Kind kind;
  private final Skeleton skeleton;
  private final SamplingRate rate;
  private final List<PointTrack> tracks;

  private PointSet(Kind kind, Skeleton skeleton, SamplingRate rate, List<PointTrack> tracks) {
    this.kind = Checks.notNull(kind, "kind");
    this.skeleton = Checks.notNull(skeleton, "skeleton");
    this.rate = Checks.notNull(rate, "rate");
    this.tracks = List.copyOf(tracks);
    int n = this.tracks.isEmpty() ? 0 : this.tracks.get(0).size();
    for (PointTrack t : this.tracks) {
      Checks.requireArgument(t.position().rate().equals(rate) && t.size() == n,
          "point '%s' has %d samples @ %s, expected %d @ %s", t.label(), t.size(),
          t.position().rate(), n, rate);
    }
  }

  /** A set of {@code tracks} that share {@code rate} and length. */
  public static PointSet of(Kind kind, Skeleton skeleton, SamplingRate rate,
      List<PointTrack> tracks) {
    return new PointSet(kind, skeleton, rate, tracks);
  }

  public Kind kind() {
    return kind;
  }

  public Skeleton skeleton() {
    return skeleton;
  }

  public SamplingRate rate() {
    return rate;
  }

  /** Number of samples (frames). */
  public int size() {
    return tracks.isEmpty() ? 0 : tracks.get(0).size();
  }

  /** Duration in seconds. */
  public double durationS() {
    return size() / rate.hz();
  }

  /** All tracks in source order (unmodifiable). */
  public List<PointTrack> tracks() {
    return tracks;
  }

  /** The track labelled exactly {@code label}, if any. */
  public Optional<PointTrack> track(String label) {
    return tracks.stream().filter(t -> t.label().equals(label)).findFirst();
  }

  /** The first track mapped to {@code landmark}, if any. */
  public Optional<PointTrack> landmark(Landmark landmark) {
    return tracks.stream().filter(t -> t.landmark().filter(landmark::equals).isPresent())
        .findFirst();
  }

  /** Frames {@code [from, to)} of every track. */
  public PointSet slice(int from, int to) {
    List<PointTrack> out = new java.util.ArrayList<>(tracks.size());
    for (PointTrack t : tracks) {
      out.add(t.slice(from, to));
    }
    return new PointSet(kind, skeleton, rate, out);
  }

  @Override
  public String toString() {
    long mapped = tracks.stream().filter(t -> t.landmark().isPresent()).count();
    return String.format(Locale.ROOT, "PointSet[%s %s, %d points (%d landmarks), %d frames @ %s]",
        kind, skeleton, tracks.size(), mapped, size(), rate);
  }
}
