package org.gait4j.io.pressure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import org.gait4j.model.Axis;
import org.gait4j.model.InsoleCell;
import org.gait4j.model.InsoleRecording;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-made fixtures' values are read back exactly (the same decimal text parses alike). */
class InsoleCsvReaderTest extends TrialReaderContract {
  private static final Path BOTH = Path.of("src/test/resources/pressure/insole_both.csv");
  private static final Path LEFT = Path.of("src/test/resources/pressure/insole_left.csv");

  @TempDir Path tmp;

  @Override
  protected TrialReader reader() {
    return new InsoleCsvReader();
  }

  @Override
  protected List<Path> validSamples() {
    return List.of(BOTH, LEFT);
  }

  @Override
  protected String fuzzExtension() {
    return "csv";
  }

  @Test
  void bothFeetInOneFile() throws IOException {
    assertInstanceOf(InsoleCsvReader.class, GaitIO.readerFor(BOTH).orElseThrow());
    Trial t = GaitIO.read(BOTH);
    assertEquals(2, t.insoles().size());
    InsoleRecording l = t.insole(Side.LEFT).orElseThrow();
    InsoleRecording r = t.insole(Side.RIGHT).orElseThrow();
    assertEquals(4, l.size());
    assertEquals(100.0, l.rate().hz());
    assertEquals("stated", t.metadata().get("timing.rateSource"));
    assertEquals("example 3-cell insoles (hand-made fixture)", t.metadata().get("insole.device"));
    assertEquals(List.of(new InsoleCell("heel", 0.030, 0.025, 200e-6),
        new InsoleCell("mid", 0.035, 0.120, 150e-6), new InsoleCell("fore", 0.040, 0.2005,
            150e-6)), l.cells());
    assertEquals(new InsoleCell("mid", 0.035, 0.120, 0), r.cells().get(1));
    assertEquals(Unit.KILOPASCAL, l.pressure().units().get(0));
    assertEquals(List.of("left heel", "left mid", "left fore"), l.pressure().names());
    assertEquals(120.5, l.pressure().get(0, 0));
    assertEquals(20.0, l.pressure().get(2, 3));
    assertEquals(350.0, l.totalForce().orElseThrow().get(3));
    assertTrue(l.centreOfPressure().isEmpty());
    assertTrue(Double.isNaN(r.pressure().get(0, 3)));
    assertEquals(260.0, r.totalForce().orElseThrow().get(3));
    var cop = r.centreOfPressure().orElseThrow();
    assertEquals(Unit.MILLIMETRE, cop.unit());
    assertTrue(Double.isNaN(cop.get(0, Axis.X)));
    assertEquals(150.25, cop.get(2, Axis.Y));
    assertEquals(0.0, cop.get(2, Axis.Z));
  }

  @Test
  void oneFootWithColumnsInAnyOrderAndTheRateFromTheTimes() throws IOException {
    Trial t = new InsoleCsvReader().read(LEFT);
    assertEquals(1, t.insoles().size());
    InsoleRecording l = t.insole(Side.LEFT).orElseThrow();
    assertEquals(50.0, l.rate().hz(), 1e-9);
    assertEquals(10.0, t.startTimeS());
    assertEquals(Unit.NEWTON_PER_SQUARE_CENTIMETRE, l.pressure().units().get(0));
    assertEquals("1", l.cells().get(0).label());
    assertEquals(0.0, l.cells().get(0).areaM2());
    // column "1" is the third column, "2" the first
    assertEquals(2.5, l.pressure().get(0, 0));
    assertTrue(Double.isNaN(l.pressure().get(0, 2)));
    assertEquals(3.0, l.pressure().get(1, 3));
  }

  @Test
  void otherCsvFilesAreNotClaimed() {
    byte[] head = "time,a,b\n0,1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(TrialReader.Match.NO, new InsoleCsvReader().sniff(Path.of("x.csv"), head));
  }

