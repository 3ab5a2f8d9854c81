package org.gait4j.events;

import java.util.ArrayList;
import java.util.List;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.Vector3Series;

/** Point sets with a track removed or a run of samples missing. */
final class Holes {
  private Holes() {}

  static PointSet withHole(PointSet p, String label, int from, int length) {
    List<PointTrack> out = new ArrayList<>();
    for (PointTrack t : p.tracks()) {
      if (!t.label().equals(label)) {
        out.add(t);
        continue;
      }
      Vector3Series v = t.position();
      double[] x = v.x();
      double[] y = v.y();
      double[] z = v.z();
      for (int i = from; i < from + length; i++) {
        x[i] = Double.NaN;
        y[i] = Double.NaN;
        z[i] = Double.NaN;
      }
      out.add(PointTrack.of(t.label(), t.landmark(), Vector3Series.of(v.name(), v.rate(),
          v.unit(), v.frame(), x, y, z)));
    }
    return PointSet.of(p.kind(), p.skeleton(), p.rate(), out);
  }

  static PointSet without(PointSet p, String label) {
    List<PointTrack> out = new ArrayList<>();
    for (PointTrack t : p.tracks()) {
      if (!t.label().equals(label)) {
        out.add(t);
      }
    }
    return PointSet.of(p.kind(), p.skeleton(), p.rate(), out);
  }
}
