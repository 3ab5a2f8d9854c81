package org.gait4j.io.pressure;

import org.gait4j.io.TestData;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.GaitIO;
import org.gait4j.io.TrialReader;
import org.gait4j.io.TrialReaderContract;
import org.gait4j.model.Axis;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.InsoleRecording;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MoticonTextReaderTest extends TrialReaderContract {
  private static final String DIR = "moticon_opengo_insoles/";

  @TempDir Path tmp;

  @Override
  protected TrialReader reader() {
    return new MoticonTextReader();
  }

  @Override
  protected List<Path> validSamples() {
    List<Path> out = new ArrayList<>();
    for (String s : List.of("230927_102231.txt", "walk_data_with_manual_events/text_export.txt")) {
      Path p = TestData.optional(DIR + s);
      if (p != null) {
        out.add(p);
      }
    }
    out.add(Path.of("src/test/resources/pressure/moticon_small.txt"));
    return out;
  }

  @Override
  protected String fuzzExtension() {
    return "txt";
  }

  @Test
  void normalWalkHasBothInsolesAndTheStepEvents() throws IOException {
    // README: 17.5 s, 1750 samples at 100 Hz, 7 left and 7 right heel strikes (codes 11/21) and
    // as many toe offs (15/25); the left insole has no data for the first 50 rows.
    Path p = TestData.require(DIR + "230927_102114.txt");
    Trial t = GaitIO.read(p);
    assertEquals("normal", t.metadata().get("moticon.Tag"));
    // The export skips one sample (16.43 s -> 16.45 s on line 1654): reported, not hidden.
    assertEquals("1", t.metadata().get("timing.irregularIntervals"));
    assertEquals("1654", t.metadata().get("timing.firstIrregularLine"));
    InsoleRecording left = t.insole(Side.LEFT).orElseThrow();
    InsoleRecording right = t.insole(Side.RIGHT).orElseThrow();
    assertEquals(1750, right.size());
    assertEquals(100.0, right.rate().hz());
    assertEquals(16, left.cells().size());
    assertEquals(Unit.NEWTON_PER_SQUARE_CENTIMETRE, right.pressure().units().get(0));
    assertTrue(Double.isNaN(left.pressure().get(0, 0)));
    assertTrue(Double.isNaN(left.pressure().get(0, 49)));
    assertEquals(6.50, right.pressure().get(0, 0), 0);
    assertEquals(509.0, right.totalForce().orElseThrow().get(0), 0);
    assertEquals(-0.201829, right.centreOfPressure().orElseThrow().get(0, Axis.X), 0);
    assertEquals(1.00, left.pressure().get(0, 1749), 0); // last row, left pressure 1
    assertEquals(357.0, left.totalForce().orElseThrow().get(1749), 0);
    var imu = right.imu().orElseThrow();
    assertEquals(BodyLocation.RIGHT_FOOT, imu.location());
    assertEquals("right insole SN9171", imu.sensorId());
    assertEquals(-0.189453 * 9.80665, imu.accelerometer().get().get(0, Axis.X), 1e-12);
    assertEquals(Unit.DEGREE_PER_SECOND, imu.gyroscope().get().unit());
    assertEquals(-2.45, imu.gyroscope().get().get(0, Axis.X), 0);

    GaitEvents ev = t.storedEvents().orElseThrow();
    assertEquals(100.0, ev.rate().hz());
    for (Side s : new Side[] {Side.LEFT, Side.RIGHT}) {
      assertEquals(7, ev.sampleIndices(s, GaitEventType.INITIAL_CONTACT).length);
      assertEquals(7, ev.sampleIndices(s, GaitEventType.TOE_OFF).length);
    }
    assertEquals(300, ev.sampleIndices(Side.LEFT, GaitEventType.INITIAL_CONTACT)[0]);
    assertEquals(28, t.annotations().size());
    assertEquals("11", t.annotations().get(0).label());
    assertEquals("left steps", t.annotations().get(0).context());
    assertEquals(3.0, t.annotations().get(0).timeS(), 1e-12);
  }

  @Test
  void storedEventsMatchTheGaitReportWithinOneSample() throws IOException {
    // The vendor's gait report gives IC/TO in ms; the text export rounds to the 10 ms sample.
    for (String[] pair : new String[][] {{"230927_102114.txt", "10_21_14"},
        {"230927_102137.txt", "10_21_37"}, {"230927_102231.txt", "10_22_31"}}) {
      Trial t = new MoticonTextReader().read(TestData.require(DIR + pair[0]));
      GaitEvents ev = t.storedEvents().orElseThrow();
      for (Side s : new Side[] {Side.LEFT, Side.RIGHT}) {
        Path report = TestData.require(DIR + "gait_report_230927_" + pair[1] + "_"
            + (s == Side.LEFT ? "left" : "right") + "_steps.csv");
        List<String> rows = Files.readAllLines(report);
        double[] ic = ev.timesS(s, GaitEventType.INITIAL_CONTACT);
        double[] to = ev.timesS(s, GaitEventType.TOE_OFF);
        assertEquals(rows.size() - 1, ic.length, pair[0] + " " + s);
        for (int i = 1; i < rows.size(); i++) {
          String[] f = rows.get(i).split(",");
          assertEquals(Double.parseDouble(f[1]), ic[i - 1] + t.startTimeS(), 0.0100001);
          assertEquals(Double.parseDouble(f[2]), to[i - 1] + t.startTimeS(), 0.0100001);
        }
      }
    }
  }

  @Test
  void manualEventsOfALiveRecording() throws IOException {
    // README: 499 samples, 4 left + 4 right manual heel strikes (value 1), and as many
    // force minima at mid-stance (value 2); first sample at t = 0.01 s.
    Trial t = new MoticonTextReader().read(TestData.require(DIR
        + "walk_data_with_manual_events/text_export.txt"));
    assertEquals(499, t.insole(Side.LEFT).orElseThrow().size());
    assertEquals(0.01, t.startTimeS(), 1e-12);
    GaitEvents ev = t.storedEvents().orElseThrow();
    assertEquals(4, ev.sampleIndices(Side.LEFT, GaitEventType.INITIAL_CONTACT).length);
    assertEquals(4, ev.sampleIndices(Side.RIGHT, GaitEventType.INITIAL_CONTACT).length);
    assertEquals(4, ev.sampleIndices(Side.RIGHT, GaitEventType.MID_STANCE).length);
    // First event: left heel strike at t = 0.21 s, i.e. row 20 of the data.
    assertArrayEquals(new int[] {20, 132, 243, 351},
        ev.sampleIndices(Side.LEFT, GaitEventType.INITIAL_CONTACT));
    assertEquals("Event 1", t.annotations().get(0).label());
    assertEquals("Left Events", t.annotations().get(0).context());
    // COP velocity channels are kept as analog channels.
    assertEquals(2, t.analog().orElseThrow().channelCount());
    assertEquals(2.160409, t.analog().get().channel("right COP velocity").orElseThrow().get(1),
        0);
    // (0, 0) centre of pressure means "load too low": NaN.
    assertTrue(Double.isNaN(t.insole(Side.LEFT).get().centreOfPressure().get().get(0, Axis.X)));
  }

  @Test
  void badRowsAreFormatErrorsAtTheirLine() throws IOException {
    String head = "# Size: 7\n# time\tleft pressure 1[N/cm²]\tleft total force[N]\tleft steps[]\n";
    assertLine(head + "0.00\t1\t2\t\n0.01\t1\t2\n", 4, "fields");
    assertLine(head + "0.00\t1\t2\t\n0.01\tabc\t2\t\n", 4, "not a number");
    assertLine(head + "0.00\t1\t2\t\n0.00\t1\t2\t\n", 4, "not increasing");
    assertLine(head + "0.00\t1\t2\t11.5\n", 3, "whole number");
    assertLine("0.00\t1\n", 1, "time");
    assertLine(head, 2, "no data");
  }

  private void assertLine(String content, int line, String fragment) throws IOException {
    Path f = tmp.resolve("bad" + Math.abs(content.hashCode()) + ".txt");
    Files.writeString(f, content);
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new MoticonTextReader().read(f));
    assertEquals(line, e.position().orElse(-1), e.getMessage());
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
