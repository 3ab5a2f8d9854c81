package org.gait4j.io.imu;

import org.gait4j.io.TestData;
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
import org.gait4j.model.ImuStream;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected values: wearable_formats/xsens_mt_txt/xsens_expected_values.csv (OpenSim tests). */
class XsensMtTextReaderTest extends TrialReaderContract {
  private static final String DIR = "wearable_formats/xsens_mt_txt/";

  @TempDir Path tmp;

  @Override
  protected TrialReader reader() {
    return new XsensMtTextReader();
  }

  @Override
  protected List<Path> validSamples() {
    List<Path> out = new ArrayList<>();
    for (String s : List.of("MT46_01-000_00B42D4D.txt", "MT2022_ACC_GYRO_ROT_ALL_TAB_NAN_00B42D4B.txt",
        "MT2022_ACC_GYRO_ROT_MAT_SPACE_00B42D4B.txt", "MT_01200454_000-000_00B40DE4.txt",
        "test1_00B421E6.txt")) {
      Path p = TestData.optional(DIR + s);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  @Override
  protected String fuzzExtension() {
    return "txt";
  }

  private static Trial read(String name) throws IOException {
    Path p = TestData.require(DIR + name);
    assertEquals(TrialReader.Match.YES, new XsensMtTextReader().sniff(p,
        Files.readAllBytes(p)));
    return GaitIO.read(p);
  }

  @Test
  void fullTrialFirstAndLastRows() throws IOException {
    Trial t = read("MT_012005D6_031-000_00B421AF.txt");
    ImuStream imu = t.imus().get(0);
    assertEquals("00B421AF", imu.sensorId());
    assertEquals(BodyLocation.UNKNOWN, imu.location());
    assertEquals(3369, imu.size());
    assertEquals(100.0, imu.rate().hz());
    Vector3Series acc = imu.accelerometer().orElseThrow();
    assertEquals(Unit.METRE_PER_SECOND_SQUARED, acc.unit());
    assertEquals(3.030769, acc.get(0, Axis.X), 0);
    assertEquals(5.254238, acc.get(0, Axis.Y), 0);
    assertEquals(-7.714005, acc.get(0, Axis.Z), 0);
    assertEquals(2.657654, acc.get(3368, Axis.X), 0);
    assertEquals(5.012634, acc.get(3368, Axis.Y), 0);
    assertEquals(-7.581414, acc.get(3368, Axis.Z), 0);
    Vector3Series mag = imu.magnetometer().orElseThrow();
    assertEquals(-0.045410, mag.get(0, Axis.X), 0);
    assertEquals(0.897217, mag.get(0, Axis.Z), 0);
    Vector3Series gyr = imu.gyroscope().orElseThrow();
    assertEquals(Unit.RADIAN_PER_SECOND, gyr.unit());
    assertEquals(0.005991, gyr.get(0, Axis.X), 0);
    assertEquals(-0.032133, gyr.get(0, Axis.Y), 0);
    assertEquals(0.022713, gyr.get(0, Axis.Z), 0);
    assertEquals("0", t.metadata().get("xsens.packetCounterGaps"));
    assertEquals(6951.0, imu.extra().get().channel("PacketCounter").get().get(3368), 0);
  }

  @Test
  void rotationMatrixColumnsAreExtraChannelsInFileOrder() throws IOException {
    MultiChannelSeries x = read("MT_012005D6_031-000_00B4227B.txt").imus().get(0).extra()
        .orElseThrow();
    double[] expected = {-0.444898, 0.895542, 0.008444, 0.333934, 0.157132, 0.929407, 0.830996,
        0.416311, -0.368959};
    String[] names = {"Mat[1][1]", "Mat[2][1]", "Mat[3][1]", "Mat[1][2]", "Mat[2][2]",
        "Mat[3][2]", "Mat[1][3]", "Mat[2][3]", "Mat[3][3]"};
    for (int i = 0; i < 9; i++) {
      var ch = x.channel(names[i]).orElseThrow();
      assertEquals(Unit.DIMENSIONLESS, ch.unit());
      assertEquals(expected[i], ch.get(0), 0, names[i]);
    }
  }

  @Test
  void orientationOnlyExportHasNoImuButAnalogChannels() throws IOException {
    Trial t = read("MT_012005D6-000_sit_to_stand-000_00B421ED.txt");
    assertEquals(0, t.imus().size());
    MultiChannelSeries a = t.analog().orElseThrow();
    assertEquals(40.0, a.rate().hz());
    assertEquals(-0.099890, a.channel("00B421ED/Mat[1][1]").orElseThrow().get(0), 0);
  }

  @Test
  void rowCountsOfTheExportVariants() throws IOException {
    assertEquals(3, read("test1_00B421E6.txt").imus().get(0).size());
    assertEquals(4, read("MT_01200454_000-000_00B40DE4.txt").imus().get(0).size());
    assertEquals(5, read("MT_01200312-002-000_00B474BA.txt").imus().get(0).size());
    for (String s : List.of("MT46_01-000_00B42D4D.txt", "MT46_01-000_00B42D4E.txt")) {
      ImuStream i = read(s).imus().get(0);
      assertEquals(5, i.size());
      assertTrue(i.gyroscope().isPresent());
      assertTrue(i.extra().get().channel("Quat_q0").isPresent());
    }
    assertEquals(5, read("MT2022_ACC_GYRO_ROT_EULER_TAB_00B42D4F.txt").imus().get(0).size());
    // The same device (00B42D4B) exported with three delimiters gives the same numbers.
    for (String s : List.of("MT2022_ACC_GYRO_ROT_MAT_COMMA_00B42D4B.txt",
        "MT2022_ACC_GYRO_ROT_MAT_SEMICOLON_00B42D4B.txt",
        "MT2022_ACC_GYRO_ROT_MAT_SPACE_00B42D4B.txt")) {
      ImuStream i = read(s).imus().get(0);
      assertEquals(5, i.size(), s);
      assertEquals(0.074225, i.accelerometer().get().get(0, Axis.X), 0, s);
      assertEquals(0.002706, i.gyroscope().get().get(0, Axis.Z), 0, s);
    }
  }

  @Test
  void accOnlyWithoutRateUsesTheFallbackRate() throws IOException {
    Trial t = read("MT2022_ACC_00B42D4B.txt");
    ImuStream i = t.imus().get(0);
    assertEquals(5, i.size());
    assertEquals(60.0, i.rate().hz());
    assertEquals("fallback", t.metadata().get("timing.rateSource"));
    assertEquals(4 / 60.0, i.rate().timeS(i.size() - 1), 0);
    assertTrue(i.gyroscope().isEmpty());
  }

  @Test
  void nanCellIsAMissingSample() throws IOException {
    ImuStream i = read("MT2022_ACC_GYRO_ROT_ALL_TAB_NAN_00B42D4B.txt").imus().get(0);
    Vector3Series acc = i.accelerometer().orElseThrow();
    assertTrue(Double.isNaN(acc.get(0, Axis.X)));
    assertEquals(-0.040975, acc.get(0, Axis.Y), 0);
    assertEquals(9.922524, acc.get(0, Axis.Z), 0);
    assertEquals(5, i.size());
    assertEquals(-116.105418, i.extra().get().channel("Yaw").get().get(0), 0);
    assertEquals(Unit.DEGREE, i.extra().get().channel("Yaw").get().unit());
  }

  @Test
  void wrongFieldCountIsAnErrorAtItsLine() throws IOException {
    Path f = tmp.resolve("x_00B421E6.txt");
    Files.writeString(f, "// Update Rate: 100.0Hz\nPacketCounter\tAcc_X\tAcc_Y\tAcc_Z\n"
        + "1\t1\t2\t3\n2\t1\t2\n");
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new XsensMtTextReader().read(f));
    assertEquals(4, e.position().getAsLong());
    Files.writeString(f, "// Update Rate: fast\nPacketCounter\tAcc_X\tAcc_Y\tAcc_Z\n");
    assertThrows(GaitFormatException.class, () -> new XsensMtTextReader().read(f));
  }
}
