package org.gait4j.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;
import org.gait4j.params.Parameter;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;
import org.gait4j.validation.EventMatch;
import org.junit.jupiter.api.Test;

class GaitAnalysisTest {

  private static SimulatedWalk walk(SimOutput first, SimOutput... rest) {
    return GaitSimulator.withDefaults().withWalk(WalkParameters.defaults().withDurationS(20))
        .withSensors(SensorOptions.defaults().withOutputs(first, rest)).simulate();
  }

  @Test
  void everyModalityPresentIsAnalysedPrimaryFirst() {
    SimulatedWalk sim = walk(SimOutput.FOOT_IMU, SimOutput.INSOLES, SimOutput.MARKERS);
    GaitReport r = GaitAnalysis.withDefaults().analyze(sim.trial());
    assertEquals(List.of(Modality.FOOT_IMU, Modality.INSOLES, Modality.MARKERS),
        r.analyses().stream().map(SourceAnalysis::modality).toList());
    assertEquals(Modality.FOOT_IMU, r.primary().orElseThrow().modality());
    for (SourceAnalysis a : r.analyses()) {
      for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
        EventMatch m = EventMatch.ofSamples(
            a.events().sampleIndices(side, GaitEventType.INITIAL_CONTACT),
            sim.events(side, GaitEventType.INITIAL_CONTACT), sim.truthRate(), 0.1);
        // a stride cut by the start or end of the recording may be left out
        assertTrue(m.falseNegatives() <= 2 && m.precision() > 0.95,
            a.modality() + " " + side + ": " + m);
      }
      double stride = a.parameters().summary(Parameter.STRIDE_TIME).orElseThrow().mean();
      assertEquals(120 / sim.walkParameters().cadenceStepsPerMin(), stride, 0.02);
    }
    double length = r.primary().orElseThrow().parameters().summary(Parameter.STRIDE_LENGTH)
        .orElseThrow().mean();
    assertEquals(sim.walkParameters().strideLengthM(), length, 0.07);
  }

  @Test
  void preferenceSelectsAndOrdersModalities() {
    SimulatedWalk sim = walk(SimOutput.FOOT_IMU, SimOutput.INSOLES);
    GaitReport r = GaitAnalysis.withDefaults().withPreference(Modality.INSOLES)
        .analyze(sim.trial());
    assertEquals(1, r.analyses().size());
    assertEquals(Modality.INSOLES, r.primary().orElseThrow().modality());
    assertThrows(IllegalArgumentException.class,
        () -> GaitAnalysis.withDefaults().withPreference(Modality.INSOLES, Modality.INSOLES));
  }

  @Test
  void anEmptyTrialGivesANoteNotAnError() {
    GaitReport r = GaitAnalysis.withDefaults().analyze(Trial.builder("empty").build());
    assertTrue(r.analyses().isEmpty());
    assertTrue(r.notes().get(0).startsWith("nothing to analyse"), r.notes().toString());
    assertTrue(r.primary().isEmpty());
  }

  @Test
  void storedEventsAreNeverUsed() {
    SimulatedWalk sim = walk(SimOutput.INSOLES);
    Trial withStored = sim.trial().toBuilder()
        .storedEvents(org.gait4j.model.GaitEvents.empty(sim.truthRate())).build();
    assertEquals(GaitAnalysis.withDefaults().analyze(sim.trial()).primary().orElseThrow().events(),
        GaitAnalysis.withDefaults().analyze(withStored).primary().orElseThrow().events());
  }
}
