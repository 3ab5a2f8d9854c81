package org.gait4j.io.imu;

import org.gait4j.io.TestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected values: wearable_formats/apdm_csv/apdm_expected_values.csv (OpenSim tests). */
class ApdmCsvReaderTest extends TrialReaderContract {
  private static final String DIR = "wearable_formats/apdm_csv/";

  @TempDir Path tmp;

  @Override
  protected TrialReader reader() {
    return new ApdmCsvReader();
  }

  @Override
  protected List<Path> validSamples() {
    List<Path> out = new ArrayList<>();
    for (String s : List.of("apdm_format7.csv", "imuData01.csv")) {
      Path p = TestData.optional(DIR + s);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  @Override
  protected String fuzzExtension() {
    return "csv";
  }

  @Test
  void pendulumPathStyleExport() throws IOException {
    Trial t = GaitIO.read(TestData.require(DIR + "imuData01.csv"));
    assertEquals(4, t.imus().size());
    ImuStream s = t.imus().get(0);
    assertEquals("Static", s.sensorId());
    assertEquals(BodyLocation.UNKNOWN, s.location());
    assertEquals(1024, s.size());
    assertEquals(128.0, s.rate().hz());
    var acc = s.accelerometer().orElseThrow();
    assertEquals(Unit.METRE_PER_SECOND_SQUARED, acc.unit());
    assertEquals(0.102542184, acc.get(0, Axis.X), 0);
    assertEquals(0.048829611, acc.get(0, Axis.Y), 0);
    assertEquals(9.804986382, acc.get(0, Axis.Z), 0);
    assertEquals(0.158696249, acc.get(1023, Axis.X), 0);
    assertEquals(0.298471016, acc.get(1023, Axis.Y), 0);
    assertEquals(9.723807335, acc.get(1023, Axis.Z), 0);
    var mag = s.magnetometer().orElseThrow();
    assertEquals(Unit.MICROTESLA, mag.unit());
    assertEquals(31.27780876, mag.get(0, Axis.X), 0);
    assertEquals(-62.70943031, mag.get(1023, Axis.Z), 0);
    var gyr = s.gyroscope().orElseThrow();
    assertEquals(Unit.RADIAN_PER_SECOND, gyr.unit());
    assertEquals(0.002136296, gyr.get(0, Axis.X), 0);
    assertEquals(-0.012817774, gyr.get(1023, Axis.Z), 0);
    MultiChannelSeries x = s.extra().orElseThrow();
    assertEquals(0.979286375, x.channel("orientation.w").get().get(0), 0);
    assertEquals(-0.202412525, x.channel("orientation.z").get().get(0), 0);
    assertEquals(0.979175344, x.channel("orientation.w").get().get(1023), 0);
    assertEquals(-0.202949069, x.channel("orientation.z").get().get(1023), 0);
    assertEquals(Unit.DEGREE_CELSIUS, x.channel("temperature").get().unit());
    assertEquals("Pendulum Test 01", t.metadata().get("apdm.testName"));
  }

  @Test
  void format7SixSensorsWithLocations() throws IOException {
    Trial t = GaitIO.read(TestData.require(DIR + "apdm_format7.csv"));
    assertEquals(6, t.imus().size());
    ImuStream lumbar = t.imu(BodyLocation.LOWER_BACK).orElseThrow();
    assertEquals("5718", lumbar.sensorId());
    assertEquals(3, lumbar.size());
    var acc = lumbar.accelerometer().orElseThrow();
    assertEquals(-9.982604, acc.get(0, Axis.X), 0);
    assertEquals(-2.450636, acc.get(0, Axis.Y), 0);
    assertEquals(0.515763, acc.get(0, Axis.Z), 0);
    var gyr = lumbar.gyroscope().orElseThrow();
    assertEquals(-0.928487, gyr.get(0, Axis.X), 0);
    assertEquals(-0.085719, gyr.get(0, Axis.Y), 0);
    assertEquals(-0.059549, gyr.get(0, Axis.Z), 0);
    ImuStream ankle = t.imu(BodyLocation.RIGHT_SHANK).orElseThrow();
    assertEquals("5778", ankle.sensorId());
    var mag = ankle.magnetometer().orElseThrow();
    assertEquals(-55.436261, mag.get(2, Axis.X), 0);
    assertEquals(-1.704153, mag.get(2, Axis.Y), 0);
    assertEquals(16.382336, mag.get(2, Axis.Z), 0);
    assertEquals("6833", t.imu(BodyLocation.RIGHT_FOOT).orElseThrow().sensorId());
    assertEquals("6570", t.imu(BodyLocation.LEFT_FOOT).orElseThrow().sensorId());
    assertEquals("6575", t.imu(BodyLocation.TRUNK).orElseThrow().sensorId());
    assertEquals("5811", t.imu(BodyLocation.LEFT_SHANK).orElseThrow().sensorId());
    assertEquals(1550879504.438281, t.startTimeS(), 1e-6);
  }

  @Test
  void wrongFieldCountIsAnErrorAtItsLine() throws IOException {
    Path f = tmp.resolve("bad.csv");
    Files.writeString(f, "Test Name:,x\nSample Rate:,128,Hz\nTime,A/Acceleration/X,"
        + "A/Acceleration/Y,A/Acceleration/Z\ns,m/s^2,m/s^2,m/s^2\n0,1,2,3\n0.0078125,1,2\n");
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new ApdmCsvReader().read(f));
    assertEquals(6, e.position().getAsLong());
  }
}
