package org.gait4j.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gait4j.analysis.GaitAnalysis;
import org.gait4j.analysis.GaitReport;
import org.gait4j.analysis.SourceAnalysis;
import org.gait4j.io.GaitIO;
import org.gait4j.io.c3d.C3dWriter;
import org.gait4j.io.text.TrcWriter;
import org.gait4j.model.PointSet;
import org.gait4j.params.GaitParameters;
import org.gait4j.params.Parameter;
import org.gait4j.params.Summary;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode (two worker threads) over simulated recordings written with the
 * gait-io writers, a corrupt file, a file of no known format, a missing file and, when the shared
 * data folder exists, a few real recordings: one row per file, the values of each row exactly
 * those of {@link GaitAnalysis} run directly on the same file, error rows for the bad files.
 */
class CohortAnalysisTest {
  /** Cadences of the simulated walks, steps/min: each recording differs, so rows cannot mix. */
  private static final double[] CADENCES = {100, 110, 120};

  /** Real recordings used when the shared data folder exists (see {@code gait4j.data}). */
  private static final List<String> REAL = List.of("c3d_org_gait_events/Walk1.c3d",
      "c3d_org_gait_events/gait-pig.c3d", "gaitmap_foot_imu/imu_sample.csv");

  @TempDir
  static Path dir;

  static SparkSession spark;
  static List<Path> simulated = new ArrayList<>();
  static Path corrupt;
  static Path unknown;
  static Path missing;

