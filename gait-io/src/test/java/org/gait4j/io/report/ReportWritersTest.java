package org.gait4j.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gait4j.analysis.GaitReport;
import org.gait4j.analysis.Modality;
import org.gait4j.analysis.SourceAnalysis;
import org.gait4j.params.GaitParameters;
import org.gait4j.params.Parameter;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

  private static GaitReport report() {
    SimulatedWalk sim = GaitSimulator.withDefaults()
        .withWalk(WalkParameters.defaults().withDurationS(8))
        .withSensors(SensorOptions.defaults().withOutputs(SimOutput.FOOT_IMU)).simulate();
    GaitParameters p = GaitParameters.of(sim.events());
    return new GaitReport("sim", List.of(new SourceAnalysis(Modality.FOOT_IMU, "simulator truth",
        sim.events(), List.of(), p)), List.of("a note"));
  }

  @Test
  void jsonHoldsEveryEventAndCycleWithTheirValues() throws IOException {
    GaitReport r = report();
    StringWriter w = new StringWriter();
    ReportJson.write(r, w);
    Map<String, Integer> counts = new HashMap<>();
    List<Double> strideTimes = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(w.toString())) {
      String field = null;
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME) {
          field = p.currentName();
          counts.merge(field, 1, Integer::sum);
        } else if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && "stride_time".equals(field)
            && p.getParsingContext().getParent().getCurrentName().equals("parameters")) {
          strideTimes.add(p.getDoubleValue());
        }
      }
    }
    SourceAnalysis a = r.primary().orElseThrow();
    assertEquals(a.events().size(), counts.get("sample_index"));
    assertEquals(a.parameters().cycles().size(), counts.get("next_initial_contact"));
    assertEquals(a.parameters().cycles().size(), strideTimes.size());
    for (int i = 0; i < strideTimes.size(); i++) {
      assertEquals(a.parameters().cycles().get(i).get(Parameter.STRIDE_TIME).orElseThrow(),
          strideTimes.get(i), 0);
    }
    assertTrue(w.toString().contains("\"schema\" : \"gait4j-report\""));
    assertFalse(w.toString().contains("NaN"));
  }

  @Test
  void schemaNamesEveryParameterTheWritersEmit() throws IOException {
    String schema;
    try (InputStream in = ReportJson.class.getResourceAsStream("gait4j-report-v1.schema.json")) {
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m = Pattern.compile("\"parameterKeys\": \\{\"enum\": \\[([^]]*)]").matcher(schema);
    assertTrue(m.find());
    List<String> keys = new ArrayList<>();
    for (String k : m.group(1).split(",")) {
      keys.add(k.trim().replace("\"", ""));
    }
    List<String> ours = new ArrayList<>();
    for (Parameter p : Parameter.values()) {
      ours.add(p.key());
    }
    assertEquals(ours, keys);
  }

  @Test
  void cyclesCsvHasOneRowPerCycleAndAColumnPerParameter() throws IOException {
    GaitReport r = report();
    StringWriter w = new StringWriter();
    ReportCsv.writeCycles(r.primary().orElseThrow().parameters(), w);
    String[] lines = w.toString().split("\n");
    assertEquals(r.primary().orElseThrow().parameters().cycles().size() + 1, lines.length);
    assertEquals(5 + Parameter.values().length, lines[0].split(",", -1).length);
    for (String line : lines) {
      assertEquals(5 + Parameter.values().length, line.split(",", -1).length, line);
    }
    assertTrue(lines[0].contains("stride_time_s") && lines[0].contains("stance_pct_cycle"));
  }
}
