package org.gait4j.io.text;

import org.gait4j.io.TestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.GaitIO;
import org.gait4j.io.TrialReader;
import org.gait4j.io.TrialReaderContract;
import org.gait4j.io.imu.ImuCsvReader;
import org.gait4j.model.Axis;
import org.gait4j.model.Frame;
import org.gait4j.model.Landmark;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expected values of gaitmap's {@code mocap_sample.csv} are the text of its first and last data
 * rows (lines 3 and 3872), compared exactly: the same decimal text parses to the same double.
 */
class MarkerCsvReaderTest extends TrialReaderContract {
  private static final String GAITMAP = "gaitmap_foot_imu/";
  private static final Path SMALL = Path.of("src/test/resources/text/gaitmap_mocap_small.csv");
  private static final Path TIMED = Path.of("src/test/resources/text/marker_time.csv");

  @Override
  protected TrialReader reader() {
    return new MarkerCsvReader();
  }

  @Override
  protected List<Path> validSamples() {
    List<Path> out = new ArrayList<>(List.of(SMALL, TIMED));
    Path real = TestData.optional(GAITMAP + "mocap_sample.csv");
    if (real != null) {
      out.add(real);
    }
    return out;
  }

  @Override
  protected String fuzzExtension() {
    return "csv";
  }

  @Test
  void gaitmapMocapSample() throws IOException {
    Path p = TestData.require(GAITMAP + "mocap_sample.csv");
    assertInstanceOf(MarkerCsvReader.class, GaitIO.readerFor(p).orElseThrow());
    Trial t = GaitIO.read(p);
    PointSet m = t.pointSet(PointSet.Kind.MARKERS).orElseThrow();
    // README: 3870 frames at 100 Hz, 6 markers, mm, lab frame.
    assertEquals(3870, m.size());
    assertEquals(100.0, m.rate().hz());
    assertEquals(0.0, t.startTimeS());
    assertEquals(List.of("L_TOE", "R_TOE", "L_FCC", "R_FCC", "R_FM5", "L_FM5"),
        m.tracks().stream().map(PointTrack::label).toList());
    PointTrack lheel = m.landmark(Landmark.LEFT_HEEL).orElseThrow();
    assertEquals("L_FCC", lheel.label());
    assertEquals("R_FCC", m.landmark(Landmark.RIGHT_HEEL).orElseThrow().label());
    assertEquals("L_TOE", m.landmark(Landmark.LEFT_TOE).orElseThrow().label());
    assertEquals("R_TOE", m.landmark(Landmark.RIGHT_TOE).orElseThrow().label());
    assertEquals("R_FM5", m.landmark(Landmark.RIGHT_SMALL_TOE).orElseThrow().label());
    assertEquals(Unit.MILLIMETRE, lheel.position().unit());
    assertEquals(Frame.LAB, lheel.position().frame());
    // line 3: 0,33006.83984375,10512.23828125,55.70233917236328,...
    PointTrack ltoe = m.track("L_TOE").orElseThrow();
    assertEquals(33006.83984375, ltoe.position().get(0, Axis.X));
    assertEquals(10512.23828125, ltoe.position().get(0, Axis.Y));
    assertEquals(55.70233917236328, ltoe.position().get(0, Axis.Z));
    // last line, frame 3869: ...,L_FM5 = 33023.99609375,10322.7236328125,44.567623138427734
    PointTrack lfm5 = m.track("L_FM5").orElseThrow();
    assertEquals(33023.99609375, lfm5.position().get(3869, Axis.X));
    assertEquals(10322.7236328125, lfm5.position().get(3869, Axis.Y));
    assertEquals(44.567623138427734, lfm5.position().get(3869, Axis.Z));
    assertEquals(45.80315017700195, lheel.position().get(0, Axis.Z));
  }

  @Test
  void gaitmapImuFileStaysWithTheImuReader() throws IOException {
    Path p = TestData.require(GAITMAP + "imu_sample.csv");
    assertInstanceOf(ImuCsvReader.class, GaitIO.readerFor(p).orElseThrow());
    byte[] head = Files.readAllBytes(p);
    assertEquals(TrialReader.Match.NO, new MarkerCsvReader().sniff(p,
        java.util.Arrays.copyOf(head, 8192)));
  }

