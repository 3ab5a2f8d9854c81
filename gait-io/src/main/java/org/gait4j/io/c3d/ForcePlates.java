package org.gait4j.io.c3d;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.c3d.C3dParameters.Parameter;
import org.gait4j.model.ForcePlate;
import org.gait4j.model.Frame;
import org.gait4j.model.Point3;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.ScalarSeries;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Turns the analog channels of the plates described by the {@code FORCE_PLATFORM} group into
 * ground-reaction force, centre of pressure and free moment in the lab frame. The conventions
 * are those of {@link C3dReader}'s class documentation.
 */
final class ForcePlates {
  private ForcePlates() {}

  /** Plates of the file, in plate order; plates of types other than 1 to 4 are skipped. */
  static List<ForcePlate> compute(C3dFile f, C3dFile.Data d, List<String> units,
      List<String> skipped) throws GaitFormatException {
    C3dParameters p = f.params;
    List<ForcePlate> out = new ArrayList<>();
    int used = f.intParam("FORCE_PLATFORM", "USED").orElse(0);
    if (used <= 0 || f.channels == 0) {
      return out;
    }
    int[] types = ints(f, "TYPE");
    int[] chan = ints(f, "CHANNEL");
    double[] corners = doubles(f, "CORNERS");
    double[] origin = doubles(f, "ORIGIN");
    Optional<Parameter> channelParam = p.parameter("FORCE_PLATFORM", "CHANNEL");
    int perPlate = channelParam.map(c -> c.dimensions().length >= 1 ? c.dimensions()[0] : 0)
        .orElse(0);
    double len = lengthToMetres(f.params.parameter("POINT", "UNITS")
        .filter(u -> u.type() == C3dParameters.DataType.CHAR).map(Parameter::string)
        .orElse("mm"));
    SamplingRate rate = SamplingRate.ofHz(f.analogRate);
    int n = d.analog.length == 0 ? 0 : d.analog[0].length;
    for (int i = 0; i < used; i++) {
      if (i >= types.length) {
        throw bad(f, "FORCE_PLATFORM:TYPE has " + types.length + " entries for " + used
            + " plates");
      }
      int type = types[i];
      int need = type == 3 ? 8 : 6;
      if (type < 1 || type > 4) {
        skipped.add(String.format(Locale.ROOT, "plate %d: type %d not supported", i + 1, type));
        continue;
      }
      if (perPlate < need || chan.length < perPlate * (i + 1)
          || corners.length < 12 * (i + 1) || origin.length < 3 * (i + 1)) {
        throw bad(f, String.format(Locale.ROOT, "plate %d (type %d) needs %d channels, 4 corners"
            + " and an origin; FORCE_PLATFORM:CHANNEL/CORNERS/ORIGIN hold %d, %d and %d values",
            i + 1, type, need, chan.length, corners.length, origin.length));
      }
      int[] ch = new int[need];
      for (int k = 0; k < need; k++) {
        ch[k] = chan[perPlate * i + k] - 1;
        if (ch[k] < 0 || ch[k] >= f.channels) {
          throw bad(f, String.format(Locale.ROOT, "plate %d channel %d is analog channel %d,"
              + " outside 1..%d", i + 1, k + 1, ch[k] + 1, f.channels));
        }
      }
      double[] cal = null;
      if (type == 4) {
        Optional<Parameter> cm = p.parameter("FORCE_PLATFORM", "CAL_MATRIX");
        double[] all = cm.filter(c -> c.type() != C3dParameters.DataType.CHAR)
            .map(Parameter::doubles).orElse(new double[0]);
        int[] dims = cm.map(Parameter::dimensions).orElse(new int[0]);
        if (dims.length < 2 || dims[0] != 6 || dims[1] != 6 || all.length < 36 * (i + 1)) {
          throw bad(f, "plate " + (i + 1) + " is of type 4 but FORCE_PLATFORM:CAL_MATRIX is not"
              + " 6 x 6 per plate");
        }
        cal = new double[36];
        System.arraycopy(all, 36 * i, cal, 0, 36);
      }
      Point3[] c = new Point3[4];
      for (int k = 0; k < 4; k++) {
        int at = 12 * i + 3 * k;
        c[k] = new Point3(corners[at] * len, corners[at + 1] * len, corners[at + 2] * len);
      }
      double[][] r = rotation(c);
      if (r == null) {
        throw bad(f, "plate " + (i + 1) + " has degenerate corners");
      }
      double ox = origin[3 * i] * len;
      double oy = origin[3 * i + 1] * len;
      double oz = Math.abs(origin[3 * i + 2]) * len;
      double momentToNm = type == 1 ? 0 : momentFactor(units, ch, type, len);
      double copToM = type == 1 ? copFactor(units.get(ch[3]), len) : 0;
      double mz1ToNm = type == 1 ? momentFactor1(units.get(ch[5]), len) : 0;
      if (type == 3) {
        ox = 0;
        oy = 0;
      }
      double cx = (c[0].x() + c[1].x() + c[2].x() + c[3].x()) / 4;
      double cy = (c[0].y() + c[1].y() + c[2].y() + c[3].y()) / 4;
      double cz = (c[0].z() + c[1].z() + c[2].z() + c[3].z()) / 4;
      double diagonal = Math.hypot(c[0].x() - c[2].x(), c[0].y() - c[2].y());
      double[] fx = null;
      double[] fy = null;
      double[] fz = null;
      double[] px = null;
      double[] py = null;
      double[] pz = null;
      double[] tz = null;
      for (int attempt = 0; attempt < 2; attempt++) {
        int loaded = 0;
        int far = 0;
        fx = new double[n];
        fy = new double[n];
        fz = new double[n];
        px = new double[n];
        py = new double[n];
        pz = new double[n];
        tz = new double[n];
        double[] raw = new double[8];
        double[] w = new double[6];
        for (int s = 0; s < n; s++) {
          for (int k = 0; k < need; k++) {
            raw[k] = d.analog[ch[k]][s];
          }
          double lx;
          double ly;
          double freeMoment;
          double vertical;
          if (type == 1) {
            // FX FY FZ, COP x y in the plate frame, free moment MZ
            w[0] = raw[0];
            w[1] = raw[1];
            w[2] = raw[2];
            vertical = -w[2];
            lx = ox + raw[3] * copToM;
            ly = oy + raw[4] * copToM;
            freeMoment = raw[5] * mz1ToNm;
          } else {
            if (type == 3) {
              double a = origin[3 * i] * len;
              double b = origin[3 * i + 1] * len;
              w[0] = raw[0] + raw[1];
              w[1] = raw[2] + raw[3];
              w[2] = raw[4] + raw[5] + raw[6] + raw[7];
              w[3] = b * (raw[4] + raw[5] - raw[6] - raw[7]);
              w[4] = a * (-raw[4] + raw[5] + raw[6] - raw[7]);
              w[5] = b * (-raw[0] + raw[1]) + a * (raw[2] - raw[3]);
            } else if (type == 4) {
              for (int row = 0; row < 6; row++) {
                double sum = 0;
                for (int col = 0; col < 6; col++) {
                  sum += cal[row + 6 * col] * raw[col];
                }
                w[row] = sum;
              }
              w[3] *= momentToNm;
              w[4] *= momentToNm;
              w[5] *= momentToNm;
            } else {
              System.arraycopy(raw, 0, w, 0, 6);
              w[3] *= momentToNm;
              w[4] *= momentToNm;
              w[5] *= momentToNm;
            }
            vertical = -w[2];
            double copx = -(w[4] + oz * w[0]) / w[2];
            double copy = (w[3] - oz * w[1]) / w[2];
            freeMoment = w[5] - (copx * w[1] - copy * w[0]);
            lx = ox + copx;
            ly = oy + copy;
          }
          // The channels hold the wrench on the subject in the plate frame (z down): rotate it.
          fx[s] = r[0][0] * w[0] + r[0][1] * w[1] + r[0][2] * w[2];
          fy[s] = r[1][0] * w[0] + r[1][1] * w[1] + r[1][2] * w[2];
          fz[s] = r[2][0] * w[0] + r[2][1] * w[1] + r[2][2] * w[2];
          if (vertical > C3dReader.COP_MIN_VERTICAL_FORCE_N && Double.isFinite(lx)
              && Double.isFinite(ly)) {
            px[s] = cx + r[0][0] * lx + r[0][1] * ly;
            py[s] = cy + r[1][0] * lx + r[1][1] * ly;
            pz[s] = cz + r[2][0] * lx + r[2][1] * ly;
            tz[s] = -freeMoment;
            loaded++;
            if (Math.hypot(lx, ly) > diagonal) {
              far++;
            }
          } else {
            px[s] = Double.NaN;
            py[s] = Double.NaN;
            pz[s] = Double.NaN;
            tz[s] = Double.NaN;
          }
        }
        // Some Vicon 370 files label N·mm moment channels "Nm": their COP falls metres away.
        if (attempt == 0 && type != 1 && type != 3 && momentToNm == 1.0 && loaded > 0
            && far > loaded / 2) {
          momentToNm = 0.001;
          skipped.add(String.format(Locale.ROOT, "plate %d: moments labelled N·m read as N·mm"
              + " (with N·m, %d of %d loaded centres of pressure fall outside the plate)",
              i + 1, far, loaded));
          continue;
        }
        break;
      }
      String name = "plate " + (i + 1);
      out.add(new ForcePlate(i + 1, type, List.of(c),
          Vector3Series.of(name + " force", rate, Unit.NEWTON, Frame.LAB, fx, fy, fz),
          Vector3Series.of(name + " centre of pressure", rate, Unit.METRE, Frame.LAB, px, py,
              pz),
          ScalarSeries.of(name + " free moment", rate, Unit.NEWTON_METRE, tz)));
    }
    return out;
  }

