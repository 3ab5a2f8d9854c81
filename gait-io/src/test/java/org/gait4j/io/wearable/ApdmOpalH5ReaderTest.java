package org.gait4j.io.wearable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.gait4j.model.Vector3Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads {@code wearable/apdm_opal_v5.h5}, written by {@code make_apdm_fixture.py} (Debian
 * python3-h5py 3.7.0) from the layout documented in {@code wearable_formats/apdm_csv/README.md};
 * no real APDM {@code .h5} exists upstream. The values are formulas of the sample index (see the
 * script), recomputed here in the same double arithmetic, so the comparison is exact.
 */
class ApdmOpalH5ReaderTest extends TrialReaderContract {

  static Path fixture() {
    try {
      return Path.of(ApdmOpalH5ReaderTest.class.getResource("/wearable/apdm_opal_v5.h5").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected TrialReader reader() {
    return new ApdmOpalH5Reader();
  }

  @Override
  protected List<Path> validSamples() {
    return List.of(fixture());
  }

  @Override
  protected String fuzzExtension() {
    return "h5";
  }

  @Test
  void readsEverySensorWithItsLabelAndValues() throws IOException {
    Trial t = GaitIO.read(fixture());
    assertEquals(2, t.imus().size());
    ImuStream lumbar = t.imus().stream().filter(i -> i.sensorId().equals("XI-010284"))
        .findFirst().orElseThrow();
    ImuStream foot = t.imus().stream().filter(i -> i.sensorId().equals("3142")).findFirst()
        .orElseThrow();
    assertEquals(BodyLocation.LOWER_BACK, lumbar.location());
    assertEquals(BodyLocation.RIGHT_FOOT, foot.location());
    assertEquals("Lumbar", t.metadata().get("apdm.XI-010284.label"));
    assertEquals(128.0, lumbar.rate().hz());
    assertEquals(64, lumbar.size());
    Vector3Series acc = foot.accelerometer().orElseThrow();
    Vector3Series gyro = foot.gyroscope().orElseThrow();
    assertEquals(Unit.METRE_PER_SECOND_SQUARED, acc.unit());
    assertEquals(Unit.RADIAN_PER_SECOND, gyro.unit());
    assertEquals(Unit.MICROTESLA, foot.magnetometer().orElseThrow().unit());
    for (int i = 0; i < 64; i++) {
      assertEquals(0.01 * i + 1, acc.get(i, Axis.X), 0.0);
      assertEquals(-9.80665 + 0.001 * i, acc.get(i, Axis.Y), 0.0);
      assertEquals(0.1 * Math.sin(i / 10.0), gyro.get(i, Axis.X), 1e-15);
      assertEquals(40.0 - 0.01 * i, foot.magnetometer().orElseThrow().get(i, Axis.Z), 0.0);
    }
    assertEquals(30.01, foot.extra().orElseThrow().get(0, 0), 0.0);
    assertEquals("1550879504438281", t.metadata().get("apdm.XI-010284.first_sample_epoch_us"));
    assertEquals("0", t.metadata().get("apdm.XI-010284.timing_irregularities"));
    assertEquals("1", t.metadata().get("apdm.3142.timing_irregularities"));
  }

  @Test
  void notAnApdmFileIsRejected(@TempDir Path dir) throws IOException {
    Path f = Files.write(dir.resolve("x.h5"), new byte[] {1, 2, 3});
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new ApdmOpalH5Reader().read(f));
    assertEquals(0L, e.position().orElseThrow());
    byte[] bytes = Files.readAllBytes(fixture());
    Path cut = Files.write(dir.resolve("cut.h5"), java.util.Arrays.copyOf(bytes, 3000));
    GaitFormatException c = assertThrows(GaitFormatException.class,
        () -> new ApdmOpalH5Reader().read(cut));
    assertEquals(cut, c.file());
    assertTrue(c.getMessage().contains("cut.h5"));
  }
}