  @BeforeAll
  static void setUp() throws IOException {
    for (int i = 0; i < CADENCES.length; i++) {
      WalkParameters walk = WalkParameters.defaults().withSeed(i + 1).withDurationS(12)
          .withCadenceStepsPerMin(CADENCES[i]);
      // Only what the files hold: the simulator's other sensors would cost time for nothing.
      SimulatedWalk sim = GaitSimulator.withDefaults().withWalk(walk).withSensors(
          SensorOptions.defaults().withOutputs(SimOutput.MARKERS, SimOutput.FORCE_PLATES))
          .simulate();
      Path f;
      if (i % 2 == 0) {
        f = dir.resolve("walk" + i + ".c3d");
        C3dWriter.defaults().write(sim.trial(), f);
      } else {
        f = dir.resolve("walk" + i + ".trc");
        PointSet markers = sim.trial().pointSet(PointSet.Kind.MARKERS).orElseThrow();
        TrcWriter.write(markers, sim.trial().startTimeS(), f);
      }
      simulated.add(f);
    }
    // A C3D header that promises parameters and data the file does not hold.
    byte[] c3d = Files.readAllBytes(simulated.get(0));
    corrupt = dir.resolve("corrupt.c3d");
    Files.write(corrupt, java.util.Arrays.copyOf(c3d, 700));
    unknown = dir.resolve("notes.txt");
    Files.writeString(unknown, "subject 12 did not finish the walk\n", StandardCharsets.UTF_8);
    missing = dir.resolve("missing.c3d");

    spark = SparkSession.builder().master("local[2]").appName("CohortAnalysisTest")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "localhost")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        // Tiny data: compiling generated code costs more than it saves.
        .config("spark.sql.codegen.wholeStage", "false")
        .config("spark.sql.adaptive.enabled", "false")
        .getOrCreate();
  }

  @AfterAll
  static void tearDown() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void oneRowPerFileEqualToTheDirectAnalysis() throws IOException {
    List<Path> good = new ArrayList<>(simulated);
    Path data = Path.of(System.getProperty("gait4j.data", "../shared/data"));
    for (String r : REAL) {
      if (Files.isRegularFile(data.resolve(r))) {
        good.add(data.resolve(r));
      }
    }
    List<String> files = new ArrayList<>();
    good.forEach(p -> files.add(p.toString()));
    files.add(corrupt.toString());
    files.add(unknown.toString());
    files.add(missing.toString());

    // Three slices over two threads: rows come from several tasks.
    List<Row> rows = CohortAnalysis.summarise(spark, files, Optional.empty(), 3).collectAsList();

    assertEquals(files.size(), rows.size());
    Map<String, Row> byFile = new HashMap<>();
    for (Row r : rows) {
      byFile.put(r.getAs("file"), r);
    }
    assertEquals(new TreeSet<>(files), new TreeSet<>(byFile.keySet()), "one row per file");

    for (Path p : good) {
      Row row = byFile.get(p.toString());
      assertNull(row.getAs("error"), () -> p + ": " + row.getAs("error"));
      GaitReport direct = GaitAnalysis.withDefaults().analyze(GaitIO.read(p));
      SourceAnalysis a = direct.primary().orElseThrow();
      GaitParameters params = a.parameters();
      assertEquals(GaitIO.readerFor(p).orElseThrow().formatName(), row.getAs("format"));
      assertEquals(a.modality().name(), row.getAs("modality"), p.toString());
      assertEquals(params.cycles().size(), (int) row.getAs("cycles"), p.toString());
      assertTrue(params.cycles().size() > 0, p + " has cycles");
      assertEquals(params.cadenceStepsPerMin().getAsDouble(), row.getAs("cadence_steps_per_min"));
      Summary stride = params.summary(Parameter.STRIDE_TIME).orElseThrow();
      assertEquals(stride.mean(), row.getAs("stride_time_mean_s"));
      assertEquals(stride.cvPercent(), row.getAs("stride_time_cv_pct"));
      assertEquals(mean(params, Parameter.STRIDE_LENGTH), row.getAs("stride_length_mean_m"));
      assertEquals(mean(params, Parameter.SPEED), row.getAs("speed_mean_m_per_s"));
      assertEquals(mean(params, Parameter.STANCE_PERCENT), row.getAs("stance_pct"));
      assertEquals(mean(params, Parameter.DOUBLE_SUPPORT_PERCENT),
          row.getAs("double_support_pct"));
      assertEquals(params.symmetry(Parameter.STRIDE_TIME).map(s -> s.indexPercent()).orElse(null),
          row.getAs("stride_time_symmetry_index_pct"));
      assertEquals(String.join("; ", direct.notes()), row.getAs("notes"));
    }

    // The simulated walks' cadence is known: each row carries its own recording's values.
    for (int i = 0; i < simulated.size(); i++) {
      Row row = byFile.get(simulated.get(i).toString());
      assertEquals("MARKERS", row.getAs("modality"));
      assertEquals(CADENCES[i], (double) row.getAs("cadence_steps_per_min"), 2.0,
          simulated.get(i).toString());
      assertNotNull(row.getAs("stride_length_mean_m"), "markers measure stride length");
    }

    for (Path bad : List.of(corrupt, unknown, missing)) {
      Row row = byFile.get(bad.toString());
      String error = row.getAs("error");
      assertNotNull(error, bad + " gives an error row");
      assertNull(row.getAs("modality"));
      assertEquals(0, (int) row.getAs("cycles"));
    }
    assertEquals("C3D", byFile.get(corrupt.toString()).getAs("format"),
        "the corrupt file was recognised, then failed to read");
    assertTrue(byFile.get(unknown.toString()).<String>getAs("error").contains("no reader"));
    assertTrue(byFile.get(missing.toString()).<String>getAs("error")
        .startsWith("NoSuchFileException"));
  }

  @Test
  void commandLineWritesOneCsvRowPerGlobMatch() throws IOException {
    Path out = dir.resolve("summary");
    int code = CohortAnalysis.run(spark, "--single-file", "--partitions", "2", out.toString(),
        dir.resolve("*.{c3d,trc}").toString());
    assertEquals(0, code);

    List<Path> parts;
    try (var s = Files.list(out)) {
      parts = s.filter(p -> p.getFileName().toString().endsWith(".csv")).toList();
    }
    assertEquals(1, parts.size(), "--single-file writes one CSV");
    List<String> lines = Files.readAllLines(parts.get(0), StandardCharsets.UTF_8);
    assertEquals(String.join(",", RecordingSummary.COLUMNS), lines.get(0));
    // walk0.c3d, walk1.trc, walk2.c3d and corrupt.c3d, sorted by file.
    assertEquals(5, lines.size(), String.join("\n", lines));
    List<String> names = lines.subList(1, lines.size()).stream()
        .map(l -> l.substring(0, l.indexOf(','))).map(f -> Path.of(f.replace("file:", ""))
            .getFileName().toString()).toList();
    assertEquals(List.of("corrupt.c3d", "walk0.c3d", "walk1.trc", "walk2.c3d"), names);

    List<Row> back = spark.read().option("header", "true").schema(CohortAnalysis.SCHEMA)
        .csv(out.toString()).collectAsList();
    assertEquals(4, back.size());
    assertEquals(1, back.stream().filter(r -> r.getAs("error") != null).count(),
        () -> "only the corrupt file failed: " + back);
    for (Row r : back) {
      if (r.getAs("error") == null) {
        assertTrue(r.<Integer>getAs("cycles") > 0, r.toString());
      }
    }
  }

  private static Double mean(GaitParameters p, Parameter which) {
    return p.summary(which).map(Summary::mean).orElse(null);
  }
}
