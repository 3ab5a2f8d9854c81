package org.gait4j.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gait4j.model.Footfall;
import org.gait4j.model.ForcePlate;
import org.gait4j.model.Frame;
import org.gait4j.model.InsoleCell;
import org.gait4j.model.InsoleRecording;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.Point3;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.ScalarSeries;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;
import org.gait4j.model.WalkwayRecording;

/** Force plates, insoles and walkway footfalls from the body model's ground reaction forces. */
final class ForceSynth {
  private ForceSynth() {}

  /**
   * 16 insole cells as fractions of foot length: {along (heel to toe), across (lateral +), area
   * weight}. Heel 4, midfoot 2 (lateral), metatarsal heads 4, forefoot 2, toes 4.
   */
  private static final double[][] CELLS = {
    {0.07, -0.10, 1}, {0.07, 0.10, 1}, {0.17, -0.12, 1}, {0.17, 0.12, 1},
    {0.36, 0.14, 1}, {0.50, 0.15, 1},
    {0.70, -0.14, 1}, {0.70, -0.04, 1}, {0.68, 0.06, 1}, {0.66, 0.16, 1},
    {0.60, -0.12, 1}, {0.58, 0.10, 1},
    {0.90, -0.12, 0.8}, {0.86, -0.02, 0.6}, {0.84, 0.07, 0.6}, {0.81, 0.15, 0.6}
  };

  static void addAll(BodyModel m, SensorOptions o, Trial.Builder tb) {
    if (o.produces(SimOutput.INSOLES)) {
      tb.addInsole(insole(m, o, 0));
      tb.addInsole(insole(m, o, 1));
    }
    if (o.produces(SimOutput.WALKWAY)) {
      walkway(m, o, tb);
    }
    if (o.produces(SimOutput.FORCE_PLATES)) {
      int jl = -1;
      for (int j = 0; j < m.nContacts; j += 2) {
        if (m.icT[j] >= 0.4 * m.p.durationS() && m.toT[j + 1] < m.p.durationS()) {
          jl = j;
          break;
        }
      }
      if (jl >= 0) {
        tb.addForcePlate(plate(m, o, jl, 1));
        tb.addForcePlate(plate(m, o, jl + 1, 2));
      }
    }
  }

  /** Length of the simulated pressure walkway, m. */
  static final double WALKWAY_LENGTH_M = 4.0;
  /** Active width of the simulated pressure walkway, m. */
  static final double WALKWAY_WIDTH_M = 0.6;

