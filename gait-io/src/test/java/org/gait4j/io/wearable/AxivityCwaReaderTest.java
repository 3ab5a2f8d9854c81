package org.gait4j.io.wearable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.GaitIO;
import org.gait4j.io.TrialReader;
import org.gait4j.io.TrialReaderContract;
import org.gait4j.model.Axis;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decodes the two skdh sample files and compares every sample with the truth CSVs of
 * {@code wearable_formats/axivity_cwa} (skdh {@code ax3_data.npz} / {@code ax6_data.npz} written
 * out with Python {@code repr}, see that folder's README).
 *
 * <p>Tolerances: AX3 accelerometer and temperature are compared exactly: the accelerometer is an
 * integer count times a power of two and the truth holds the same binary values; the temperature
 * is the same double expression {@code (raw - 171) / 3.142}. AX6 truth values were rounded to 6
 * decimals, so accelerometer and temperature get 5e-7 (half a unit of the 6th decimal); the gyro
 * gets 5e-7 + 1.2e-7 |v| because skdh divides by the single-precision constant 16.384f
 * (relative error 4.75e-8) and the result passes through single precision (relative rounding
 * up to 6e-8) before the 6-decimal rounding; 1.2e-7 |v| is about 1/500 of a count, so a decoder
 * that is off by one count still fails. Time: skdh's block-joining method, reproduced here in
 * double precision; see {@link #TIME_TOLERANCE_S}.
 */
class AxivityCwaReaderTest extends TrialReaderContract {
  /**
   * skdh's Fortran converts the block time to seconds partly in single precision before the
   * truth was stored; the README measured 5.03e-5 s between the truth and the method in double
   * precision, so 6e-5 s (about 1 % of a 200 Hz sample period) is the bound.
   */
  static final double TIME_TOLERANCE_S = 6e-5;

  @Override
  protected TrialReader reader() {
    return new AxivityCwaReader();
  }

  @Override
  protected List<Path> validSamples() {
    return WearableData.existing("axivity_cwa/ax3_sample.cwa", "axivity_cwa/ax6_sample.cwa");
  }

  @Override
  protected String fuzzExtension() {
    return "cwa";
  }

  @Test
  void ax3DecodesEverySampleExactly() throws IOException {
    Path file = WearableData.require("axivity_cwa/ax3_sample.cwa");
    double[][] truth = WearableData.csv(file.resolveSibling("ax3_expected_full.csv.gz"));
    AxivityCwaReader.Decoded d = AxivityCwaReader.decode(file);
    assertEquals(58_800, truth.length);
    assertEquals(truth.length, d.n);
    assertEquals(200.0, d.rateHz);
    double maxTime = 0;
    for (int i = 0; i < d.n; i++) {
      double[] row = truth[i];
      assertEquals(row[2], d.ax[i], 0.0, "accel x at " + i);
      assertEquals(row[3], d.ay[i], 0.0, "accel y at " + i);
      assertEquals(row[4], d.az[i], 0.0, "accel z at " + i);
      assertEquals(row[5], d.temperatureC[i], 0.0, "temperature at " + i);
      maxTime = Math.max(maxTime, Math.abs(row[1] - d.timesS[i]));
    }
    assertTrue(maxTime <= TIME_TOLERANCE_S, "max time error " + maxTime);
  }

  @Test
  void ax6DecodesEverySampleWithinTheTruthRounding() throws IOException {
    Path file = WearableData.require("axivity_cwa/ax6_sample.cwa");
    double[][] truth = WearableData.csv(file.resolveSibling("ax6_expected.csv"));
    AxivityCwaReader.Decoded d = AxivityCwaReader.decode(file);
    assertEquals(10_360, truth.length);
    assertEquals(truth.length, d.n);
    assertEquals(100.0, d.rateHz);
    double[][] ours = {d.ax, d.ay, d.az, d.gx, d.gy, d.gz, d.temperatureC};
    double maxTime = 0;
    for (int i = 0; i < d.n; i++) {
      for (int c = 0; c < ours.length; c++) {
        double expected = truth[i][c + 2];
        double tol = 5e-7 + 1e-12 + (c >= 3 && c < 6 ? 1.2e-7 * Math.abs(expected) : 0);
        assertEquals(expected, ours[c][i], tol, "column " + (c + 2) + " at " + i);
      }
      maxTime = Math.max(maxTime, Math.abs(truth[i][1] - d.timesS[i]));
    }
    assertTrue(maxTime <= TIME_TOLERANCE_S, "max time error " + maxTime);
  }

  @Test
  void trialHoldsOneStreamInDeviceUnits() throws IOException {
    Path file = WearableData.require("axivity_cwa/ax6_sample.cwa");
    Trial t = GaitIO.read(file);
    assertEquals(1, t.imus().size());
    ImuStream imu = t.imus().get(0);
    assertEquals(BodyLocation.UNKNOWN, imu.location());
    assertEquals("AX6-" + (48026 | (0x5B << 16)), imu.sensorId());
    assertEquals(Unit.STANDARD_GRAVITY, imu.accelerometer().orElseThrow().unit());
    assertEquals(Unit.DEGREE_PER_SECOND, imu.gyroscope().orElseThrow().unit());
    assertEquals(-0.518555, imu.accelerometer().orElseThrow().get(0, Axis.X), 5e-7);
    assertEquals(10_360, imu.size());
    assertEquals("0", t.metadata().get("cwa.timing_breaks"));
    assertEquals("0", t.metadata().get("cwa.bad_checksum_blocks"));
    assertEquals("2019-10-29T09:03:06.300", t.metadata().get("cwa.first_sample_local"));
    assertEquals(BodyLocation.LEFT_FOOT, imu.withLocation(BodyLocation.LEFT_FOOT).location());
  }

  @Test
  void badChecksumBlockBecomesAGapInPlace(@TempDir Path dir) throws IOException {
    byte[] bytes = Files.readAllBytes(WearableData.require("axivity_cwa/ax3_sample.cwa"));
    int block = 1024 + 3 * 512;
    bytes[block + 100] ^= 0x01;
    Path f = Files.write(dir.resolve("bad.cwa"), bytes);
    Trial t = new AxivityCwaReader().read(f);
    ImuStream imu = t.imus().get(0);
    assertEquals(58_800, imu.size());
    assertEquals(List.of(new org.gait4j.model.Gap(360, 120)),
        imu.accelerometer().orElseThrow().gaps());
    assertEquals("1", t.metadata().get("cwa.bad_checksum_blocks"));
    assertEquals(Integer.toString(block), t.metadata().get("cwa.first_bad_block_byte"));
  }

  @Test
  void wrongMagicNamesByteZero(@TempDir Path dir) throws IOException {
    byte[] bytes = Files.readAllBytes(WearableData.require("axivity_cwa/ax3_sample.cwa"));
    bytes[0] = 'X';
    Path f = Files.write(dir.resolve("magic.cwa"), bytes);
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new AxivityCwaReader().read(f));
    assertEquals(0L, e.position().orElseThrow());
    assertEquals(f, e.file());
  }

  @Test
  void truncatedFileNamesTheOffsetOfTheShortBlock(@TempDir Path dir) throws IOException {
    byte[] bytes = Files.readAllBytes(WearableData.require("axivity_cwa/ax6_sample.cwa"));
    Path f = Files.write(dir.resolve("cut.cwa"), Arrays.copyOf(bytes, 1024 + 512 * 10 + 77));
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new AxivityCwaReader().read(f));
    assertEquals(GaitFormatException.PositionKind.BYTE_OFFSET, e.positionKind());
    assertEquals(1024L + 512 * 10, e.position().orElseThrow());
    Path h = Files.write(dir.resolve("head.cwa"), Arrays.copyOf(bytes, 700));
    assertEquals(700L, assertThrows(GaitFormatException.class,
        () -> new AxivityCwaReader().read(h)).position().orElseThrow());
  }

  @Test
  void lyingSampleCountIsRejectedAtItsField(@TempDir Path dir) throws IOException {
    byte[] bytes = Files.readAllBytes(WearableData.require("axivity_cwa/ax6_sample.cwa"));
    int block = 1024 + 512 * 5;
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort(block + 28, (short) 0xFFFF);
    fixChecksum(b, block);
    Path f = Files.write(dir.resolve("count.cwa"), bytes);
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new AxivityCwaReader().read(f));
    assertEquals(block + 28L, e.position().orElseThrow());
    assertTrue(e.getMessage().contains("65535"), e.getMessage());
  }

  private static void fixChecksum(ByteBuffer b, int block) {
    b.putShort(block + 510, (short) 0);
    int sum = 0;
    for (int i = 0; i < 510; i += 2) {
      sum += b.getShort(block + i) & 0xFFFF;
    }
    b.putShort(block + 510, (short) -sum);
  }
}
