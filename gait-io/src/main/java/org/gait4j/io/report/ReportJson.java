package org.gait4j.io.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gait4j.analysis.GaitReport;
import org.gait4j.analysis.SourceAnalysis;
import org.gait4j.cycles.GaitCycle;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.Side;
import org.gait4j.params.CycleParameters;
import org.gait4j.params.GaitParameters;
import org.gait4j.params.Parameter;
import org.gait4j.params.Summary;
import org.gait4j.params.Symmetry;

/**
 * Writes a {@link GaitReport} as JSON, schema {@code gait4j-report} version {@value #VERSION}.
 *
 * <p>The schema is published as the JSON Schema resource {@code
 * /org/gait4j/io/report/gait4j-report-v1.schema.json} in this jar. Layout:
 *
 * <pre>
 * { "schema": "gait4j-report", "schema_version": 1, "trial": "walk.c3d",
 *   "analyses": [ { "modality": "MARKERS", "method": "...", "sampling_rate_hz": 100.0,
 *       "events": [ {"side": "LEFT", "type": "INITIAL_CONTACT", "sample_index": 12, "time_s": 0.12} ],
 *       "cycles": [ {"side": "LEFT", "initial_contact": 12, "next_initial_contact": 118,
 *                    "toe_off": 76, "parameters": {"stride_time": 1.06, ...}} ],
 *       "summary": { "left": {"stride_time": {"n": 5, "mean": 1.06, "sd": 0.01, "cv_percent": 0.9}},
 *                    "right": {...}, "all": {...} },
 *       "symmetry": { "stride_time": {"index_percent": 0.4, "ratio": 1.004} },
 *       "cadence_steps_per_min": 113.2, "walk_ratio_m_per_steps_per_min": 0.0061 } ],
 *   "notes": [ "..." ] }
 * </pre>
 *
 * Parameter keys are {@link Parameter#key()}, in the units of {@link Parameter#unit()}. A value
 * that was not measured is absent, never null or NaN. Versions only add fields; a field's meaning
 * never changes within a major version.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportJson {
  /** The schema version this writer produces. */
  public static final int VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private ReportJson() {}

  /** Writes {@code report} to {@code file} (UTF-8, pretty-printed). */
  public static void write(GaitReport report, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      write(report, g);
    }
  }

  /** Writes {@code report} to {@code out}, which stays open. */
  public static void write(GaitReport report, Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    write(report, g);
    g.flush();
  }

  private static void write(GaitReport report, JsonGenerator g) throws IOException {
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("schema", "gait4j-report");
    g.writeNumberField("schema_version", VERSION);
    g.writeStringField("trial", report.trialName());
    g.writeArrayFieldStart("analyses");
    for (SourceAnalysis a : report.analyses()) {
      writeAnalysis(a, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notes");
    for (String n : report.notes()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeAnalysis(SourceAnalysis a, JsonGenerator g) throws IOException {
    GaitParameters p = a.parameters();
    double hz = a.events().rate().hz();
    g.writeStartObject();
    g.writeStringField("modality", a.modality().name());
    g.writeStringField("method", a.method());
    g.writeNumberField("sampling_rate_hz", hz);
    g.writeArrayFieldStart("events");
    for (GaitEvent e : a.events()) {
      g.writeStartObject();
      g.writeStringField("side", e.side().name());
      g.writeStringField("type", e.type().name());
      g.writeNumberField("sample_index", e.sampleIndex());
      g.writeNumberField("time_s", e.sampleIndex() / hz);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("cycles");
    for (CycleParameters c : p.cycles()) {
      GaitCycle cy = c.cycle();
      g.writeStartObject();
      g.writeStringField("side", cy.side().name());
      g.writeNumberField("initial_contact", cy.initialContact());
      g.writeNumberField("next_initial_contact", cy.nextInitialContact());
      if (cy.toeOff().isPresent()) {
        g.writeNumberField("toe_off", cy.toeOff().getAsInt());
      }
      g.writeObjectFieldStart("parameters");
      for (Parameter k : Parameter.values()) {
        OptionalDouble v = c.get(k);
        if (v.isPresent()) {
          g.writeNumberField(k.key(), v.getAsDouble());
        }
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("summary");
    writeSummaries("left", p, Optional.of(Side.LEFT), g);
    writeSummaries("right", p, Optional.of(Side.RIGHT), g);
    writeSummaries("all", p, Optional.empty(), g);
    g.writeEndObject();
    g.writeObjectFieldStart("symmetry");
    for (Parameter k : Parameter.values()) {
      Optional<Symmetry> s = p.symmetry(k);
      if (s.isPresent() && Double.isFinite(s.get().indexPercent())) {
        g.writeObjectFieldStart(k.key());
        g.writeNumberField("index_percent", s.get().indexPercent());
        g.writeNumberField("ratio", s.get().ratio());
        g.writeEndObject();
      }
    }
    g.writeEndObject();
    if (p.cadenceStepsPerMin().isPresent()) {
      g.writeNumberField("cadence_steps_per_min", p.cadenceStepsPerMin().getAsDouble());
    }
    if (p.walkRatio().isPresent()) {
      g.writeNumberField("walk_ratio_m_per_steps_per_min", p.walkRatio().getAsDouble());
    }
    g.writeEndObject();
  }

  private static void writeSummaries(String name, GaitParameters p, Optional<Side> side,
      JsonGenerator g) throws IOException {
    g.writeObjectFieldStart(name);
    for (Parameter k : Parameter.values()) {
      Optional<Summary> s = side.isPresent() ? p.summary(k, side.get()) : p.summary(k);
      if (s.isPresent()) {
        g.writeObjectFieldStart(k.key());
        g.writeNumberField("n", s.get().n());
        g.writeNumberField("mean", s.get().mean());
        g.writeNumberField("sd", s.get().sd());
        if (Double.isFinite(s.get().cvPercent())) {
          g.writeNumberField("cv_percent", s.get().cvPercent());
        }
        g.writeEndObject();
      }
    }
    g.writeEndObject();
  }
}