  /**
   * A pressure walkway from a quarter metre before the first footprint of the recording, {@value
   * #WALKWAY_LENGTH_M} m long and {@value #WALKWAY_WIDTH_M} m wide, centred on the line of walking,
   * and the footfalls completely on it. Walkway frame: the lab frame moved so that the mat's
   * corner (first column, first row) is the origin; the offset is in the trial metadata {@code
   * walkwayOriginInLabM}. Each loaded foot spreads its vertical force over the cells under its
   * footprint as a heel and a forefoot Gaussian (the insoles' heel / forefoot split, so the
   * pressure centroid follows the model's centre of pressure), normalised so that pressure x cell
   * area sums to the foot's vertical force. Frames run from t = 0 until 0.2 s after the last
   * footfall on the mat leaves it.
   */
  private static void walkway(BodyModel m, SensorOptions o, Trial.Builder tb) {
    double cell = o.walkwayCellM();
    double dur = m.p.durationS();
    int first = -1;
    for (int j = 0; j < m.nContacts; j++) {
      if (m.icT[j] >= 0 && m.toT[j] < dur) {
        first = j;
        break;
      }
    }
    if (first < 0) {
      return;
    }
    int rows = (int) Math.round(WALKWAY_WIDTH_M / cell);
    int cols = (int) Math.round(WALKWAY_LENGTH_M / cell);
    double x0 = m.heelX[first] - 0.25;
    double y0 = -0.5 * rows * cell;
    List<Integer> on = new ArrayList<>();
    double lastOff = 0;
    for (int j = first; j < m.nContacts; j++) {
      if (m.icT[j] < 0 || m.toT[j] >= dur) {
        continue;
      }
      double[] heel = {m.heelX[j], m.heelY[j], 0};
      double[] toe = Mat3.transform(heel, Mat3.rotZ(m.yawRad[j]), new double[] {m.footLength, 0, 0});
      if (Math.max(heel[0], toe[0]) + 0.05 > x0 + cols * cell) {
        break;
      }
      on.add(j);
      lastOff = m.toT[j];
      tb.addFootfall(new Footfall(BodyModel.side(j), m.icT[j], m.toT[j],
          Optional.of(new Point3(heel[0] - x0, heel[1] - y0, 0)),
          Optional.of(new Point3(toe[0] - x0, toe[1] - y0, 0))));
    }
    SamplingRate rate = SamplingRate.ofHz(o.walkwayRateHz());
    int frames = Math.max(1, Math.min(rate.samples(dur), rate.samples(lastOff + 0.2)));
    float[] v = new float[frames * rows * cols];
    double areaCm2 = cell * cell * 1e4;
    double lf = m.footLength;
    double half = 0.19 * lf;
    for (int f = 0; f < frames; f++) {
      double t = f / rate.hz();
      for (int j : on) {
        double fz = m.grf(j, t)[2];
        if (fz <= 0) {
          continue;
        }
        double ps = m.stanceFraction(j, t);
        double h = m.heelLoad(ps);
        double fore = (0.70 + 0.22 * BodyModel.smooth((ps - 0.55) / 0.45)) * lf;
        double lateral = m.copLocal(j, t)[1];
        double c = Math.cos(m.yawRad[j]);
        double sn = Math.sin(m.yawRad[j]);
        // footprint bounding box in cells
        int c0 = Math.max(0, (int) Math.floor((m.heelX[j] - x0 - half) / cell));
        int c1 = Math.min(cols - 1, (int) Math.ceil((m.heelX[j] - x0 + lf + half) / cell));
        int r0 = Math.max(0, (int) Math.floor((m.heelY[j] - y0 - lf * Math.abs(sn) - half) / cell));
        int r1 = Math.min(rows - 1, (int) Math.ceil((m.heelY[j] - y0 + lf * Math.abs(sn) + half)
            / cell));
        int nr = r1 - r0 + 1;
        int nc = c1 - c0 + 1;
        double[] wh = new double[nr * nc];
        double[] wf = new double[nr * nc];
        double sh = 0;
        double sf = 0;
        for (int r = r0; r <= r1; r++) {
          for (int k = c0; k <= c1; k++) {
            double dx = x0 + (k + 0.5) * cell - m.heelX[j];
            double dy = y0 + (r + 0.5) * cell - m.heelY[j];
            double along = dx * c + dy * sn;
            double across = -dx * sn + dy * c;
            if (along < 0 || along > lf || Math.abs(across) > half) {
              continue;
            }
            int idx = (r - r0) * nc + (k - c0);
            wh[idx] = Math.exp(-0.5 * (sq((along - 0.12 * lf) / (0.07 * lf))
                + sq((across - lateral) / (0.09 * lf))));
            wf[idx] = Math.exp(-0.5 * (sq((along - fore) / (0.09 * lf))
                + sq((across - lateral) / (0.13 * lf))));
            sh += wh[idx];
            sf += wf[idx];
          }
        }
        for (int r = r0; r <= r1; r++) {
          for (int k = c0; k <= c1; k++) {
            int idx = (r - r0) * nc + (k - c0);
            double share = (sh > 0 ? h * wh[idx] / sh : 0) + (sf > 0 ? (1 - h) * wf[idx] / sf : 0);
            v[(f * rows + r) * cols + k] += (float) (fz * share / areaCm2);
          }
        }
      }
    }
    tb.putMetadata("walkwayOriginInLabM", String.format(java.util.Locale.ROOT, "%.4f,%.4f", x0, y0));
    tb.walkway(WalkwayRecording.of(rate, rows, cols, cell, cell, Unit.NEWTON_PER_SQUARE_CENTIMETRE,
        v));
  }

  private static double sq(double x) {
    return x * x;
  }

