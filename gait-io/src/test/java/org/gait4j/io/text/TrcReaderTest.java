package org.gait4j.io.text;

import org.gait4j.io.TestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.GaitIO;
import org.gait4j.io.TrialReader;
import org.gait4j.io.TrialReaderContract;
import org.gait4j.model.Axis;
import org.gait4j.model.Frame;
import org.gait4j.model.Landmark;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Skeleton;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrcReaderTest extends TrialReaderContract {
  @TempDir Path tmp;

  @Override
  protected TrialReader reader() {
    return new TrcReader();
  }

  @Override
  protected List<Path> validSamples() {
    List<Path> out = new ArrayList<>();
    Path p = TestData.optional("opencap_video_walk_trc/walk.trc");
    if (p != null) {
      out.add(p);
    }
    out.add(Path.of("src/test/resources/text/pig_small.trc"));
    return out;
  }

  @Override
  protected String fuzzExtension() {
    return "trc";
  }

  @Test
  void openCapWalkIsVideoKeypointsIn3dWithHeelsAndToes() throws IOException {
    // README: 60 Hz, 222 frames, 63 markers, units m; first and last rows as in the file.
    Trial t = GaitIO.read(TestData.require("opencap_video_walk_trc/walk.trc"));
    PointSet p = t.pointSets().get(0);
    assertEquals(PointSet.Kind.KEYPOINTS_3D, p.kind());
    assertEquals(Skeleton.CUSTOM, p.skeleton());
    assertEquals(60.0, p.rate().hz());
    assertEquals(222, p.size());
    assertEquals(63, p.tracks().size());
    assertEquals("Neck", p.tracks().get(0).label());
    Vector3Series neck = p.tracks().get(0).position();
    assertEquals(Unit.METRE, neck.unit());
    assertEquals(Frame.LAB, neck.frame());
    assertEquals(-4.1298500, neck.get(0, Axis.X), 0);
    assertEquals(1.6742138, neck.get(0, Axis.Y), 0);
    assertEquals(1.1115100, neck.get(221, Axis.X), 0);
    assertEquals(-0.1024200, neck.get(221, Axis.Z), 0);
    assertEquals("RHeel", p.landmark(Landmark.RIGHT_HEEL).orElseThrow().label());
    assertEquals("LBigToe", p.landmark(Landmark.LEFT_BIG_TOE).orElseThrow().label());
    assertEquals(Landmark.RIGHT_HEEL, p.track("r_calc_study").orElseThrow().landmark()
        .orElseThrow());
    assertEquals(Landmark.LEFT_ASIS, p.track("L.ASIS_study").orElseThrow().landmark()
        .orElseThrow());
    assertEquals(0.0, t.startTimeS(), 0);
    assertEquals("0", t.metadata().get("timing.irregularIntervals"));
  }

  @Test
  void markerLabelsGiveMarkersAndTheirLayout() throws IOException {
    Trial t = new TrcReader().read(Path.of("src/test/resources/text/pig_small.trc"));
    PointSet p = t.pointSets().get(0);
    assertEquals(PointSet.Kind.MARKERS, p.kind());
    assertEquals(Skeleton.PLUG_IN_GAIT, p.skeleton());
    assertEquals(Unit.MILLIMETRE, p.tracks().get(0).position().unit());
    // The fixture's LHEE is missing (empty fields) in frame 2.
    assertTrue(Double.isNaN(p.track("LHEE").orElseThrow().position().get(1, Axis.Y)));
    assertEquals(0.5, t.startTimeS(), 0);
  }

  @Test
  void openCapWalkRoundTripsExactly() throws IOException {
    Path in = TestData.require("opencap_video_walk_trc/walk.trc");
    Trial a = new TrcReader().read(in);
    Path out = tmp.resolve("walk_copy.trc");
    TrcWriter.write(a.pointSets().get(0), a.startTimeS(), out);
    assertSame(a, new TrcReader().read(out));
  }

  @Property(tries = 30)
  void randomPointSetsRoundTripBitForBit(@ForAll @IntRange(min = 0, max = 100_000) int seed)
      throws IOException {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(40);
    int m = 1 + r.nextInt(5);
    SamplingRate rate = SamplingRate.ofHz(new double[] {60, 100, 120.5, 204.8, 1 / 3.0}[r
        .nextInt(5)]);
    Unit unit = new Unit[] {Unit.METRE, Unit.MILLIMETRE, Unit.CENTIMETRE}[r.nextInt(3)];
    List<PointTrack> tracks = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      double[][] c = new double[3][n];
      for (double[] col : c) {
        for (int i = 0; i < n; i++) {
          col[i] = r.nextInt(10) == 0 ? Double.NaN
              : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(12) - 6);
        }
      }
      String label = "M" + k + (r.nextBoolean() ? "_x" : "");
      tracks.add(PointTrack.of(label, Skeleton.CUSTOM.landmark(label),
          Vector3Series.of(label, rate, unit, Frame.LAB, c[0], c[1], c[2])));
    }
    PointSet p = PointSet.of(PointSet.Kind.MARKERS, Skeleton.CUSTOM, rate, tracks);
    double start = r.nextInt(3) * 0.25;
    Path f = Files.createTempFile("rt", ".trc");
    try {
      TrcWriter.write(p, start, f);
      Trial back = new TrcReader().read(f);
      assertEquals(start, back.startTimeS(), 0);
      assertSamePoints(p, back.pointSets().get(0));
    } finally {
      Files.deleteIfExists(f);
    }
  }

  private static void assertSame(Trial a, Trial b) {
    assertEquals(a.startTimeS(), b.startTimeS(), 0);
    assertSamePoints(a.pointSets().get(0), b.pointSets().get(0));
  }

  private static void assertSamePoints(PointSet a, PointSet b) {
    assertEquals(a.rate(), b.rate());
    assertEquals(a.kind(), b.kind());
    assertEquals(a.size(), b.size());
    assertEquals(a.tracks().size(), b.tracks().size());
    for (int k = 0; k < a.tracks().size(); k++) {
      PointTrack x = a.tracks().get(k);
      PointTrack y = b.tracks().get(k);
      assertEquals(x.label(), y.label());
      assertEquals(x.landmark(), y.landmark());
      assertEquals(x.position().unit(), y.position().unit());
      for (Axis ax : Axis.values()) {
        double[] u = x.position().component(ax);
        double[] v = y.position().component(ax);
        for (int i = 0; i < u.length; i++) {
          assertEquals(Double.doubleToLongBits(u[i]), Double.doubleToLongBits(v[i]),
              x.label() + " " + ax + " " + i + ": " + u[i] + " vs " + v[i]);
        }
      }
    }
  }

  @Test
  void writerRefusesWhatTrcCannotHold() {
    SamplingRate r = SamplingRate.ofHz(100);
    PointSet mixed = PointSet.of(PointSet.Kind.MARKERS, Skeleton.CUSTOM, r, List.of(
        PointTrack.of("A", Optional.empty(), Vector3Series.of("A", r, Unit.METRE, Frame.LAB,
            new double[1], new double[1], new double[1])),
        PointTrack.of("B", Optional.empty(), Vector3Series.of("B", r, Unit.MILLIMETRE,
            Frame.LAB, new double[1], new double[1], new double[1]))));
    assertThrows(IllegalArgumentException.class,
        () -> TrcWriter.write(mixed, 0, "x.trc", new StringWriter()));
  }

  @Test
  void truncatedAndBrokenFilesAreFormatErrors() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/text/pig_small.trc"));
    // Drop the last data row: NumFrames no longer matches.
    assertError(String.join("\n", lines.subList(0, lines.size() - 1)) + "\n", "truncated");
    // A header only.
    assertError(String.join("\n", lines.subList(0, 2)) + "\n", "header");
    // A coordinate that is not a number, and a row with a missing field.
    List<String> bad = new ArrayList<>(lines);
    bad.set(6, bad.get(6).replaceFirst("\t[0-9.-]+$", "\tx"));
    assertError(String.join("\n", bad) + "\n", "not a number");
    bad = new ArrayList<>(lines);
    bad.set(6, bad.get(6).replaceFirst("\t[^\t]*$", ""));
    assertError(String.join("\n", bad) + "\n", "fields");
    // Time going backwards.
    bad = new ArrayList<>(lines);
    bad.set(7, bad.get(7).replaceFirst("^52\t[^\t]*", "52\t0.1"));
    assertError(String.join("\n", bad) + "\n", "not increasing");
  }

  private void assertError(String content, String fragment) throws IOException {
    Path f = tmp.resolve("bad" + Math.abs(content.hashCode()) + ".trc");
    Files.writeString(f, content);
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new TrcReader().read(f));
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
