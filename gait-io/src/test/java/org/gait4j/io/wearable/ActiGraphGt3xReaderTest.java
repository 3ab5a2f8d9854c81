package org.gait4j.io.wearable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.GaitIO;
import org.gait4j.io.TrialReader;
import org.gait4j.io.TrialReaderContract;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The skdh gt3x sample has no decoded truth upstream; the README of
 * {@code wearable_formats/actigraph_gt3x} gives the info.txt values and record counts (from the
 * data curator's own walk through log.bin), which are checked exactly here. Sample values are
 * only checked to be plausible for a worn wrist sensor (|a| near 1 g on average).
 */
class ActiGraphGt3xReaderTest extends TrialReaderContract {

  @Override
  protected TrialReader reader() {
    return new ActiGraphGt3xReader();
  }

  @Override
  protected List<Path> validSamples() {
    return WearableData.existing("actigraph_gt3x/gt3x_sample.gt3x");
  }

  @Override
  protected String fuzzExtension() {
    return "gt3x";
  }

  @Test
  void recordCountsAndMetadataMatchTheReadme() throws IOException {
    Path file = WearableData.require("actigraph_gt3x/gt3x_sample.gt3x");
    Trial t = GaitIO.read(file);
    ImuStream imu = t.imus().get(0);
    assertEquals(94_320, imu.size());
    assertEquals(30.0, imu.rate().hz());
    assertEquals(BodyLocation.LEFT_WRIST, imu.location());
    assertEquals(Unit.STANDARD_GRAVITY, imu.accelerometer().orElseThrow().unit());
    assertEquals("3575", t.metadata().get("gt3x.records"));
    assertEquals("3144", t.metadata().get("gt3x.activity_records"));
    assertEquals("1", t.metadata().get("gt3x.empty_activity_records"));
    assertEquals("0x02=189,0x03=46,0x06=3,0x0D=191,0x15=1,0x1A=3145",
        t.metadata().get("gt3x.record_types"));
    assertEquals(Long.toString(LocalDateTime.of(2020, 1, 23, 8, 50).toEpochSecond(ZoneOffset.UTC)),
        t.metadata().get("gt3x.first_sample_epoch_s"));
    // The README's span (08:50:00 to 11:58:03, 11,284 s) ends with the 1-byte ACTIVITY2 record;
    // the last record with samples is at 11:58:02, so 11,283 seconds hold 3,144 sampled ones.
    assertEquals(Integer.toString(11_283 - 3_144), t.metadata().get("gt3x.idle_seconds"));
    assertEquals("TAS1E06160523", t.metadata().get("gt3x.Serial Number"));
    assertEquals("Pilot_PW", t.subject().id());
    assertEquals(1.8796, t.subject().heightM().orElseThrow(), 1e-12);
    double[] norm = imu.accelerometer().orElseThrow().norm();
    double mean = java.util.Arrays.stream(norm).average().orElseThrow();
    assertTrue(mean > 0.8 && mean < 1.3, "mean |a| " + mean + " g");
  }

  @Test
  void notAZipAndCorruptRecordsAreReported(@TempDir Path dir) throws IOException {
    Path junk = Files.write(dir.resolve("junk.gt3x"), new byte[] {1, 2, 3, 4});
    assertEquals(junk, assertThrows(GaitFormatException.class,
        () -> new ActiGraphGt3xReader().read(junk)).file());
    byte[] log = {0x1E, 0x1A, 0, 0, 0, 0, 6, 0, 1, 0, 2, 0, 3, 0, 0};
    int xor = 0;
    for (int i = 0; i < 14; i++) {
      xor ^= log[i];
    }
    log[14] = (byte) ~xor;
    Trial ok = ActiGraphGt3xReader.decode(junk, log, 1, 256, java.util.Map.of());
    assertEquals(1.0 / 256, ok.imus().get(0).accelerometer().orElseThrow()
        .get(0, org.gait4j.model.Axis.X), 0.0);
    log[14] ^= 1;
    GaitFormatException bad = assertThrows(GaitFormatException.class,
        () -> ActiGraphGt3xReader.decode(junk, log, 1, 256, java.util.Map.of()));
    assertEquals(14L, bad.position().orElseThrow());
    byte[] lying = {0x1E, 0x1A, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0};
    assertEquals(6L, assertThrows(GaitFormatException.class,
        () -> ActiGraphGt3xReader.decode(junk, lying, 1, 256, java.util.Map.of()))
        .position().orElseThrow());
  }
}