  private static InsoleRecording insole(BodyModel m, SensorOptions o, int s) {
    SamplingRate rate = SamplingRate.ofHz(o.insoleRateHz());
    int n = rate.samples(m.p.durationS());
    double lf = m.footLength;
    double sideSign = s == 0 ? 1 : -1; // insole x is lateral-positive for both feet
    List<InsoleCell> cells = new ArrayList<>();
    double areaM2 = 0.0011 * Math.pow(lf / 0.266, 2);
    for (int c = 0; c < CELLS.length; c++) {
      cells.add(new InsoleCell(Integer.toString(c + 1), CELLS[c][1] * lf, CELLS[c][0] * lf,
          areaM2 * CELLS[c][2]));
    }
    double[][] pressure = new double[CELLS.length][n];
    double[] force = new double[n];
    double[][] cop = new double[3][n];
    for (int i = 0; i < n; i++) {
      double t = i / rate.hz();
      int j = m.stanceContact(s, t);
      double fz = j < 0 ? 0 : m.grf(j, t)[2];
      force[i] = fz;
      if (fz <= 1.0) {
        cop[0][i] = Double.NaN;
        cop[1][i] = Double.NaN;
        continue;
      }
      double ps = m.stanceFraction(j, t);
      double h = m.heelLoad(ps);
      double[] copL = m.copLocal(j, t);
      double fore = (0.70 + 0.22 * BodyModel.smooth((ps - 0.55) / 0.45));
      double[] w = new double[CELLS.length];
      double heelSum = 0;
      double foreSum = 0;
      for (int c = 0; c < CELLS.length; c++) {
        boolean heelCell = CELLS[c][0] < 0.3;
        double centre = heelCell ? 0.12 : fore;
        double sd = heelCell ? 0.08 : 0.10;
        w[c] = CELLS[c][2] * Math.exp(-0.5 * Math.pow((CELLS[c][0] - centre) / sd, 2));
        if (heelCell) {
          heelSum += w[c];
        } else {
          foreSum += w[c];
        }
      }
      for (int c = 0; c < CELLS.length; c++) {
        boolean heelCell = CELLS[c][0] < 0.3;
        double share = heelCell ? h * w[c] / heelSum : (1 - h) * w[c] / foreSum;
        pressure[c][i] = fz * share / (cells.get(c).areaM2() * 1e4);
      }
      cop[0][i] = sideSign * copL[1];
      cop[1][i] = copL[0];
    }
    List<String> names = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    for (int c = 0; c < CELLS.length; c++) {
      names.add((s == 0 ? "left" : "right") + " pressure " + (c + 1));
      units.add(Unit.NEWTON_PER_SQUARE_CENTIMETRE);
    }
    Side side = s == 0 ? Side.LEFT : Side.RIGHT;
    return InsoleRecording.of(side, cells, MultiChannelSeries.of(rate, names, units, pressure),
        Optional.of(ScalarSeries.of(side.code() + " total force", rate, Unit.NEWTON, force)),
        Optional.of(Vector3Series.of(side.code() + " centre of pressure", rate, Unit.METRE,
            Frame.SENSOR, cop[0], cop[1], cop[2])), Optional.empty());
  }

  private static ForcePlate plate(BodyModel m, SensorOptions o, int j, int number) {
    SamplingRate rate = SamplingRate.ofHz(o.forcePlateRateHz());
    int n = rate.samples(m.p.durationS());
    double[][] f = new double[3][n];
    double[][] cop = new double[3][n];
    double[] free = new double[n];
    for (int i = 0; i < n; i++) {
      double t = i / rate.hz();
      double[] g = m.grf(j, t);
      f[0][i] = g[0];
      f[1][i] = g[1];
      f[2][i] = g[2];
      if (g[2] > 5.0) {
        double[] c = m.copLab(j, t);
        cop[0][i] = c[0];
        cop[1][i] = c[1];
      } else {
        cop[0][i] = Double.NaN;
        cop[1][i] = Double.NaN;
        cop[2][i] = Double.NaN;
      }
    }
    double cx = m.heelX[j] + 0.5 * m.footLength * Math.cos(m.yawRad[j]);
    double cy = m.heelY[j] + 0.5 * m.footLength * Math.sin(m.yawRad[j]);
    double halfLen = Math.min(0.3, 0.45 * Math.abs(m.heelX[j + 1] - m.heelX[j]));
    List<Point3> corners = List.of(new Point3(cx - halfLen, cy - 0.2, 0),
        new Point3(cx + halfLen, cy - 0.2, 0), new Point3(cx + halfLen, cy + 0.2, 0),
        new Point3(cx - halfLen, cy + 0.2, 0));
    String p = "plate " + number;
    return new ForcePlate(number, 2, corners,
        Vector3Series.of(p + " force", rate, Unit.NEWTON, Frame.LAB, f[0], f[1], f[2]),
        Vector3Series.of(p + " centre of pressure", rate, Unit.METRE, Frame.LAB, cop[0], cop[1],
            cop[2]),
        ScalarSeries.of(p + " free moment", rate, Unit.NEWTON_METRE, free));
  }
}
