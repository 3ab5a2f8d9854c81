package org.gait4j.io.c3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gait4j.io.GaitIO;
import org.gait4j.model.Annotation;
import org.gait4j.model.Axis;
import org.gait4j.model.ForcePlate;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.Landmark;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.Point3;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.Side;
import org.gait4j.model.Skeleton;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seven c3d.org sample files of {@code ../shared/data/c3d_org_gait_events} against the
 * folder's {@code files_summary.csv} and {@code *_events.csv} (extracted from the files' EVENT
 * groups by the data curators), plus force-plate sanity and read-write-read round trips.
 * Skipped when the shared data is absent.
 */
class C3dRealFilesTest {
  @TempDir
  Path dir;

  private static List<String[]> csv(Path f) throws IOException {
    List<String[]> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(f);
    for (String l : lines.subList(1, lines.size())) {
      if (!l.isBlank()) {
        rows.add(l.split(",", -1));
      }
    }
    return rows;
  }

  @Test
  void everyFileAgreesWithTheSummary() throws IOException {
    Path d = C3dTestFiles.requireData();
    List<String[]> rows = csv(d.resolve("files_summary.csv"));
    assertEquals(7, rows.size());
    for (String[] r : rows) {
      Path f = d.resolve(r[0]);
      Trial t = GaitIO.read(f);
      C3dParameters p = C3dReader.readParameters(f);
      String at = r[0];
      assertEquals(r[1].toUpperCase(Locale.ROOT), p.processor().name(), at);
      assertEquals(r[2].startsWith("INT") ? "INT16" : "FLOAT", t.metadata().get("c3d.storage"),
          at);
      assertEquals(Double.parseDouble(r[3]),
          p.parameter("POINT", "SCALE").orElseThrow().doubleValue(), 0.0, at);
      int points = t.pointSets().stream().mapToInt(s -> s.tracks().size()).sum();
      assertEquals(Integer.parseInt(r[4]), points, at + " points");
      assertEquals(r[5], t.metadata().get("c3d.firstFrame"), at);
      assertEquals(r[6], t.metadata().get("c3d.lastFrame"), at);
      int frames = Integer.parseInt(r[6]) - Integer.parseInt(r[5]) + 1;
      PointSet markers = t.pointSet(PointSet.Kind.MARKERS).orElseThrow();
      assertEquals(frames, markers.size(), at);
      assertEquals(Double.parseDouble(r[7]), markers.rate().hz(), 0.0, at);
      MultiChannelSeries a = t.analog().orElseThrow();
      assertEquals(Double.parseDouble(r[8]), a.rate().hz(), 0.0, at);
      assertEquals(Integer.parseInt(r[9]), a.channelCount(), at);
      assertEquals(frames * (int) (a.rate().hz() / markers.rate().hz()), a.size(), at);
      assertEquals(Unit.parse(r[10]), markers.tracks().get(0).position().unit(), at);
      assertEquals(Integer.parseInt(r[11]), t.forcePlates().size(), at);
      int events = p.parameter("EVENT", "USED").map(C3dParameters.Parameter::intValue)
          .orElse(0);
      assertEquals(Integer.parseInt(r[12]), events, at + " EVENT:USED");
      assertEquals(0.0, t.startTimeS(), at);
    }
  }

