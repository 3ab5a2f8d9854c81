package org.gait4j.io.c3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gait4j.io.c3d.C3dParameters.Processor;
import org.gait4j.io.c3d.C3dWriter.Storage;
import org.gait4j.model.Annotation;
import org.gait4j.model.ForcePlate;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The synthetic trial written in every processor type and storage, read back and checked
 * against its known answers (markers, invalid samples, residuals, analog, the four force-plate
 * types, events, first frame), and the committed fixtures checked byte for byte against a fresh
 * write (they were produced by {@code -Dc3d.regenerateFixtures=true} on this test).
 */
class C3dFixturesTest {
  @TempDir
  Path dir;

  static C3dWriter writer(Processor p, Storage s) {
    return C3dWriter.defaults().withProcessor(p).withStorage(s);
  }

  @ParameterizedTest
  @EnumSource(Processor.class)
  void int16RoundTripInEveryProcessor(Processor p) throws IOException {
    check(p, Storage.INT16);
  }

  @ParameterizedTest
  @EnumSource(Processor.class)
  void floatRoundTripInEveryProcessor(Processor p) throws IOException {
    check(p, Storage.FLOAT);
  }

  private void check(Processor p, Storage s) throws IOException {
    Path f = dir.resolve(p + "_" + s + ".c3d");
    SyntheticC3d.write(writer(p, s), f);
    C3dParameters params = C3dReader.readParameters(f);
    assertEquals(p, params.processor());
    double scale = params.parameter("POINT", "SCALE").orElseThrow().doubleValue();
    assertEquals(s == Storage.FLOAT, scale < 0, "sign of POINT:SCALE gives the storage");
    Trial t = new C3dReader().read(f);
    Trial e = SyntheticC3d.trial();
    assertEquals(p.name(), t.metadata().get("c3d.processor"));
    assertEquals(s.name(), t.metadata().get("c3d.storage"));
    assertEquals(e.startTimeS(), t.startTimeS(), 1e-12);
    assertEquals("5", t.metadata().get("c3d.firstFrame"));
    assertEquals("S1", t.subject().id());
    PointSet pe = e.pointSets().get(0);
    PointSet pr = t.pointSet(PointSet.Kind.MARKERS).orElseThrow();
    assertEquals(pe.tracks().size(), pr.tracks().size());
    double step = Math.abs(scale);
    for (int i = 0; i < pe.tracks().size(); i++) {
      PointTrack a = pe.tracks().get(i);
      PointTrack b = pr.tracks().get(i);
      assertEquals(a.label(), b.label());
      double tol = s == Storage.FLOAT ? 0 : step / 2 + 1e-9;
      assertArrayEquals(a.position().x(), b.position().x(), tol);
      assertArrayEquals(a.position().y(), b.position().y(), tol);
      assertArrayEquals(a.position().z(), b.position().z(), tol);
      assertArrayEquals(a.quality().orElseThrow().toArray(), b.quality().orElseThrow().toArray(),
          step / 2 + 1e-6, "residuals are quantised to |POINT:SCALE|");
    }
    assertTrue(Double.isNaN(pr.tracks().get(1).position().get(3, org.gait4j.model.Axis.X)));
    assertTrue(Double.isNaN(pr.tracks().get(1).quality().orElseThrow().get(4)));
    MultiChannelSeries ae = e.analog().orElseThrow();
    MultiChannelSeries ar = t.analog().orElseThrow();
    assertEquals(ae.rate(), ar.rate());
    assertEquals(ae.names(), ar.names());
    assertEquals(ae.units(), ar.units());
    for (int c = 0; c < ae.channelCount(); c++) {
      double max = 0;
      for (double v : ae.values(c)) {
        max = Math.max(max, Math.abs(v));
      }
      double tol = s == Storage.FLOAT ? 1e-6 * Math.max(1, max) : max / 32000 / 2 * 1.0001;
      assertArrayEquals(ae.values(c), ar.values(c), tol, "channel " + c);
    }
    checkPlates(t.forcePlates(), s == Storage.FLOAT ? 1e-4 : 2e-3);
    assertEquals(List.of(new Annotation("Foot Strike", "Left", (double) 0.12f),
        new Annotation("Foot Off", "Right", 60 + (double) 1.5f)), t.annotations());
    assertEquals(List.of(new GaitEvent(GaitEventType.INITIAL_CONTACT, Side.LEFT, 2)),
        t.storedEvents().orElseThrow().list(), "0.12 s at 50 Hz = frame 7 = sample 2 (first 5)");
  }

  /** All four plate types give the synthetic load back. */
  static void checkPlates(List<ForcePlate> plates, double relTol) {
    assertEquals(4, plates.size());
    for (int i = 0; i < 4; i++) {
      ForcePlate fp = plates.get(i);
      assertEquals(i + 1, fp.type());
      for (int k = 0; k < fp.size(); k++) {
        boolean loaded = k % 2 == 1;
        double[] f = {fp.force().x()[k], fp.force().y()[k], fp.force().z()[k]};
        double cx = fp.centreOfPressure().x()[k];
        double cy = fp.centreOfPressure().y()[k];
        if (!loaded) {
          assertTrue(Double.isNaN(cx) && Double.isNaN(fp.freeMoment().get(k)),
              "unloaded plate has no COP");
          continue;
        }
        String at = "plate type " + (i + 1) + " sample " + k;
        for (int a = 0; a < 3; a++) {
          assertEquals(SyntheticC3d.FORCE_LAB[a], f[a], 700 * relTol, at + " force " + a);
        }
        double ex = SyntheticC3d.CENTRES[i][0] / 1000 - SyntheticC3d.COP_PLATE[0];
        double ey = SyntheticC3d.CENTRES[i][1] / 1000 + SyntheticC3d.COP_PLATE[1];
        assertEquals(ex, cx, 1e-3 + relTol, at + " COP x");
        assertEquals(ey, cy, 1e-3 + relTol, at + " COP y");
        assertEquals(0, fp.centreOfPressure().z()[k], 1e-9, at + " COP on the surface");
        assertEquals(SyntheticC3d.FREE_MOMENT, fp.freeMoment().get(k), 0.05 + 10 * relTol,
            at + " free moment");
      }
    }
  }

  @Test
  void committedFixturesEqualAFreshWrite() throws IOException {
    Object[][] specs = {{"synthetic_mips_int16.c3d", Processor.MIPS, Storage.INT16},
        {"synthetic_dec_float.c3d", Processor.DEC, Storage.FLOAT},
        {"synthetic_intel_int16.c3d", Processor.INTEL, Storage.INT16}};
    for (Object[] spec : specs) {
      Path fresh = dir.resolve((String) spec[0]);
      SyntheticC3d.write(writer((Processor) spec[1], (Storage) spec[2]), fresh);
      if (Boolean.getBoolean("c3d.regenerateFixtures")) {
        Files.copy(fresh, Path.of("src/test/resources/c3d").resolve((String) spec[0]),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        continue;
      }
      assertArrayEquals(Files.readAllBytes(C3dTestFiles.fixture((String) spec[0])),
          Files.readAllBytes(fresh), spec[0] + " differs from a fresh write");
    }
  }
}
