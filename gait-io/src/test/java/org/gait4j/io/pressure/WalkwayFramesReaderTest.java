package org.gait4j.io.pressure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.GaitIO;
import org.gait4j.io.TrialReader;
import org.gait4j.io.TrialReaderContract;
import org.gait4j.model.Unit;
import org.gait4j.model.WalkwayRecording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalkwayFramesReaderTest extends TrialReaderContract {
  private static final Path FIXTURE = Path.of("src/test/resources/pressure/walkway_small.csv");

  @TempDir Path tmp;

  @Override
  protected TrialReader reader() {
    return new WalkwayFramesReader();
  }

  @Override
  protected List<Path> validSamples() {
    return List.of(FIXTURE);
  }

  @Override
  protected String fuzzExtension() {
    return "csv";
  }

  @Test
  void gridFramesAndCellSize() throws IOException {
    WalkwayRecording w = GaitIO.read(FIXTURE).walkway().orElseThrow();
    assertEquals(3, w.frameCount());
    assertEquals(2, w.rows());
    assertEquals(3, w.columns());
    assertEquals(0.0127, w.cellWidthM(), 1e-15);
    assertEquals(0.010, w.cellLengthM(), 1e-15);
    assertEquals(Unit.KILOPASCAL, w.unit());
    assertEquals(100.0, w.rate().hz());
    assertEquals(1.5f, w.value(1, 0, 1));
    assertEquals(2.5f, w.value(1, 1, 1));
    assertTrue(Float.isNaN(w.value(2, 0, 2)));
  }

  @Test
  void skippedFrameAndWrongWidthAreErrors() throws IOException {
    String head = String.join("\n", Files.readAllLines(FIXTURE).subList(0, 7)) + "\n";
    assertError(head + "0,0,0,0,0,0,0\n2,0,0,0,0,0,0\n", 9, "frame index");
    assertError(head + "0,0,0,0,0,0\n", 8, "fields");
    assertError(head.replace("# rows=2\n", ""), 6, "rows");
  }

  private void assertError(String content, int line, String fragment) throws IOException {
    Path f = tmp.resolve("bad" + Math.abs(content.hashCode()) + ".csv");
    Files.writeString(f, content);
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new WalkwayFramesReader().read(f));
    assertEquals(line, e.position().orElse(-1), e.getMessage());
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