  @Test
  void eventsAgreeWithTheEventsCsvFiles() throws IOException {
    Path d = C3dTestFiles.requireData();
    for (String n : List.of("gait-pig", "PlugInC3D", "VER4C3D", "Walk1")) {
      Trial t = new C3dReader().read(d.resolve(n + ".c3d"));
      List<String[]> rows = csv(d.resolve(n + "_events.csv"));
      List<Annotation> ann = t.annotations();
      assertEquals(rows.size(), ann.size(), n);
      List<GaitEvent> expected = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        String[] r = rows.get(i);
        Annotation a = ann.get(i);
        assertEquals(r[0], String.format(Locale.ROOT, "%.4f", a.timeS()), n + " time " + i);
        assertEquals(r[1], a.context(), n + " context " + i);
        assertEquals(r[2], a.label(), n + " label " + i);
        String code = r[2].isEmpty() ? r[1]
            : (r[1].charAt(0) + (r[2].equals("Foot Strike") ? "HS" : "TO"));
        expected.add(new GaitEvent(code.endsWith("HS") ? GaitEventType.INITIAL_CONTACT
            : GaitEventType.TOE_OFF, code.charAt(0) == 'L' ? Side.LEFT : Side.RIGHT,
            Integer.parseInt(r[4])));
        long frame = Math.round(a.timeS() * t.pointSets().get(0).rate().hz()) + 1;
        assertEquals(Long.parseLong(r[3]), frame, n + " absolute frame " + i);
      }
      assertEquals(expected.stream().sorted().toList(), t.storedEvents().orElseThrow().list(),
          n);
      assertEquals(t.pointSets().get(0).rate(), t.storedEvents().orElseThrow().rate());
    }
  }

  @Test
  void heelIsLowAtFootStrikes() throws IOException {
    Path d = C3dTestFiles.requireData();
    for (String n : List.of("VER4C3D", "Walk1")) {
      Trial t = new C3dReader().read(d.resolve(n + ".c3d"));
      PointSet m = t.pointSet(PointSet.Kind.MARKERS).orElseThrow();
      for (GaitEvent e : t.storedEvents().orElseThrow().ofType(GaitEventType.INITIAL_CONTACT)) {
        PointTrack heel = m.landmark(e.side() == Side.LEFT ? Landmark.LEFT_HEEL
            : Landmark.RIGHT_HEEL).orElseThrow();
        double z = heel.position().get(e.sampleIndex(), Axis.Z);
        assertTrue(z > 15 && z < 80, n + " " + e + " heel height " + z + " mm");
      }
    }
  }

  @Test
  void markersModelOutputsAndSkeletons() throws IOException {
    Path d = C3dTestFiles.requireData();
    Trial pig = new C3dReader().read(d.resolve("PlugInC3D.c3d"));
    assertEquals(2, pig.pointSets().size());
    PointSet markers = pig.pointSets().get(0);
    PointSet model = pig.pointSets().get(1);
    assertEquals(Skeleton.PLUG_IN_GAIT, markers.skeleton());
    assertEquals(54, markers.tracks().size());
    assertEquals(32, model.tracks().size(), "10 angles + 8 forces + 8 moments + 6 powers");
    assertEquals(Unit.DEGREE, model.track("LKneeAngles").orElseThrow().position().unit());
    assertEquals(Unit.NEWTON_MILLIMETRE,
        model.track("LKneeMoment").orElseThrow().position().unit());
    assertTrue(markers.landmark(Landmark.LEFT_HEEL).isPresent());
    Trial raw = new C3dReader().read(d.resolve("gait-raw.c3d"));
    PointTrack lhee = raw.pointSets().get(0).landmark(Landmark.LEFT_HEEL).orElseThrow();
    assertEquals(raw.pointSets().get(0).size(), lhee.position().gaps().get(0).length(),
        "README: LHEE has residual -1 on every frame");
    assertEquals(Skeleton.CUSTOM, new C3dReader().read(d.resolve("Walk1.c3d")).pointSets()
        .get(0).skeleton());
    Trial emg = new C3dReader().read(d.resolve("Gait_with_EMG.c3d"));
    // Skeleton.landmark knows "calc"/"calcn" but not IST's "CAL" spelling (a gait-core matter).
    PointTrack lcal = emg.pointSets().get(0).track("LCAL").orElseThrow();
    assertEquals(Unit.METRE, lcal.position().unit());
    assertEquals(Landmark.LEFT_ASIS,
        emg.pointSets().get(0).track("LASI").orElseThrow().landmark().orElseThrow());
    Trial eb = new C3dReader().read(d.resolve("Eb015pr.c3d"));
    assertEquals(82.7, eb.subject().massKg().orElseThrow(), 1e-4);
    assertEquals(1.63, eb.subject().heightM().orElseThrow(), 1e-6);
    assertEquals(List.of("RIC", "RHS", "RTO"),
        eb.annotations().stream().map(Annotation::label).toList(), "header events");
  }

  @Test
  void parametersOfAnyGroupByName() throws IOException {
    Path d = C3dTestFiles.requireData();
    C3dParameters p = C3dReader.readParameters(d.resolve("Walk1.c3d"));
    assertEquals(List.of("SUBJECTS", "POINT", "ANALOG", "FORCE_PLATFORM", "MANUFACTURER",
        "EVENT_CONTEXT", "EVENT"), p.groups());
    assertEquals("Cortex", p.parameter("manufacturer", "software").orElseThrow().string());
    assertArrayEquals(new int[] {7, 2, 16},
        p.parameter("MANUFACTURER", "Version").orElseThrow().ints());
    C3dParameters.Parameter corners = p.parameter("FORCE_PLATFORM", "CORNERS").orElseThrow();
    assertArrayEquals(new int[] {3, 4, 2}, corners.dimensions());
    assertEquals(508.0, corners.doubles()[6], 0.0);
    assertEquals(List.of("LHS", "RHS", "LTO", "RTO"),
        p.parameter("EVENT_CONTEXT", "LABELS").orElseThrow().strings());
  }

  /** Force plates: vertical GRF positive near body weight in stance, COP inside the plate. */
  @Test
  void forcePlatesAreSane() throws IOException {
    Path d = C3dTestFiles.requireData();
    for (String n : C3dTestFiles.REAL) {
      Trial t = new C3dReader().read(d.resolve(n + ".c3d"));
      assertEquals(2, t.forcePlates().size(), n);
      for (ForcePlate fp : t.forcePlates()) {
        double[] fz = fp.force().z();
        double max = 0;
        for (double v : fz) {
          max = Math.max(max, v);
        }
        String at = n + " plate " + fp.number();
        assertTrue(max > 550 && max < 1300, at + " peak vertical force " + max + " N");
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point3 c : fp.corners()) {
          minX = Math.min(minX, c.x());
          maxX = Math.max(maxX, c.x());
          minY = Math.min(minY, c.y());
          maxY = Math.max(maxY, c.y());
        }
        int stance = 0;
        for (int i = 0; i < fz.length; i++) {
          if (fz[i] > 100) {
            stance++;
            double x = fp.centreOfPressure().get(i, Axis.X);
            double y = fp.centreOfPressure().get(i, Axis.Y);
            assertTrue(x >= minX - 0.01 && x <= maxX + 0.01 && y >= minY - 0.01
                && y <= maxY + 0.01, at + " sample " + i + " COP " + x + ", " + y);
            assertTrue(Math.abs(fp.freeMoment().get(i)) < 30, at + " free moment");
          }
        }
        assertTrue(stance > 0.2 * fp.rate().hz(), at + " stance samples " + stance);
      }
    }
    Trial eb = new C3dReader().read(d.resolve("Eb015pr.c3d"));
    double weight = eb.subject().massKg().orElseThrow() * 9.81;
    for (ForcePlate fp : eb.forcePlates()) {
      double max = 0;
      for (double v : fp.force().z()) {
        max = Math.max(max, v);
      }
      assertEquals(weight, max, 0.2 * weight, "Eb015pr peak vertical force vs body weight");
    }
  }

  /** Read, write in the file's own encoding carrying its parameters, read again: identical. */
  @Test
  void readWriteReadLosesNothing() throws IOException {
    Path d = C3dTestFiles.requireData();
    for (String n : C3dTestFiles.REAL) {
      Path in = d.resolve(n + ".c3d");
      C3dParameters p = C3dReader.readParameters(in);
      Trial a = new C3dReader().read(in);
      Path out = dir.resolve(n + ".c3d");
      C3dWriter.matching(p).write(a, p, out);
      Trial b = new C3dReader().read(out);
      C3dParameters q = C3dReader.readParameters(out);
      assertEquals(p.processor(), q.processor(), n);
      assertSameTrial(n, a, b);
      for (String g : p.groups()) {
        if (g.equals("EVENT")) {
          continue;
        }
        for (C3dParameters.Parameter x : p.parameters(g)) {
          if (g.equals("POINT") || g.equals("ANALOG") || g.equals("TRIAL")) {
            continue;
          }
          assertTrue(q.parameter(g, x.name()).orElseThrow().sameValues(x),
              n + " " + x + " carried");
        }
      }
    }
  }

  /** Without carried parameters, into another processor and storage: model outputs survive. */
  @Test
  void writeWithoutCarriedParametersIntoMipsFloat() throws IOException {
    Path d = C3dTestFiles.requireData();
    Trial a = new C3dReader().read(d.resolve("PlugInC3D.c3d"));
    Path out = dir.resolve("mips.c3d");
    C3dWriter.defaults().withProcessor(C3dParameters.Processor.MIPS).write(a, out);
    Trial b = new C3dReader().read(out);
    assertEquals("MIPS", b.metadata().get("c3d.processor"));
    assertEquals(a.pointSets().size(), b.pointSets().size());
    for (int s = 0; s < a.pointSets().size(); s++) {
      PointSet x = a.pointSets().get(s);
      PointSet y = b.pointSets().get(s);
      assertEquals(x.skeleton(), y.skeleton());
      assertEquals(x.tracks().size(), y.tracks().size());
      for (int i = 0; i < x.tracks().size(); i++) {
        double[] p = x.tracks().get(i).position().z();
        double[] q = y.tracks().get(i).position().z();
        for (int k = 0; k < p.length; k++) {
          if (Double.isNaN(p[k])) {
            assertTrue(Double.isNaN(q[k]), x.tracks().get(i).label() + " stays invalid");
          } else {
            assertEquals(p[k], q[k], Math.abs(p[k]) * 1e-7 + 1e-9, x.tracks().get(i).label());
          }
        }
      }
    }
    assertEquals(a.annotations(), b.annotations());
    assertEquals(a.storedEvents(), b.storedEvents());
    assertEquals(a.analog().orElseThrow().channelCount(),
        b.analog().orElseThrow().channelCount());
    assertTrue(b.forcePlates().isEmpty(), "plates are only written from carried parameters");
  }

  static void assertSameTrial(String n, Trial a, Trial b) {
    assertEquals(a.toString(), b.toString(), n);
    assertEquals(a.pointSets().size(), b.pointSets().size(), n);
    for (int s = 0; s < a.pointSets().size(); s++) {
      List<PointTrack> ta = a.pointSets().get(s).tracks();
      List<PointTrack> tb = b.pointSets().get(s).tracks();
      assertEquals(ta.size(), tb.size(), n);
      for (int i = 0; i < ta.size(); i++) {
        String at = n + " " + ta.get(i).label();
        assertEquals(ta.get(i).label(), tb.get(i).label(), at);
        assertEquals(ta.get(i).landmark(), tb.get(i).landmark(), at);
        assertEquals(ta.get(i).position().unit(), tb.get(i).position().unit(), at);
        for (Axis ax : Axis.values()) {
          assertBitwise(ta.get(i).position().component(ax), tb.get(i).position().component(ax),
              at + " " + ax);
        }
        assertBitwise(ta.get(i).quality().orElseThrow().toArray(),
            tb.get(i).quality().orElseThrow().toArray(), at + " residual");
      }
    }
    MultiChannelSeries aa = a.analog().orElseThrow();
    MultiChannelSeries ab = b.analog().orElseThrow();
    assertEquals(aa.names(), ab.names(), n);
    assertEquals(aa.units(), ab.units(), n);
    for (int c = 0; c < aa.channelCount(); c++) {
      assertBitwise(aa.values(c), ab.values(c), n + " analog " + aa.names().get(c));
    }
    assertEquals(a.annotations(), b.annotations(), n);
    assertEquals(a.storedEvents(), b.storedEvents(), n);
    assertEquals(a.subject(), b.subject(), n);
    assertEquals(a.metadata(), b.metadata(), n);
    for (int i = 0; i < a.forcePlates().size(); i++) {
      ForcePlate x = a.forcePlates().get(i);
      ForcePlate y = b.forcePlates().get(i);
      assertEquals(x.corners(), y.corners(), n);
      assertBitwise(x.force().z(), y.force().z(), n + " plate force");
      assertBitwise(x.centreOfPressure().x(), y.centreOfPressure().x(), n + " plate COP");
      assertBitwise(x.freeMoment().toArray(), y.freeMoment().toArray(), n + " free moment");
    }
  }

  private static void assertBitwise(double[] a, double[] b, String what) {
    assertEquals(a.length, b.length, what);
    for (int i = 0; i < a.length; i++) {
      if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(b[i])) {
        throw new AssertionError(what + " sample " + i + ": " + a[i] + " != " + b[i]);
      }
    }
  }
}
