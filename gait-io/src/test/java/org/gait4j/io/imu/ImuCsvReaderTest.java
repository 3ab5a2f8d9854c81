package org.gait4j.io.imu;

import org.gait4j.io.TestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.GaitIO;
import org.gait4j.io.TrialReader;
import org.gait4j.io.TrialReaderContract;
import org.gait4j.model.Axis;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImuCsvReaderTest extends TrialReaderContract {
  private static final double G = 9.80665;

  @TempDir Path tmp;

  @Override
  protected TrialReader reader() {
    return new ImuCsvReader();
  }

  @Override
  protected List<Path> validSamples() {
    List<Path> out = new ArrayList<>();
    for (String s : List.of("mobgap_lowerback_indip/HA_001/Test5_Trial1_lowerback_imu.csv",
        "gaitmap_foot_imu/imu_sample.csv")) {
      Path p = TestData.optional(s);
      if (p != null) {
        out.add(p);
      }
    }
    out.add(fixture("mobgap_small.csv"));
    return out;
  }

  @Override
  protected String fuzzExtension() {
    return "csv";
  }

  static Path fixture(String name) {
    return Path.of("src/test/resources/imu", name);
  }

  @Test
  void mobgapLowerBackReadsInMetresPerSecondSquaredAndDegreesPerSecond() throws IOException {
    // Values: first and last rows of the file (README: acc in g, gyr in deg/s, mag in uT, 100 Hz).
    Path p = TestData.require("mobgap_lowerback_indip/HA_001/Test5_Trial1_lowerback_imu.csv");
    Trial t = GaitIO.read(p);
    assertEquals("mobgap lower back", t.metadata().get("imu.preset"));
    ImuStream imu = t.imu(BodyLocation.LOWER_BACK).orElseThrow();
    assertEquals(1246, imu.size()); // meta.json n_samples
    assertEquals(100.0, imu.rate().hz());
    Vector3Series acc = imu.accelerometer().orElseThrow();
    assertEquals(Unit.METRE_PER_SECOND_SQUARED, acc.unit());
    assertEquals(0.954513 * G, acc.get(0, Axis.X), 1e-12);
    assertEquals(-0.372246 * G, acc.get(1245, Axis.Z), 1e-12);
    Vector3Series gyr = imu.gyroscope().orElseThrow();
    assertEquals(Unit.DEGREE_PER_SECOND, gyr.unit());
    assertEquals(7.54012, gyr.get(0, Axis.X), 0);
    assertEquals(39.6831, gyr.get(1245, Axis.X), 0);
    assertEquals(Unit.MICROTESLA, imu.magnetometer().orElseThrow().unit());
    assertEquals(-13.184, imu.magnetometer().get().get(0, Axis.Z), 0);
    assertEquals(1007.97, imu.extra().orElseThrow().channel("bar").orElseThrow().get(1245), 0);
    assertEquals(1607605064.733, t.startTimeS(), 1e-6);
    assertEquals("0", t.metadata().get("timing.irregularIntervals"));
  }

  @Test
  void everyMobgapRecordingReads() throws IOException {
    Path root = TestData.require("mobgap_lowerback_indip");
    int files = 0;
    try (var s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith("_lowerback_imu.csv"))
          ::iterator) {
        Trial t = GaitIO.read(p);
        long lines;
        try (var l = Files.lines(p)) {
          lines = l.count();
        }
        assertEquals(lines - 1, t.imus().get(0).size(), p.toString());
        files++;
      }
    }
    assertEquals(9, files);
  }

  @Test
  void gaitmapFootReadsBothFeetAt204_8Hz() throws IOException {
    // README: 7928 samples at 204.8 Hz, acc m/s^2, gyr deg/s, left/right alternating.
    Path p = TestData.require("gaitmap_foot_imu/imu_sample.csv");
    Trial t = GaitIO.read(p);
    assertEquals(2, t.imus().size());
    ImuStream left = t.imu(BodyLocation.LEFT_FOOT).orElseThrow();
    ImuStream right = t.imu(BodyLocation.RIGHT_FOOT).orElseThrow();
    assertEquals(7928, left.size());
    assertEquals(204.8, left.rate().hz());
    assertEquals(Frame.SENSOR, left.accelerometer().get().frame());
    assertEquals(0.8808107066241624, left.accelerometer().get().get(0, Axis.X), 0);
    assertEquals(0.3115525903932168, right.accelerometer().get().get(0, Axis.X), 0);
    assertEquals(9.513275480139699, right.accelerometer().get().get(0, Axis.Z), 0);
    assertEquals(-0.02528815080112712, right.gyroscope().get().get(0, Axis.Z), 1e-17);
    assertEquals(Unit.DEGREE_PER_SECOND, right.gyroscope().get().unit());
    assertEquals(-0.8140273567688203, right.gyroscope().get().get(7927, Axis.Z), 0);
    assertEquals(0.5906784216702641, left.gyroscope().get().get(7927, Axis.Z), 0);
  }

  @Test
  void irregularTimestampsAreReportedOrRefusedByPolicy() throws IOException {
    // 100 Hz with one dropped sample between t = 0.03 and t = 0.05 (line 5 of the file).
    Path f = tmp.resolve("gap.csv");
    Files.writeString(f, "t,ax,ay,az\n0.00,1,2,3\n0.01,1,2,3\n0.02,1,2,3\n0.03,1,2,3\n"
        + "0.05,1,2,3\n0.06,1,2,3\n");
    ImuCsvConfig cfg = config().withTimeColumn(0, TimestampUnit.SECONDS);
    Trial t = new ImuCsvReader(cfg).read(f);
    assertEquals("1", t.metadata().get("timing.irregularIntervals"));
    assertEquals("6", t.metadata().get("timing.firstIrregularLine"));
    assertEquals(1.0, Double.parseDouble(t.metadata().get("timing.maxIntervalDeviationFraction")),
        1e-9);
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new ImuCsvReader(cfg.withTimestampPolicy(TimestampPolicy.FAIL, 0.1)).read(f));
    assertEquals(6, e.position().getAsLong());
    assertTrue(e.getMessage().contains("irregular"), e.getMessage());
  }

  @Test
  void rateIsEstimatedFromTimestampsInMilliseconds() throws IOException {
    Path f = tmp.resolve("ms.csv");
    StringBuilder s = new StringBuilder("t_ms,ax,ay,az\n");
    for (int i = 0; i < 50; i++) {
      s.append(1000 + i * 8).append(",0,0,1\n");
    }
    Files.writeString(f, s);
    Trial t = new ImuCsvReader(config().withTimeColumn(0, TimestampUnit.MILLISECONDS)
        .withRateFromTimestamps()).read(f);
    assertEquals(125.0, t.imus().get(0).rate().hz(), 0);
    assertEquals(1.0, t.startTimeS(), 0);
    assertEquals("timestamps", t.metadata().get("timing.rateSource"));
  }

  @Test
  void badInputIsAFormatErrorAtTheLine() throws IOException {
    ImuCsvReader r = new ImuCsvReader(config().withTimeColumn(0, TimestampUnit.SECONDS));
    assertLine(r, "t,ax,ay,az\n0,1,2,3\n0.01,1,x2,3\n", 3, "not a number");
    assertLine(r, "t,ax,ay,az\n0,1,2,3\n0.01,1,2\n", 3, "fields");
    assertLine(r, "t,ax,ay,az\n0,1,2,3\n0,1,2,3\n", 3, "not increasing");
    assertLine(r, "t,ax,ay,az\n0,1,2,3\n,1,2,3\n", 3, "empty");
    assertLine(r, "t,ax,ay,az\n", 1, "no data");
    // Missing values are NaN, not errors.
    Path f = tmp.resolve("nan.csv");
    Files.writeString(f, "t,ax,ay,az\n0,NaN,,3\n0.01,1,2,3\n");
    Trial t = r.read(f);
    assertTrue(Double.isNaN(t.imus().get(0).accelerometer().get().get(0, Axis.X)));
    assertTrue(Double.isNaN(t.imus().get(0).accelerometer().get().get(0, Axis.Y)));
  }

  private void assertLine(ImuCsvReader r, String content, int line, String fragment)
      throws IOException {
    Path f = tmp.resolve("bad" + line + fragment.hashCode() + ".csv");
    Files.writeString(f, content);
    GaitFormatException e = assertThrows(GaitFormatException.class, () -> r.read(f));
    assertEquals(line, e.position().orElse(-1), e.getMessage());
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }

  private static ImuCsvConfig config() {
    return ImuCsvConfig.of(',', 1, 100.0, List.of(new ImuCsvConfig.SensorColumns("s",
        BodyLocation.LEFT_SHANK, Frame.SENSOR,
        Optional.of(new ImuCsvConfig.AxisColumns(1, 2, 3, Unit.STANDARD_GRAVITY)),
        Optional.empty(), Optional.empty(), List.of())));
  }

  @Test
  void oneMillionRowsStreamIntoPrimitiveArrays() throws IOException {
    // About 60 MB of text; the reader keeps only 7 double columns (56 MB) and never the text.
    Path f = tmp.resolve("large.csv");
    int n = 1_000_000;
    try (BufferedWriter w = Files.newBufferedWriter(f)) {
      w.write("sample,timestamp_unix_s,acc_x_g,acc_y_g,acc_z_g,gyr_x_dps,gyr_y_dps,gyr_z_dps,"
          + "mag_x_uT,mag_y_uT,mag_z_uT,bar\n");
      for (int i = 0; i < n; i++) {
        w.write(String.format(Locale.ROOT, "%d,%.2f,%.4f,0.1,-0.1,1.5,2.5,3.5,-9.6,-13.7,-13.1,"
            + "1008.0%n", i, 1.6e9 + i / 100.0, (i % 100) / 100.0));
      }
    }
    Trial t = new ImuCsvReader().read(f);
    ImuStream imu = t.imus().get(0);
    assertEquals(n, imu.size());
    assertEquals(0.99 * G, imu.accelerometer().get().get(n - 1, Axis.X), 1e-12);
    assertEquals("0", t.metadata().get("timing.irregularIntervals"));
  }

  @Test
  void blocksConcatenateToTheWholeFileRead() throws IOException {
    List<Path> files = new ArrayList<>(validSamples());
    for (Path f : files) {
      Trial whole = new ImuCsvReader().read(f);
      int n = whole.imus().get(0).size();
      for (int block : new int[] {1, 7, 1000, n, n + 1}) {
        List<List<ImuStream>> blocks = new ArrayList<>();
        List<Long> firsts = new ArrayList<>();
        java.util.Map<String, String> meta = new ImuCsvReader().readBlocks(f, block,
            (first, sensors) -> {
              firsts.add(first);
              blocks.add(sensors);
            });
        assertEquals(whole.metadata(), meta, f + " block " + block);
        assertEquals((n + block - 1) / block, blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
          assertEquals((long) b * block, firsts.get(b));
        }
        for (int s = 0; s < whole.imus().size(); s++) {
          ImuStream w = whole.imus().get(s);
          int at = 0;
          for (List<ImuStream> sensors : blocks) {
            ImuStream part = sensors.get(s);
            assertEquals(w.sensorId(), part.sensorId());
            assertEquals(w.location(), part.location());
            assertEquals(w.rate(), part.rate());
            assertEquals(w.extra().isPresent(), part.extra().isPresent());
            for (var v : List.of(w.accelerometer(), w.gyroscope(), w.magnetometer())) {
              assertTrue(v.isEmpty() || v.get().size() == n);
            }
            assertSame(w.accelerometer(), part.accelerometer(), at);
            assertSame(w.gyroscope(), part.gyroscope(), at);
            assertSame(w.magnetometer(), part.magnetometer(), at);
            at += part.size();
          }
          assertEquals(n, at);
        }
      }
    }
  }

  /** {@code part} holds exactly samples {@code [at, at + part.size())} of {@code whole}. */
  private static void assertSame(Optional<Vector3Series> whole, Optional<Vector3Series> part,
      int at) {
    assertEquals(whole.isPresent(), part.isPresent());
    if (whole.isEmpty()) {
      return;
    }
    Vector3Series w = whole.get();
    Vector3Series p = part.get();
    assertEquals(w.name(), p.name());
    assertEquals(w.unit(), p.unit());
    assertEquals(w.frame(), p.frame());
    for (Axis a : Axis.values()) {
      double[] expected = new double[p.size()];
      w.copyInto(a, at, expected);
      org.junit.jupiter.api.Assertions.assertArrayEquals(expected, p.component(a));
    }
  }

  @Test
  void blockReadingGivesTheWholeFileErrorsAfterTheGoodBlocks() throws IOException {
    ImuCsvReader r = new ImuCsvReader(config().withTimeColumn(0, TimestampUnit.SECONDS));
    String[][] cases = {
        {"t,ax,ay,az\n0,1,2,3\n0.01,1,x2,3\n", "not a number"},
        {"t,ax,ay,az\n0,1,2,3\n0.01,1,2\n", "fields"},
        {"t,ax,ay,az\n0,1,2,3\n0,1,2,3\n", "not increasing"},
        {"t,ax,ay,az\n0,1,2,3\n,1,2,3\n", "empty"},
        {"t,ax,ay,az\n", "no data"}};
    for (String[] c : cases) {
      Path f = tmp.resolve("blockbad" + c[1].hashCode() + ".csv");
      Files.writeString(f, c[0]);
      GaitFormatException whole = assertThrows(GaitFormatException.class, () -> r.read(f));
      List<Long> delivered = new ArrayList<>();
      GaitFormatException blocks = assertThrows(GaitFormatException.class,
          () -> r.readBlocks(f, 1, (first, sensors) -> delivered.add(first)));
      assertEquals(whole.getMessage(), blocks.getMessage());
      assertTrue(blocks.getMessage().contains(c[1]), blocks.getMessage());
      // the row before the broken one was a whole block, and was delivered
      assertEquals(c[1].equals("no data") ? List.of() : List.of(0L), delivered);
    }
  }

  @Test
  void blockReadingChecksTimestampsAsTheyComeAndNeedsAStatedRate() throws IOException {
    // as irregularTimestampsAreReportedOrRefusedByPolicy: one dropped sample, line 6
    Path f = tmp.resolve("gapblocks.csv");
    Files.writeString(f, "t,ax,ay,az\n0.00,1,2,3\n0.01,1,2,3\n0.02,1,2,3\n0.03,1,2,3\n"
        + "0.05,1,2,3\n0.06,1,2,3\n");
    ImuCsvConfig cfg = config().withTimeColumn(0, TimestampUnit.SECONDS);
    assertEquals(new ImuCsvReader(cfg).read(f).metadata(),
        new ImuCsvReader(cfg).readBlocks(f, 2, (first, sensors) -> { }));
    ImuCsvReader failing = new ImuCsvReader(cfg.withTimestampPolicy(TimestampPolicy.FAIL, 0.1));
    GaitFormatException whole = assertThrows(GaitFormatException.class, () -> failing.read(f));
    List<Long> delivered = new ArrayList<>();
    GaitFormatException blocks = assertThrows(GaitFormatException.class,
        () -> failing.readBlocks(f, 2, (first, sensors) -> delivered.add(first)));
    assertEquals(6, blocks.position().getAsLong());
    assertTrue(blocks.getMessage().contains("irregular"), blocks.getMessage());
    assertEquals(whole.getMessage(), blocks.getMessage());
    assertEquals(List.of(0L, 2L), delivered); // samples 0-3; sample 4 is the irregular one
    IllegalArgumentException noRate = assertThrows(IllegalArgumentException.class,
        () -> new ImuCsvReader(cfg.withRateFromTimestamps()).readBlocks(f, 2, (a, b) -> { }));
    assertTrue(noRate.getMessage().contains("rateHz"), noRate.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ImuCsvReader(cfg).readBlocks(f, 0,
        (a, b) -> { }));
  }

  @Test
  void configRejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> ImuCsvConfig.of(',', -1, 100,
        config().sensors()));
    assertThrows(IllegalArgumentException.class, () -> ImuCsvConfig.of(',', 1, 0,
        config().sensors()));
    assertThrows(IllegalArgumentException.class, () -> new ImuCsvConfig.SensorColumns("s",
        BodyLocation.UNKNOWN, Frame.SENSOR,
        Optional.of(new ImuCsvConfig.AxisColumns(1, 2, 3, Unit.DEGREE_PER_SECOND)),
        Optional.empty(), Optional.empty(), List.of()));
  }
}