  @Test
  void frameNumbersMissingSamplesAndAxisOrder() throws IOException {
    Trial t = GaitIO.read(SMALL);
    PointSet m = t.pointSet(PointSet.Kind.MARKERS).orElseThrow();
    assertEquals(3, m.size());
    assertEquals(0.05, t.startTimeS(), 1e-15); // first frame 5 at 100 Hz
    assertEquals("5", t.metadata().get("markercsv.firstFrame"));
    PointTrack fm5 = m.track("R_FM5").orElseThrow();
    assertEquals(Optional.of(Landmark.RIGHT_SMALL_TOE), fm5.landmark());
    assertTrue(Double.isNaN(fm5.position().get(1, Axis.X)));
    assertEquals(-3.2, fm5.position().get(2, Axis.Z));
    PointTrack x1 = m.track("X1").orElseThrow();
    assertEquals(Optional.empty(), x1.landmark());
    // columns z, x, y: row "5,...,7,8,9" gives z 7, x 8, y 9
    assertEquals(8.0, x1.position().get(0, Axis.X));
    assertEquals(9.0, x1.position().get(0, Axis.Y));
    assertEquals(7.0, x1.position().get(0, Axis.Z));
    Trial metres = new MarkerCsvReader(MarkerCsvConfig.defaults().withFrameRateHz(50)
        .withUnit(Unit.METRE)).read(SMALL);
    PointSet mm = metres.pointSet(PointSet.Kind.MARKERS).orElseThrow();
    assertEquals(50.0, mm.rate().hz());
    assertEquals(Unit.METRE, mm.tracks().get(0).position().unit());
  }

  @Test
  void aTimeIndexGivesTheRate() throws IOException {
    Trial t = GaitIO.read(TIMED);
    PointSet m = t.pointSet(PointSet.Kind.MARKERS).orElseThrow();
    assertEquals(50.0, m.rate().hz(), 1e-9);
    assertEquals(0.5, t.startTimeS());
    assertEquals(Optional.of(Landmark.LEFT_HEEL), m.tracks().get(0).landmark());
    assertEquals(3.2, m.tracks().get(0).position().get(2, Axis.Z));
  }

  @Test
  void badInputNamesTheLine(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(SMALL);
    List<String> gap = new ArrayList<>(lines);
    gap.set(3, gap.get(3).replaceFirst("^6,", "8,"));
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new MarkerCsvReader().read(Files.write(dir.resolve("gap.csv"), gap)));
    assertEquals(4L, e.position().orElseThrow());
    assertTrue(e.problem().contains("frame 8 does not follow frame 5"), e.getMessage());
    List<String> word = new ArrayList<>(lines);
    word.set(4, word.get(4).replace("12,", "twelve,"));
    e = assertThrows(GaitFormatException.class,
        () -> new MarkerCsvReader().read(Files.write(dir.resolve("word.csv"), word)));
    assertEquals(5L, e.position().orElseThrow());
    assertTrue(e.problem().contains("column 'R_FCC.x': 'twelve' is not a number"),
        e.getMessage());
    List<String> twice = new ArrayList<>(lines);
    twice.set(0, twice.get(0).replace("X1", "L_TOE"));
    e = assertThrows(GaitFormatException.class,
        () -> new MarkerCsvReader().read(Files.write(dir.resolve("twice.csv"), twice)));
    assertEquals(1L, e.position().orElseThrow());
    assertTrue(e.problem().contains("marker 'L_TOE' appears twice"));
    List<String> shortRow = new ArrayList<>(lines);
    shortRow.set(2, "5,1.5");
    e = assertThrows(GaitFormatException.class,
        () -> new MarkerCsvReader().read(Files.write(dir.resolve("short.csv"), shortRow)));
    assertEquals(3L, e.position().orElseThrow());
    List<String> noRows = lines.subList(0, 2);
    e = assertThrows(GaitFormatException.class,
        () -> new MarkerCsvReader().read(Files.write(dir.resolve("none.csv"), noRows)));
    assertTrue(e.problem().contains("no data rows"));
  }
}
