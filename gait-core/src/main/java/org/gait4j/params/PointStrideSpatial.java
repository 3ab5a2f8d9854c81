package org.gait4j.params;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.Landmark;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;

/**
 * Stride geometry from heel positions of markers or 3-D keypoints at the initial contacts.
 *
 * <p>For a stride of foot {@code s} from IC {@code i} to the next IC {@code j}:
 *
 * <ol>
 *   <li>the vertical is the mean direction from the heels to the pelvis landmarks (sacrum,
 *       mid-hip, ASIS/PSIS or hips), so any lab axis convention works;
 *   <li>stride length is the horizontal displacement of the heel from {@code i} to {@code j};
 *   <li>the opposite foot's line of progression joins its heel contacts just before and just
 *       after {@code i} (the stride direction when it has only one);
 *   <li>step length is the distance along that line from the opposite foot's preceding heel
 *       contact to this heel contact, step width the perpendicular distance of this heel contact
 *       from the line: the footprint definitions of instrumented walkways (GAITRite).
 * </ol>
 *
 * The heel is the {@code HEEL} landmark, else the {@code ANKLE}. Heel positions at contact are the
 * conventional basis of spatial parameters in marker-based gait analysis (Kirtley 2006, Clinical
 * Gait Analysis: Theory and Practice, ISBN 978-0-443-10009-3, ch. 4); walkway systems measure the
 * same heel-to-heel distances (GAITRite).
 *
 * <p>Only point sets in a length unit are measured (2-D keypoints in pixels have no metric scale
 * and give an empty list). A stride whose heels are missing at a contact is left out. Stateless
 * and thread-safe.
 */
public final class PointStrideSpatial {
  private PointStrideSpatial() {}

  /** Stride geometry of every stride in {@code events}, which index {@code points}' frames. */
  public static List<StrideSpatial> estimate(PointSet points, GaitEvents events) {
    List<StrideSpatial> out = new ArrayList<>();
    Optional<PointTrack> lh = heel(points, Side.LEFT);
    Optional<PointTrack> rh = heel(points, Side.RIGHT);
    if (points.kind() == PointSet.Kind.KEYPOINTS_2D || lh.isEmpty() || rh.isEmpty()
        || lh.get().position().unit().quantity() != Unit.Quantity.LENGTH) {
      return out;
    }
    double toM = lh.get().position().unit().factorTo(Unit.METRE);
    double[][] left = xyz(lh.get(), toM);
    double[][] right = xyz(rh.get(), toM);
    double[] up = up(points, left, right, toM);
    if (up == null) {
      return out;
    }
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      double[][] own = side == Side.LEFT ? left : right;
      double[][] opp = side == Side.LEFT ? right : left;
      int[] ic = events.sampleIndices(side, GaitEventType.INITIAL_CONTACT);
      int[] oppIc = events.sampleIndices(side.opposite(), GaitEventType.INITIAL_CONTACT);
      for (int k = 0; k + 1 < ic.length; k++) {
        int i = ic[k];
        int j = ic[k + 1];
        if (j >= points.size()) {
          break;
        }
        double[] d = horizontal(diff(own, j, i), up);
        double stride = norm(d);
        if (!(stride > 0)) {
          continue;
        }
        OptionalDouble step = OptionalDouble.empty();
        OptionalDouble width = OptionalDouble.empty();
        int before = lastBefore(oppIc, i);
        if (before >= 0 && i - before < j - i) {
          int after = firstAfter(oppIc, i);
          double[] line = after >= 0 && after < points.size() && after - i < j - i
              ? horizontal(diff(opp, after, before), up) : d;
          double len = norm(line);
          double[] f = len > 0 ? new double[] {line[0] / len, line[1] / len, line[2] / len}
              : new double[] {d[0] / stride, d[1] / stride, d[2] / stride};
          double[] between = horizontal(diff(own, i, opp, before), up);
          if (!Double.isNaN(between[0] + between[1] + between[2] + f[0] + f[1] + f[2])) {
            step = OptionalDouble.of(dot(between, f));
            width = OptionalDouble.of(Math.abs(dot(between, cross(up, f))));
          }
        }
        out.add(new StrideSpatial(side, i, OptionalDouble.of(stride), step, width));
      }
    }
    return out;
  }

  private static Optional<PointTrack> heel(PointSet p, Side side) {
    Optional<PointTrack> h = p.landmark(Landmark.of(side, "HEEL"));
    return h.isPresent() ? h : p.landmark(Landmark.of(side, "ANKLE"));
  }

  private static double[][] xyz(PointTrack t, double toM) {
    double[][] v = {t.position().x(), t.position().y(), t.position().z()};
    for (double[] c : v) {
      for (int i = 0; i < c.length; i++) {
        c[i] *= toM;
      }
    }
    return v;
  }

  /** Unit vector from the heels to the pelvis landmarks, averaged over all frames. */
  private static double[] up(PointSet p, double[][] left, double[][] right, double toM) {
    List<double[][]> pelvis = new ArrayList<>();
    for (Landmark l : new Landmark[] {Landmark.SACRUM, Landmark.MID_HIP, Landmark.LEFT_ASIS,
        Landmark.RIGHT_ASIS, Landmark.LEFT_PSIS, Landmark.RIGHT_PSIS, Landmark.LEFT_HIP,
        Landmark.RIGHT_HIP}) {
      p.landmark(l).ifPresent(t -> pelvis.add(xyz(t, toM)));
    }
    if (pelvis.isEmpty()) {
      return null;
    }
    double[] u = new double[3];
    for (double[][] q : pelvis) {
      for (int i = 0; i < q[0].length; i++) {
        for (int a = 0; a < 3; a++) {
          double v = q[a][i] - 0.5 * (left[a][i] + right[a][i]);
          if (!Double.isNaN(q[0][i] + q[1][i] + q[2][i] + left[0][i] + left[1][i] + left[2][i]
              + right[0][i] + right[1][i] + right[2][i])) {
            u[a] += v;
          }
        }
      }
    }
    double n = norm(u);
    return n > 0 ? new double[] {u[0] / n, u[1] / n, u[2] / n} : null;
  }

  private static int lastBefore(int[] sorted, int at) {
    int best = -1;
    for (int v : sorted) {
      if (v >= at) {
        break;
      }
      best = v;
    }
    return best;
  }

  private static int firstAfter(int[] sorted, int at) {
    for (int v : sorted) {
      if (v > at) {
        return v;
      }
    }
    return -1;
  }

  private static double[] diff(double[][] p, int i, int j) {
    return diff(p, i, p, j);
  }

  private static double[] diff(double[][] p, int i, double[][] q, int j) {
    return new double[] {p[0][i] - q[0][j], p[1][i] - q[1][j], p[2][i] - q[2][j]};
  }

  private static double[] horizontal(double[] v, double[] up) {
    double k = dot(v, up);
    return new double[] {v[0] - k * up[0], v[1] - k * up[1], v[2] - k * up[2]};
  }

  private static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static double[] cross(double[] a, double[] b) {
    return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2],
        a[0] * b[1] - a[1] * b[0]};
  }
}
