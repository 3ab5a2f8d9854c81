package org.gait4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.gait4j.analysis.Modality;
import org.gait4j.model.BodyLocation;
import org.junit.jupiter.api.Test;

/** The hand-written command line of the {@code gait} app: options, errors and exit statuses. */
class GaitCliTest {

  private static void parse(Subcommand c, String... args) throws Args.UsageException {
    c.parse(new Args(args, 0));
  }

  @Test
  void eventsTakesOptionsInBothFormsAndInAnyOrder() throws Exception {
    EventsCommand c = new EventsCommand();
    parse(c, "--modality=foot_imu", "walk.csv", "--sensor", "A1=LEFT_FOOT",
        "--sensor=B2=right_foot", "--location", "LOWER_BACK", "--verbose");
    assertEquals(Path.of("walk.csv"), c.trial.file);
    assertEquals(Modality.FOOT_IMU, c.modality);
    assertEquals(Map.of("A1", BodyLocation.LEFT_FOOT, "B2", BodyLocation.RIGHT_FOOT),
        c.trial.sensors);
    assertEquals(BodyLocation.LOWER_BACK, c.trial.location);
    assertTrue(c.verbose());
  }

  @Test
  void analyzeAndDemoReadTheirOptions() throws Exception {
    AnalyzeCommand a = new AnalyzeCommand();
    parse(a, "walk.c3d", "--json", "r.json", "--cycles-csv=c.csv");
    assertEquals(Path.of("r.json"), a.json);
    assertEquals(Path.of("c.csv"), a.cyclesCsv);
    assertNull(a.modality);
    DemoCommand d = new DemoCommand();
    parse(d, "--seed=7", "--speed", "1.1", "--cadence=100", "--duration", "12.5", "--full");
    assertEquals(7, d.seed);
    assertEquals(1.1, d.speedMps);
    assertEquals(100, d.cadence);
    assertEquals(12.5, d.durationS);
    assertTrue(d.full);
  }

  @Test
  void commandLinesThatDoNotFitAreUsageErrors() {
    assertThrows(Args.UsageException.class, () -> parse(new EventsCommand()));
    assertThrows(Args.UsageException.class, () -> parse(new EventsCommand(), "a", "b"));
    assertThrows(Args.UsageException.class, () -> parse(new EventsCommand(), "a", "--bogus"));
    assertThrows(Args.UsageException.class, () -> parse(new EventsCommand(), "a", "--modality"));
    assertThrows(Args.UsageException.class,
        () -> parse(new EventsCommand(), "a", "--modality=ELBOW"));
    assertThrows(Args.UsageException.class, () -> parse(new EventsCommand(), "a", "--verbose=1"));
    assertThrows(Args.UsageException.class,
        () -> parse(new EventsCommand(), "a", "--sensor", "LEFT_FOOT"));
    assertThrows(Args.UsageException.class, () -> parse(new DemoCommand(), "--seed", "1.5"));
    assertThrows(Args.UsageException.class, () -> parse(new DemoCommand(), "--speed", "NaN"));
    assertThrows(Args.UsageException.class, () -> parse(new InfoCommand()));
  }

  @Test
  void exitStatusesAndMessages() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      assertEquals(0, GaitCli.run("--version"));
      assertEquals(0, GaitCli.run("events", "--help"));
      assertEquals(2, GaitCli.run());
      assertEquals(2, GaitCli.run("frob"));
      assertEquals(2, GaitCli.run("events", "--bogus"));
      assertEquals(1, GaitCli.run("events", "/no/such/recording.csv"));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String stdout = o.toString(StandardCharsets.UTF_8);
    String stderr = e.toString(StandardCharsets.UTF_8);
    assertTrue(stdout.startsWith(GaitCli.VERSION), stdout);
    assertTrue(stdout.contains("Usage: gait events"), stdout);
    assertTrue(stderr.contains("gait: unknown command: frob"), stderr);
    assertTrue(stderr.contains("gait events: unknown option: --bogus"), stderr);
    assertTrue(stderr.contains("gait: no such file: /no/such/recording.csv"), stderr);
  }
}
