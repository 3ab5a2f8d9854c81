package org.gait4j.events;

import java.util.ArrayList;
import java.util.List;
import org.gait4j.model.ForcePlate;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.Trial;
import org.gait4j.model.Vector3Series;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;

/** Simulated walks and point-set transforms shared by the point and force-plate tests. */
final class PointWalks {
  private PointWalks() {}

  static SimulatedWalk walk(WalkParameters w, SensorOptions o) {
    return GaitSimulator.of(w, o).simulate();
  }

  /** Default walk of {@code durationS}, markers, keypoints and plates at 100 Hz, no errors. */
  static SimulatedWalk plain(double durationS) {
    return walk(WalkParameters.defaults().withDurationS(durationS),
        SensorOptions.defaults().withoutErrors().withOutputs(SimOutput.MARKERS,
            SimOutput.KEYPOINTS_3D, SimOutput.KEYPOINTS_2D_SAGITTAL, SimOutput.FORCE_PLATES));
  }

  /** The 3-D points turned by {@code yawDeg} about the vertical (z) and moved by (dx, dy). */
  static PointSet turned(PointSet p, double yawDeg, double dx, double dy) {
    double c = Math.cos(Math.toRadians(yawDeg));
    double s = Math.sin(Math.toRadians(yawDeg));
    List<PointTrack> out = new ArrayList<>();
    for (PointTrack t : p.tracks()) {
      Vector3Series v = t.position();
      double[] x = v.x();
      double[] y = v.y();
      double[] nx = new double[x.length];
      double[] ny = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        nx[i] = c * x[i] - s * y[i] + dx;
        ny[i] = s * x[i] + c * y[i] + dy;
      }
      out.add(PointTrack.of(t.label(), t.landmark(), Vector3Series.of(v.name(), v.rate(),
          v.unit(), v.frame(), nx, ny, v.z())));
    }
    return PointSet.of(p.kind(), p.skeleton(), p.rate(), out);
  }

  /** Image points mirrored left-right (the walker goes right to left). */
  static PointSet mirrored(PointSet p, double widthPx) {
    List<PointTrack> out = new ArrayList<>();
    for (PointTrack t : p.tracks()) {
      Vector3Series v = t.position();
      double[] x = v.x();
      for (int i = 0; i < x.length; i++) {
        x[i] = widthPx - x[i];
      }
      out.add(PointTrack.of(t.label(), t.landmark(), Vector3Series.of(v.name(), v.rate(),
          v.unit(), v.frame(), x, v.y(), v.z())));
    }
    return PointSet.of(p.kind(), p.skeleton(), p.rate(), out);
  }

  /** Samples {@code [from, to)} of the plates, with the matching marker frames. */
  static Trial slice(Trial t, int from, int to) {
    Trial.Builder b = Trial.builder(t.name());
    double plateHz = t.forcePlates().get(0).rate().hz();
    for (ForcePlate p : t.forcePlates()) {
      b.addForcePlate(new ForcePlate(p.number(), p.type(), p.corners(),
          p.force().slice(from, to), p.centreOfPressure().slice(from, to),
          p.freeMoment().slice(from, to)));
    }
    t.pointSet(PointSet.Kind.MARKERS).ifPresent(m -> {
      double r = m.rate().hz() / plateHz;
      int a = Math.min(m.size(), (int) Math.round(from * r));
      int z = Math.max(a, Math.min(m.size(), (int) Math.round(to * r)));
      b.addPointSet(m.slice(a, z));
    });
    return b.build();
  }

  /** A value fingerprint of every track. */
  static String fingerprint(PointSet p) {
    StringBuilder s = new StringBuilder();
    for (PointTrack t : p.tracks()) {
      s.append(t.label()).append(java.util.Arrays.hashCode(t.position().x()))
          .append(java.util.Arrays.hashCode(t.position().y()))
          .append(java.util.Arrays.hashCode(t.position().z()));
    }
    return s.toString();
  }
}
