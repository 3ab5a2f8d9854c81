package org.gait4j.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gait4j.internal.Checks;
import org.gait4j.model.Axis;
import org.gait4j.model.ForcePlate;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.Point3;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Initial contact and toe off from force plates: the vertical ground-reaction force crossing a
 * threshold with hysteresis, each contact given to the foot standing on the plate.
 *
 * <p><b>Signal expected.</b> A {@link Trial} with {@link Trial#forcePlates()} (force on the
 * subject in newtons, lab frame; centre of pressure in metres), all plates at one rate. For the
 * side, the trial's markers ({@code MARKERS}, else {@code KEYPOINTS_3D}) with heel (or ankle) and
 * toe landmarks in a length unit, in the same lab frame and starting at the same time as the
 * plates.
 *
 * <p><b>Algorithm.</b>
 * <ol>
 *   <li>The plate's normal is found from its corners (the cross product of its diagonals),
 *       oriented along the mean force; the vertical force is the force along it.
 *   <li>A contact starts at the first sample at or above {@code contactThresholdN} and ends at the
 *       first later sample below {@code releaseThresholdN}. Contacts shorter than
 *       {@code minContactS} are ignored.
 *   <li>IC is the contact's first sample; TO its end. A plate already loaded at its first sample
 *       gives no IC for that contact, one still loaded at its last sample no TO.
 *   <li>Side: at the middle of the contact, the centre of pressure is compared with the
 *       heel-to-toe segment of each foot at the same instant (distance in the plate's plane); the
 *       nearer foot wins if within {@code maxFootDistanceM}. Otherwise (no markers, foot not
 *       found) the side is {@link Side#UNKNOWN}.
 * </ol>
 *
 * <p><b>Limits.</b> Two feet on one plate at once are seen as one contact (from the first foot's
 * IC to the last foot's TO); a foot partly off the plate gives a late IC or an early TO. Neither
 * is detected here: choose trials with clean strikes, as a lab does.
 *
 * <p><b>Output rate.</b> Events are sample indices at the plates' rate (often 10 or 20 times the
 * marker rate); convert with {@code round(index * markerHz / plateHz)} for marker frames.
 *
 * <p><b>Cost.</b> Linear in samples, no per-sample objects; the threshold step is causal (latency
 * 0 samples for IC and TO), the side needs the middle of the contact.
 *
 * <p>Immutable and thread-safe; the input is not modified. Stored events in the trial are never
 * read.
 *
 * <p><b>Reference.</b> The vertical-force threshold is the standard definition of contact in gait
 * laboratories; e.g. Zeni et al. (2008), DOI 10.1016/j.gaitpost.2007.07.007, and O'Connor et al.
 * (2007), DOI 10.1016/j.gaitpost.2006.05.016, both validate kinematic events against it.
 */
public final class ForcePlateEventDetector implements EventDetector<Trial> {
  private final ForcePlateEventConfig config;

  private ForcePlateEventDetector(ForcePlateEventConfig config) {
    this.config = Checks.notNull(config, "config");
  }

  /** A detector with {@link ForcePlateEventConfig#defaults()}. */
  public static ForcePlateEventDetector withDefaults() {
    return new ForcePlateEventDetector(ForcePlateEventConfig.defaults());
  }

  /** A detector with {@code config}. */
  public static ForcePlateEventDetector of(ForcePlateEventConfig config) {
    return new ForcePlateEventDetector(config);
  }

  public ForcePlateEventConfig config() {
    return config;
  }

  /**
   * Contacts on every plate of {@code trial}, as samples at the plates' rate.
   *
   * @param trial Not modified.
   * @throws IllegalArgumentException if the trial has no force plates, or plates differ in rate
   */
  @Override
  public GaitEvents detect(Trial trial) {
    Checks.notNull(trial, "trial");
    List<ForcePlate> plates = trial.forcePlates();
    Checks.requireArgument(!plates.isEmpty(), "trial '%s' has no force plates", trial.name());
    for (ForcePlate p : plates) {
      Checks.requireArgument(p.rate().equals(plates.get(0).rate()), "force plates differ in rate: "
          + "plate %d at %s, plate %d at %s", plates.get(0).number(), plates.get(0).rate(),
          p.number(), p.rate());
    }
    Feet feet = Feet.of(trial);
    List<GaitEvent> out = new ArrayList<>();
    for (ForcePlate p : plates) {
      detect(p, feet, out);
    }
    return GaitEvents.of(plates.get(0).rate(), out);
  }

  private void detect(ForcePlate plate, Feet feet, List<GaitEvent> out) {
    int n = plate.size();
    double[] normal = normal(plate);
    double[] fx = plate.force().x();
    double[] fy = plate.force().y();
    double[] fz = plate.force().z();
    double[] vertical = fx; // reuse the copy
    for (int i = 0; i < n; i++) {
      double v = fx[i] * normal[0] + fy[i] * normal[1] + fz[i] * normal[2];
      vertical[i] = Double.isNaN(v) ? 0 : v;
    }
    int minContact = Math.max(1, (int) Math.round(config.minContactS() * plate.rate().hz()));
    int i = 0;
    while (i < n) {
      if (vertical[i] < config.contactThresholdN()) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && vertical[i] >= config.releaseThresholdN()) {
        i++;
      }
      int end = i; // first unloaded sample, or n
      if (end - start < minContact) {
        continue;
      }
      Side side = feet == null ? Side.UNKNOWN : feet.sideAt(plate, (start + end - 1) / 2, normal, config.maxFootDistanceM());
      if (start > 0) {
        out.add(new GaitEvent(GaitEventType.INITIAL_CONTACT, side, start));
      }
      if (end < n) {
        out.add(new GaitEvent(GaitEventType.TOE_OFF, side, end));
      }
    }
  }

  /** Unit normal of the plate's surface, oriented along the mean measured force. */
  private static double[] normal(ForcePlate plate) {
    List<Point3> c = plate.corners();
    Point3 d1 = c.get(2).minus(c.get(0));
    Point3 d2 = c.get(3).minus(c.get(1));
    double[] nrm = {d1.y() * d2.z() - d1.z() * d2.y(), d1.z() * d2.x() - d1.x() * d2.z(),
        d1.x() * d2.y() - d1.y() * d2.x()};
    double len = Math.sqrt(nrm[0] * nrm[0] + nrm[1] * nrm[1] + nrm[2] * nrm[2]);
    Checks.requireArgument(len > 0, "force plate %d has degenerate corners %s", plate.number(), c);
    double[] fx = plate.force().x();
    double[] fy = plate.force().y();
    double[] fz = plate.force().z();
    double dot = 0;
    for (int i = 0; i < fx.length; i++) {
      double v = fx[i] * nrm[0] + fy[i] * nrm[1] + fz[i] * nrm[2];
      if (!Double.isNaN(v)) {
        dot += v;
      }
    }
    double sign = dot < 0 ? -1 : 1;
    return new double[] {sign * nrm[0] / len, sign * nrm[1] / len, sign * nrm[2] / len};
  }

  /** Heel and toe positions of both feet in metres, for naming the foot on a plate. */
  private static final class Feet {
    final double markerHz;
    final double[][][] heel; // [side][axis][frame]
    final double[][][] toe;

    private Feet(double markerHz, double[][][] heel, double[][][] toe) {
      this.markerHz = markerHz;
      this.heel = heel;
      this.toe = toe;
    }

    static Feet of(Trial trial) {
      Optional<PointSet> ps = trial.pointSet(PointSet.Kind.MARKERS)
          .or(() -> trial.pointSet(PointSet.Kind.KEYPOINTS_3D));
      if (ps.isEmpty()) {
        return null;
      }
      double[][][] heel = new double[2][][];
      double[][][] toe = new double[2][][];
      try {
        for (int s = 0; s < 2; s++) {
          Side side = s == 0 ? Side.LEFT : Side.RIGHT;
          heel[s] = metres(PointKinematics.heelTrack(ps.get(), side));
          toe[s] = metres(PointKinematics.toeTrack(ps.get(), side));
          if (heel[s] == null || toe[s] == null) {
            return null;
          }
        }
      } catch (IllegalArgumentException noFoot) {
        return null;
      }
      return new Feet(ps.get().rate().hz(), heel, toe);
    }

    private static double[][] metres(PointTrack t) {
      Vector3Series p = t.position();
      if (p.unit().quantity() != Unit.Quantity.LENGTH) {
        return null;
      }
      Vector3Series m = p.inUnit(Unit.METRE);
      return new double[][] {m.x(), m.y(), m.z()};
    }

    Side sideAt(ForcePlate plate, int sample, double[] normal, double maxDistanceM) {
      if (Double.isNaN(plate.centreOfPressure().get(sample, Axis.X))) {
        return Side.UNKNOWN;
      }
      Vector3Series cop = plate.centreOfPressure();
      double[] c = {cop.get(sample, Axis.X),
          cop.get(sample, Axis.Y), cop.get(sample, Axis.Z)};
      int frame = (int) Math.round(sample * markerHz / plate.rate().hz());
      if (frame >= heel[0][0].length) {
        return Side.UNKNOWN;
      }
      double best = Double.POSITIVE_INFINITY;
      Side bestSide = Side.UNKNOWN;
      for (int s = 0; s < 2; s++) {
        double d = distance(c, heel[s], toe[s], frame, normal);
        if (d < best) {
          best = d;
          bestSide = s == 0 ? Side.LEFT : Side.RIGHT;
        }
      }
      return best <= maxDistanceM ? bestSide : Side.UNKNOWN;
    }

    /** In-plane distance from c to the segment heel-toe at frame; NaN-safe (infinite). */
    private static double distance(double[] c, double[][] heel, double[][] toe, int f,
        double[] normal) {
      double[] a = inPlane(heel[0][f] - c[0], heel[1][f] - c[1], heel[2][f] - c[2], normal);
      double[] b = inPlane(toe[0][f] - c[0], toe[1][f] - c[1], toe[2][f] - c[2], normal);
      double[] ab = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
      double len2 = ab[0] * ab[0] + ab[1] * ab[1] + ab[2] * ab[2];
      double t = len2 > 0 ? -(a[0] * ab[0] + a[1] * ab[1] + a[2] * ab[2]) / len2 : 0;
      t = Math.max(0, Math.min(1, t));
      double px = a[0] + t * ab[0];
      double py = a[1] + t * ab[1];
      double pz = a[2] + t * ab[2];
      double d = Math.sqrt(px * px + py * py + pz * pz);
      return Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
    }

    private static double[] inPlane(double x, double y, double z, double[] n) {
      double dot = x * n[0] + y * n[1] + z * n[2];
      return new double[] {x - dot * n[0], y - dot * n[1], z - dot * n[2]};
    }
  }

  @Override
  public String toString() {
    return "ForcePlateEventDetector[" + config + "]";
  }
}
