package org.gait4j.io.wearable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Decodes the skdh GENEActiv sample and compares all 900 rows with
 * {@code wearable_formats/geneactiv_bin/gnactv_expected.csv}. Tolerances: accelerometer 5e-5 g +
 * 1e-12 (the truth came from the vendor CSV export rounded to 4 decimals); temperature exact (a
 * decimal copied from the page); light exact after {@code floor} (skdh floors, the reader does
 * not); time 1e-6 s (page time plus {@code i / 50} summed in double precision at 1.5e9 s).
 */
class GeneActivBinReaderTest extends TrialReaderContract {

  @Override
  protected TrialReader reader() {
    return new GeneActivBinReader();
  }

  @Override
  protected List<Path> validSamples() {
    return WearableData.existing("geneactiv_bin/gnactv_sample.bin");
  }

  @Override
  protected String fuzzExtension() {
    return "bin";
  }

  @Test
  void decodesEveryRowOfTheTruth() throws IOException {
    Path file = WearableData.require("geneactiv_bin/gnactv_sample.bin");
    double[][] truth = WearableData.csv(file.resolveSibling("gnactv_expected.csv"));
    GeneActivBinReader.Decoded d = GeneActivBinReader.decode(file);
    assertEquals(900, truth.length);
    assertEquals(900, d.n);
    for (int i = 0; i < d.n; i++) {
      double[] row = truth[i];
      assertEquals(row[1], d.timesS[i], 1e-6, "time at " + i);
      assertEquals(row[2], d.ax[i], 5e-5 + 1e-12, "x at " + i);
      assertEquals(row[3], d.ay[i], 5e-5 + 1e-12, "y at " + i);
      assertEquals(row[4], d.az[i], 5e-5 + 1e-12, "z at " + i);
      assertEquals(row[5], d.temperatureC[i], 0.0, "temperature at " + i);
      assertEquals(row[6], Math.floor(d.light[i]), 0.0, "light at " + i);
    }
  }

  @Test
  void trialCarriesLocationSubjectAndTimingBreak() throws IOException {
    Path file = WearableData.require("geneactiv_bin/gnactv_sample.bin");
    Trial t = GaitIO.read(file);
    ImuStream imu = t.imus().get(0);
    assertEquals(BodyLocation.LOWER_BACK, imu.location());
    assertEquals(50.0, imu.rate().hz());
    assertEquals(Unit.STANDARD_GRAVITY, imu.accelerometer().orElseThrow().unit());
    assertEquals("0001", t.subject().id());
    // Page 1 starts 0.52 s after the last sample of page 0 (README): one break, at sample 300.
    assertEquals("1", t.metadata().get("geneactiv.timing_breaks"));
    assertEquals("300", t.metadata().get("geneactiv.timing_break_samples"));
    assertEquals("GMT -04:00", t.metadata().get("geneactiv.time_zone"));
  }

  @Test
  void badHexNamesItsLine(@TempDir Path dir) throws IOException {
    Path file = WearableData.require("geneactiv_bin/gnactv_sample.bin");
    List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    int hexLine = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("Measurement Frequency:50.0")) {
        hexLine = i + 1;
        break;
      }
    }
    String hex = lines.get(hexLine);
    lines.set(hexLine, hex.substring(0, 24) + "G" + hex.substring(25));
    Path f = Files.write(dir.resolve("hex.bin"), lines, StandardCharsets.ISO_8859_1);
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new GeneActivBinReader().read(f));
    assertEquals(GaitFormatException.PositionKind.LINE, e.positionKind());
    assertEquals(hexLine + 1L, e.position().orElseThrow());
    assertTrue(e.getMessage().contains("column 25"), e.getMessage());
  }

  @Test
  void nanCalibrationAndMissingPageTimeAreRejected(@TempDir Path dir) throws IOException {
    Path file = WearableData.require("geneactiv_bin/gnactv_sample.bin");
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    Path nan = Files.writeString(dir.resolve("nan.bin"), text.replace("x gain:25522",
        "x gain:NaN"), StandardCharsets.ISO_8859_1);
    assertTrue(assertThrows(GaitFormatException.class, () -> new GeneActivBinReader().read(nan))
        .getMessage().contains("x gain"));
    Path noTime = Files.writeString(dir.resolve("notime.bin"),
        text.replaceFirst("Page Time:[^\n]*\n", ""), StandardCharsets.ISO_8859_1);
    assertThrows(GaitFormatException.class, () -> new GeneActivBinReader().read(noTime));
  }

  @Test
  void truncatedFileThrowsWithALine(@TempDir Path dir) throws IOException {
    byte[] bytes = Files.readAllBytes(WearableData.require("geneactiv_bin/gnactv_sample.bin"));
    Path f = Files.write(dir.resolve("cut.bin"), java.util.Arrays.copyOf(bytes, 5000));
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new GeneActivBinReader().read(f));
    assertEquals(GaitFormatException.PositionKind.LINE, e.positionKind());
  }
}
