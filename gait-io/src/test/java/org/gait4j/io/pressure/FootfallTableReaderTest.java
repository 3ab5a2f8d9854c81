package org.gait4j.io.pressure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.TrialReader;
import org.gait4j.io.TrialReaderContract;
import org.gait4j.model.Footfall;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FootfallTableReaderTest extends TrialReaderContract {
  private static final Path FIXTURE = Path.of("src/test/resources/pressure/footfalls.csv");

  @TempDir Path tmp;

  @Override
  protected TrialReader reader() {
    return new FootfallTableReader();
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
  void footfallsInMetresAndSeconds() throws IOException {
    Trial t = new FootfallTableReader().read(FIXTURE);
    assertEquals(3, t.footfalls().size());
    Footfall a = t.footfalls().get(0);
    assertEquals(Side.LEFT, a.side());
    assertEquals(0.52, a.firstContactS(), 0);
    assertEquals(1.18, a.lastContactS(), 0);
    assertEquals(0.123, a.heel().orElseThrow().x(), 1e-15);
    assertEquals(0.462, a.toe().orElseThrow().y(), 1e-15);
    assertEquals(Side.RIGHT, t.footfalls().get(1).side());
    assertTrue(t.footfalls().get(2).heel().isEmpty());
  }

  @Test
  void millisecondsAndMillimetresScale() throws IOException {
    Path f = tmp.resolve("ms.csv");
    Files.writeString(f, "Side;First Contact [ms];Last Contact [ms];Heel X [mm];Heel Y [mm]\n"
        + "R;520;1180;123;450\n");
    Footfall a = new FootfallTableReader().read(f).footfalls().get(0);
    assertEquals(0.52, a.firstContactS(), 1e-15);
    assertEquals(0.45, a.heel().orElseThrow().y(), 1e-15);
  }

  @Test
  void badRows() throws IOException {
    String head = "Foot,First Contact (s),Last Contact (s)\n";
    assertError(head + "Left,1.0,0.5\n", 2, "before");
    assertError(head + "Middle,1.0,1.5\n", 2, "neither");
    assertError(head + "Left,1.0\n", 2, "fields");
    assertError("Foot,Start\nLeft,1\n", 1, "needs");
  }

  private void assertError(String content, int line, String fragment) throws IOException {
    Path f = tmp.resolve("bad" + Math.abs(content.hashCode()) + ".csv");
    Files.writeString(f, content);
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new FootfallTableReader().read(f));
    assertEquals(line, e.position().orElse(-1), e.getMessage());
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