  /** Replaces line {@code n} (1-based) of the two-sided fixture and expects an error there. */
  private GaitFormatException bad(int n, String replacement, long expectedLine, String contains)
      throws IOException {
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(BOTH));
    if (replacement == null) {
      lines.remove(n - 1);
    } else {
      lines.set(n - 1, replacement);
    }
    Path p = Files.write(tmp.resolve("bad" + n + ".csv"), lines);
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new InsoleCsvReader().read(p));
    assertEquals(GaitFormatException.PositionKind.LINE, e.positionKind(), e.getMessage());
    assertEquals(expectedLine, e.position().orElseThrow(), e.getMessage());
    assertTrue(e.problem().contains(contains), e.getMessage());
    return e;
  }

  @Test
  void badInputNamesTheLineAndTheProblem() throws IOException {
    bad(1, "# insole", 1, "signature");
    bad(2, "# side=middle", 2, "side 'middle' is not left, right or both");
    bad(3, "# rateHz=-5", 3, "rateHz (-5) must be a positive number");
    bad(4, "# unit=psi", 4, "unit 'psi' is not kPa");
    bad(5, "# unit=kPa", 5, "key 'unit' given twice (first on line 4)");
    bad(6, "# cell,L_heel,30.0", 6, "found 3 fields");
    bad(7, "# cell,L_mid,abc,120.0,150", 7, "'abc' is not a number");
    bad(8, "# cell,L_heel,40.0,200.5,150", 8, "cell 'L_heel' already declared on line 6");
    bad(9, "# cell,heel,30.0,25.0,200", 9, "starts with L_ or R_");
    bad(10, "# cell,R_mid,35.0,120.0,-1", 10, "must not be negative");
    bad(12, "time,L_heel,L_mid,L_fore,L_force,R_heel,R_mid,R_fore,R_force,R_cop_x,R_cop_y,extra",
        12, "unknown column 'extra'");
    bad(12, "time,L_heel,L_mid,L_fore,L_force,R_heel,R_mid,R_fore,R_force,R_cop_x,R_heel", 12,
        "column 'R_heel' appears twice");
    bad(12, "time,L_heel,L_mid,L_fore,L_force,R_heel,R_mid,R_force,R_cop_x,R_cop_y,R_cop_z", 12,
        "unknown column 'R_cop_z'");
    bad(12, "time,L_heel,L_mid,L_fore,L_force,R_heel,R_mid,R_force,R_cop_x,R_cop_y", 12,
        "cell 'R_fore' (declared on line 11) has no column");
    bad(14, "0.01,118.0,12.5,0.5,405.5,0.0,0.0,3.0,2.5,40.0", 14, "expected 11");
    bad(15, "0.02,100.0,forty,5.0,380.0,15.0,0.0,60.0,120.0,39.0,150.25", 15,
        "column 'L_mid': 'forty' is not a number");
    bad(16, "0.01,80.0,70.0,20.0,350.0,NaN,5.0,110.0,260.0,38.5,140.0", 16,
        "time is not increasing");
  }

  @Test
  void headerWithoutDataOrRate(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("e.csv"),
        "# gait4j insole CSV v1\n# side=left\n# unit=kPa\n# cell,a,0,0\ntime,a\n");
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new InsoleCsvReader().read(empty));
    assertEquals(5L, e.position().orElseThrow());
    assertTrue(e.problem().contains("no data rows"));
    Path noRate = Files.writeString(dir.resolve("n.csv"),
        "# gait4j insole CSV v1\n# side=left\n# unit=kPa\n# cell,a,0,0\na\n1\n");
    e = assertThrows(GaitFormatException.class, () -> new InsoleCsvReader().read(noRate));
    assertEquals(5L, e.position().orElseThrow());
    assertTrue(e.problem().contains("sampling rate is unknown"));
    Path noCells = Files.writeString(dir.resolve("c.csv"),
        "# gait4j insole CSV v1\n# side=left\n# unit=kPa\n# rateHz=10\ntime\n0\n");
    e = assertThrows(GaitFormatException.class, () -> new InsoleCsvReader().read(noCells));
    assertTrue(e.problem().contains("no '# cell"));
  }
}
