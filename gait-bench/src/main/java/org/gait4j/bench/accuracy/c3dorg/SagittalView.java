package org.gait4j.bench.accuracy.c3dorg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gait4j.model.Frame;
import org.gait4j.model.Landmark;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.Skeleton;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Markers seen as 2-D sagittal keypoints: heel, toe, ankle, knee, hip and pelvis markers projected
 * orthographically onto the plane of progression, as pixels of a camera beside the walkway (x along
 * the lab axis of progression, y down, 1 px per 2 mm).
 *
 * <p>The vertical is the lab axis along which the pelvis stands highest above the heels; the axis
 * of progression is the other lab axis along which the pelvis travels farthest. The image keeps the
 * lab's sign, so a subject walking toward negative lab coordinates walks right to left in the image.
 */
final class SagittalView {
  private static final double PX_PER_MM = 0.5;
  private static final double OFFSET_PX = 1000;
  private static final String[] PARTS = {"HEEL", "TOE", "ANKLE", "KNEE", "HIP", "ASIS", "PSIS"};

  private SagittalView() {}

  static PointSet of(PointSet markers) {
    List<PointTrack> keep = new ArrayList<>();
    for (PointTrack t : markers.tracks()) {
      Optional<Landmark> l = t.landmark();
      if (l.isEmpty() || keep.stream().anyMatch(k -> k.landmark().equals(l))) {
        continue;
      }
      boolean wanted = l.get() == Landmark.SACRUM || l.get() == Landmark.MID_HIP;
      for (String part : PARTS) {
        wanted |= l.get().name().endsWith("_" + part);
      }
      if (wanted) {
        keep.add(t);
      }
    }
    PointTrack pelvis = markers.landmark(Landmark.SACRUM)
        .or(() -> markers.landmark(Landmark.LEFT_ASIS)).orElseThrow();
    PointTrack heel = markers.landmark(Landmark.LEFT_HEEL)
        .or(() -> markers.landmark(Landmark.LEFT_ANKLE)).orElseThrow();
    double[][] p = xyz(pelvis);
    double[][] h = xyz(heel);
    int vertical = 0;
    double best = -1;
    for (int a = 0; a < 3; a++) {
      double d = Math.abs(meanDiff(p[a], h[a]));
      if (d > best) {
        best = d;
        vertical = a;
      }
    }
    double up = Math.signum(meanDiff(p[vertical], h[vertical]));
    int along = -1;
    double travel = -1;
    for (int a = 0; a < 3; a++) {
      if (a != vertical && range(p[a]) > travel) {
        travel = range(p[a]);
        along = a;
      }
    }
    double mm = markers.tracks().get(0).position().unit().factorTo(Unit.MILLIMETRE);
    List<PointTrack> out = new ArrayList<>();
    for (PointTrack t : keep) {
      double[][] q = xyz(t);
      int n = q[0].length;
      double[] u = new double[n];
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        u[i] = OFFSET_PX + PX_PER_MM * mm * q[along][i];
        v[i] = OFFSET_PX - PX_PER_MM * mm * up * q[vertical][i];
      }
      out.add(PointTrack.of(t.label(), t.landmark(), Vector3Series.of(t.label(),
          markers.rate(), Unit.PIXEL, Frame.IMAGE, u, v, new double[n])));
    }
    return PointSet.of(PointSet.Kind.KEYPOINTS_2D, Skeleton.CUSTOM, markers.rate(), out);
  }

  private static double[][] xyz(PointTrack t) {
    return new double[][] {t.position().x(), t.position().y(), t.position().z()};
  }

  private static double meanDiff(double[] a, double[] b) {
    double s = 0;
    int k = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      if (!Double.isNaN(d)) {
        s += d;
        k++;
      }
    }
    return k == 0 ? 0 : s / k;
  }

  private static double range(double[] a) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double x : a) {
      if (!Double.isNaN(x)) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    return hi - lo;
  }
}