  /**
   * The plate-to-lab rotation (columns: plate x, y, z in the lab) from the corners, which the
   * C3D User Guide numbers by plate quadrant: 1 (+x, +y), 2 (-x, +y), 3 (-x, -y), 4 (+x, -y).
   * Null if the corners are degenerate.
   */
  static double[][] rotation(Point3[] c) {
    double[] x = {c[0].x() + c[3].x() - c[1].x() - c[2].x(),
        c[0].y() + c[3].y() - c[1].y() - c[2].y(), c[0].z() + c[3].z() - c[1].z() - c[2].z()};
    double[] y = {c[0].x() + c[1].x() - c[2].x() - c[3].x(),
        c[0].y() + c[1].y() - c[2].y() - c[3].y(), c[0].z() + c[1].z() - c[2].z() - c[3].z()};
    if (!normalise(x)) {
      return null;
    }
    double[] z = cross(x, y);
    if (!normalise(z)) {
      return null;
    }
    y = cross(z, x);
    return new double[][] {{x[0], y[0], z[0]}, {x[1], y[1], z[1]}, {x[2], y[2], z[2]}};
  }

  private static double[] cross(double[] a, double[] b) {
    return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2],
        a[0] * b[1] - a[1] * b[0]};
  }

  private static boolean normalise(double[] v) {
    double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    if (!(n > 1e-12) || !Double.isFinite(n)) {
      return false;
    }
    v[0] /= n;
    v[1] /= n;
    v[2] /= n;
    return true;
  }

  /** Metres per unit of POINT:UNITS; unknown spellings are taken as millimetres. */
  static double lengthToMetres(String units) {
    String u = units.trim().toLowerCase(Locale.ROOT);
    switch (u) {
      case "m":
      case "meters":
      case "metres":
        return 1.0;
      case "cm":
        return 0.01;
      default:
        return 0.001;
    }
  }

  private static double momentFactor(List<String> units, int[] ch, int type, double len) {
    if (type == 3) {
      return 1.0;
    }
    return momentFactor1(units.get(ch[3]), len);
  }

  /** N·m per unit of a moment channel: N·mm or N·m by its unit, else N × POINT:UNITS. */
  static double momentFactor1(String unit, double len) {
    String u = unit.trim().toLowerCase(Locale.ROOT).replace(" ", "").replace(".", "")
        .replace("-", "").replace("*", "").replace("·", "");
    switch (u) {
      case "nmm":
      case "ntmm":
        return 0.001;
      case "nm":
      case "ntm":
        return 1.0;
      default:
        return len;
    }
  }

  private static double copFactor(String unit, double len) {
    String u = unit.trim().toLowerCase(Locale.ROOT);
    return u.equals("m") ? 1.0 : u.equals("mm") ? 0.001 : u.equals("cm") ? 0.01 : len;
  }

  private static int[] ints(C3dFile f, String name) {
    return f.params.parameter("FORCE_PLATFORM", name)
        .filter(p -> p.type() != C3dParameters.DataType.CHAR).map(Parameter::ints)
        .orElse(new int[0]);
  }

  private static double[] doubles(C3dFile f, String name) {
    return f.params.parameter("FORCE_PLATFORM", name)
        .filter(p -> p.type() != C3dParameters.DataType.CHAR).map(Parameter::doubles)
        .orElse(new double[0]);
  }

  private static GaitFormatException bad(C3dFile f, String problem) {
    return GaitFormatException.atByte(f.file, f.parameterOffset(), problem);
  }
}
