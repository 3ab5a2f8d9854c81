package org.gait4j.io.c3d;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gait4j.io.c3d.C3dParameters.Group;
import org.gait4j.io.c3d.C3dParameters.Parameter;
import org.gait4j.io.c3d.C3dParameters.Processor;
import org.gait4j.model.Annotation;
import org.gait4j.model.Frame;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.ScalarSeries;
import org.gait4j.model.Skeleton;
import org.gait4j.model.Subject;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * A small synthetic trial with known answers: 3 markers (one invalid for 2 frames), 10 frames at
 * 50 Hz starting at frame 5, 26 force-plate channels at 100 Hz for four plates of types 1, 2, 3
 * and 4 that all carry the same load, and two events.
 *
 * <p>Every plate carries, in its loaded samples (odd analog samples), the reaction force
 * {@link #FORCE_LAB} (N, lab) at the centre of pressure {@link #COP_PLATE} (m, plate frame,
 * from the surface centre) with free moment {@link #FREE_MOMENT} (N·m about the upward normal);
 * the even samples are unloaded (all channels 0). The plates' frames have x = −X(lab),
 * y = +Y(lab), z = −Z(lab), as in the c3d.org Vicon samples, so the expected lab COP is
 * {@code centre + (−COP_PLATE.x, COP_PLATE.y, 0)}. The channel values are derived by hand from
 * the C3D User Guide's plate definitions (the equations are in the comments).
 *
 * <p>The committed fixtures {@code src/test/resources/c3d/synthetic_*.c3d} are this trial
 * written by {@link C3dWriter} ({@code C3dFixturesTest} regenerates and compares them).
 */
final class SyntheticC3d {
  static final double[] FORCE_LAB = {30, -20, 700};
  static final double[] COP_PLATE = {0.10, -0.05};
  static final double FREE_MOMENT = 2.0;
  /** Plate surface centres, lab, mm. */
  static final double[][] CENTRES = {{500, 1000, 0}, {1200, 1000, 0}, {1900, 1000, 0},
      {2600, 1000, 0}};
  static final int FRAMES = 10;
  static final int FIRST_FRAME = 5;
  static final double RATE = 50;

  private SyntheticC3d() {}

  static Trial trial() {
    SamplingRate r = SamplingRate.ofHz(RATE);
    List<PointTrack> tracks = new ArrayList<>();
    String[] labels = {"LHEE", "RHEE", "C7"};
    for (int p = 0; p < labels.length; p++) {
      double[] x = new double[FRAMES];
      double[] y = new double[FRAMES];
      double[] z = new double[FRAMES];
      double[] q = new double[FRAMES];
      for (int f = 0; f < FRAMES; f++) {
        x[f] = 100.5 * p + 10 * f - 1500;
        y[f] = -250.25 + p;
        z[f] = 40 + 3 * f + 700 * p;
        q[f] = 0.5 * (1 + (f % 3));
      }
      if (p == 1) {
        x[3] = y[3] = z[3] = q[3] = Double.NaN;
        x[4] = y[4] = z[4] = q[4] = Double.NaN;
      }
      tracks.add(PointTrack.of(labels[p], Skeleton.CUSTOM.landmark(labels[p]),
          Vector3Series.of(labels[p], r, Unit.MILLIMETRE, Frame.LAB, x, y, z),
          ScalarSeries.of(labels[p] + " residual", r, Unit.MILLIMETRE, q)));
    }
    return Trial.builder("synthetic").subject(Subject.withId("S1"))
        .startTimeS((FIRST_FRAME - 1) / RATE)
        .addPointSet(PointSet.of(PointSet.Kind.MARKERS, Skeleton.CUSTOM, r, tracks))
        .analog(analog())
        .addAnnotation(new Annotation("Foot Strike", "Left", 0.12))
        .addAnnotation(new Annotation("Foot Off", "Right", 61.5))
        .build();
  }

  // Plate frame wrench of the reaction on the subject: w = R^T F_lab with R = diag(-1, 1, -1).
  private static final double FX = -FORCE_LAB[0];
  private static final double FY = FORCE_LAB[1];
  private static final double FZ = -FORCE_LAB[2];
  /** Origin of plates 1, 2, 4 (m, plate frame, from the surface centre): (ox, oy, depth). */
  private static final double[] ORIGIN = {0.002, -0.001, 0.040};
  /** Free moment about plate z: the output is about the upward normal, so it is -Tz. */
  private static final double TZ = -FREE_MOMENT;

  private static MultiChannelSeries analog() {
    int n = 2 * FRAMES;
    double[][] ch = new double[26][n];
    double px = COP_PLATE[0] - ORIGIN[0];
    double py = COP_PLATE[1] - ORIGIN[1];
    double h = ORIGIN[2];
    // COP = (-(My + h Fx)/Fz, (Mx - h Fy)/Fz) from the origin, so:
    double mx = py * FZ + h * FY;
    double my = -px * FZ - h * FX;
    // Tz = Mz - (px Fy - py Fx)
    double mz = TZ + (px * FY - py * FX);
    double[] type1 = {FX, FY, FZ, px * 1000, py * 1000, TZ * 1000};
    double[] type2 = {FX, FY, FZ, mx * 1000, my * 1000, mz * 1000};
    // Type 3 (Kistler), a = 0.2 m, b = 0.3 m, az0 = -0.04 m, origin below the centre:
    double a = 0.2;
    double b = 0.3;
    double mx3 = COP_PLATE[1] * FZ + h * FY;
    double my3 = -COP_PLATE[0] * FZ - h * FX;
    double mz3 = TZ + (COP_PLATE[0] * FY - COP_PLATE[1] * FX);
    double s = FZ;
    double am = mx3 / b;
    double bm = my3 / a;
    double d = mz3 / (2 * b);
    double[] type3 = {FX / 2 - d, FX / 2 + d, FY / 2, FY / 2, (s + am - bm) / 4,
        (s + am + bm) / 4, (s - am + bm) / 4, (s - am - bm) / 4};
    // Type 4: raw = CAL^-1 w for CAL = diag(2, 2, 4, 1000, 1000, 500) + CAL(3, 0) = 0.5.
    double r0 = FX / 2;
    double[] type4 = {r0, FY / 2, FZ / 4, (mx * 1000 - 0.5 * r0) / 1000, my * 1000 / 1000,
        mz * 1000 / 500};
    for (int i = 1; i < n; i += 2) {
      for (int k = 0; k < 6; k++) {
        ch[k][i] = type1[k];
        ch[6 + k][i] = type2[k];
        ch[20 + k][i] = type4[k];
      }
      for (int k = 0; k < 8; k++) {
        ch[12 + k][i] = type3[k];
      }
    }
    List<String> names = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    for (int c = 0; c < 26; c++) {
      names.add("CH" + (c + 1));
      boolean moment = (c >= 9 && c < 12) || c == 5;
      boolean cop = c == 3 || c == 4;
      units.add(c >= 12 && c < 20 ? Unit.NEWTON : cop ? Unit.MILLIMETRE
          : moment ? Unit.NEWTON_MILLIMETRE : c >= 20 ? (c >= 23 ? Unit.NEWTON_MILLIMETRE
              : Unit.NEWTON) : Unit.NEWTON);
    }
    return MultiChannelSeries.of(SamplingRate.ofHz(2 * RATE), names, units, ch);
  }

  /** The FORCE_PLATFORM group (and a SUBJECTS group) the writer carries into the file. */
  static C3dParameters carried(Processor p) {
    Map<String, Group> groups = new LinkedHashMap<>();
    Group fp = new Group("FORCE_PLATFORM", "Force platforms", false);
    put(fp, Parameter.ofInts("FORCE_PLATFORM", "USED", "", new int[0], new int[] {4}));
    put(fp, Parameter.ofInts("FORCE_PLATFORM", "TYPE", "", new int[] {4},
        new int[] {1, 2, 3, 4}));
    double[] corners = new double[48];
    double[][] quad = {{-250, 300}, {250, 300}, {250, -300}, {-250, -300}};
    for (int i = 0; i < 4; i++) {
      for (int k = 0; k < 4; k++) {
        corners[12 * i + 3 * k] = CENTRES[i][0] + quad[k][0];
        corners[12 * i + 3 * k + 1] = CENTRES[i][1] + quad[k][1];
        corners[12 * i + 3 * k + 2] = 0;
      }
    }
    put(fp, Parameter.ofFloats("FORCE_PLATFORM", "CORNERS", "", new int[] {3, 4, 4}, corners));
    double[] origin = new double[12];
    for (int i : new int[] {0, 1, 3}) {
      origin[3 * i] = ORIGIN[0] * 1000;
      origin[3 * i + 1] = ORIGIN[1] * 1000;
      // stored negative for plate 2, positive for the others: the reader takes |z|
      origin[3 * i + 2] = (i == 1 ? -1 : 1) * ORIGIN[2] * 1000;
    }
    origin[6] = 200;
    origin[7] = 300;
    origin[8] = -40;
    put(fp, Parameter.ofFloats("FORCE_PLATFORM", "ORIGIN", "", new int[] {3, 4}, origin));
    int[] channel = new int[32];
    for (int k = 0; k < 6; k++) {
      channel[k] = 1 + k;
      channel[8 + k] = 7 + k;
      channel[24 + k] = 21 + k;
    }
    for (int k = 0; k < 8; k++) {
      channel[16 + k] = 13 + k;
    }
    put(fp, Parameter.ofInts("FORCE_PLATFORM", "CHANNEL", "", new int[] {8, 4}, channel));
    double[] cal = new double[36 * 4];
    double[] diag = {2, 2, 4, 1000, 1000, 500};
    for (int k = 0; k < 6; k++) {
      cal[36 * 3 + k + 6 * k] = diag[k];
    }
    cal[36 * 3 + 3] = 0.5; // row 3 (Mx), column 0 (raw Fx)
    put(fp, Parameter.ofFloats("FORCE_PLATFORM", "CAL_MATRIX", "", new int[] {6, 6, 4}, cal));
    groups.put("FORCE_PLATFORM", fp);
    Group subj = new Group("SUBJECTS", "", false);
    put(subj, Parameter.ofStrings("SUBJECTS", "NAMES", "", List.of("S1")));
    groups.put("SUBJECTS", subj);
    return new C3dParameters(p, groups);
  }

  private static void put(Group g, Parameter p) {
    g.params.put(C3dParameters.key(p.name()), p.inGroup(g.name));
  }

  /** Writes the synthetic trial with {@code writer}. */
  static void write(C3dWriter writer, Path file) throws IOException {
    writer.write(trial(), carried(writer.processor()), file);
  }
}
