package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.InsoleCell;
import org.gait4j.model.InsoleRecording;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.ScalarSeries;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;
import org.gait4j.validation.EventMatch;
import org.junit.jupiter.api.Test;

/** Contract and example-based tests of {@link InsoleContactDetector} on simulated insoles. */
class InsoleContactDetectorTest extends EventDetectorContract<InsoleRecording> {

  static SimulatedWalk walk() {
    return GaitSimulator.of(WalkParameters.defaults().withSeed(3).withDurationS(20),
        SensorOptions.defaults().withOutputs(SimOutput.INSOLES)).simulate();
  }

  @Override
  protected EventDetector<InsoleRecording> detector() {
    return InsoleContactDetector.withDefaults();
  }

  @Override
  protected InsoleRecording walkingInput() {
    return walk().trial().insole(Side.LEFT).orElseThrow();
  }

  @Override
  protected InsoleRecording slice(InsoleRecording input, int from, int to) {
    return input.slice(from, to);
  }

  @Override
  protected int size(InsoleRecording input) {
    return input.size();
  }

  @Override
  protected String fingerprint(InsoleRecording input) {
    StringBuilder s = new StringBuilder();
    s.append(Arrays.hashCode(input.totalForce().orElseThrow().toArray()));
    for (int c = 0; c < input.pressure().channelCount(); c++) {
      s.append(',').append(Arrays.hashCode(input.pressure().values(c)));
    }
    return s.toString();
  }

  @Test
  void simulatedEventsAreFoundOnBothSides() {
    SimulatedWalk w = walk();
    GaitEvents e = InsoleContactDetector.withDefaults().detectAll(w.trial().insoles());
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      for (GaitEventType t : new GaitEventType[] {GaitEventType.INITIAL_CONTACT,
          GaitEventType.TOE_OFF}) {
        EventMatch m = EventMatch.ofSamples(e.sampleIndices(side, t), w.events(side, t),
            w.truthRate(), 0.05);
        assertEquals(1.0, m.f1(), 1e-12, side + " " + t + " " + m);
        assertTrue(m.meanAbsoluteErrorS() <= 0.03, side + " " + t + " " + m);
      }
    }
  }

  /** A hand-made force: 0.5 s swing / 0.7 s stance at 100 Hz, 800 N plateaus with 5-sample ramps. */
  private static double[] steps(int strides) {
    double[] f = new double[strides * 120 + 50];
    for (int k = 0; k < strides; k++) {
      int s0 = 50 + k * 120;
      for (int i = 0; i < 70; i++) {
        double ramp = Math.min(1.0, Math.min(i + 1, 70 - i) / 5.0);
        f[s0 + i] = 800 * ramp;
      }
    }
    return f;
  }

  private static InsoleRecording insole(double[] force) {
    SamplingRate r = SamplingRate.ofHz(100);
    double[] p = new double[force.length];
    return InsoleRecording.of(Side.RIGHT, List.of(new InsoleCell("1", 0, 0, 0)),
        MultiChannelSeries.of(r, List.of("p"), List.of(Unit.KILOPASCAL), new double[][] {p}),
        Optional.of(ScalarSeries.of("force", r, Unit.NEWTON, force)), Optional.empty(),
        Optional.empty());
  }

  @Test
  void handMadeStepsGiveExactEdges() {
    GaitEvents e = InsoleContactDetector.withDefaults().detect(insole(steps(4)));
    // ramp 160, 320, ... N: on at 5 % (40 N) = first sample; off at 10 % (80 N): the first
    // sample below is the one after the last ramp sample of 160 N
    assertArrayEquals(new int[] {50, 170, 290, 410}, e.sampleIndices(Side.RIGHT,
        GaitEventType.INITIAL_CONTACT));
    assertArrayEquals(new int[] {120, 240, 360, 480}, e.sampleIndices(Side.RIGHT,
        GaitEventType.TOE_OFF));
  }

  @Test
  void chatterAndBlipsAreIgnored() {
    double[] f = steps(4);
    f[100] = 10; // a one-sample dip inside the second stance: a swing of 1 sample is closed
    f[135] = 60; // a blip in swing above on (40 N) but never above off (80 N): forgotten
    f[150] = 500; // a 1-sample spike in swing: a contact shorter than minStance, dropped
    GaitEvents e = InsoleContactDetector.of(InsoleContactConfig.defaults()
        .withBodyWeightN(800)).detect(insole(f));
    assertArrayEquals(new int[] {50, 170, 290, 410}, e.sampleIndices(Side.RIGHT,
        GaitEventType.INITIAL_CONTACT));
    assertArrayEquals(new int[] {120, 240, 360, 480}, e.sampleIndices(Side.RIGHT,
        GaitEventType.TOE_OFF));
  }

  @Test
  void edgesNextToMissingDataOrTheRecordingEndsAreNotReported() {
    double[] f = steps(4);
    for (int i = 0; i < 60; i++) {
      f[i] = Double.NaN; // the first IC (50) is inside missing data; its TO (120) is seen
    }
    for (int i = 300; i < 320; i++) {
      f[i] = Double.NaN; // the third stance is cut in two: its IC (290) and TO (360) are seen
    }
    GaitEvents e = InsoleContactDetector.withDefaults().detect(insole(f).slice(0, 440));
    // the last stance runs into the end (440): its IC is seen, its TO is not
    assertArrayEquals(new int[] {170, 290, 410}, e.sampleIndices(Side.RIGHT,
        GaitEventType.INITIAL_CONTACT));
    assertArrayEquals(new int[] {120, 240, 360}, e.sampleIndices(Side.RIGHT,
        GaitEventType.TOE_OFF));
  }

  @Test
  void cellPressuresTimesAreasStandInForAMissingTotalForce() {
    SimulatedWalk w = walk();
    InsoleRecording full = w.trial().insole(Side.LEFT).orElseThrow();
    InsoleRecording cellsOnly = InsoleRecording.of(full.side(), full.cells(), full.pressure(),
        Optional.empty(), Optional.empty(), Optional.empty());
    InsoleContactDetector d = InsoleContactDetector.of(InsoleContactConfig.defaults()
        .withBodyWeightN(70 * 9.81));
    assertEquals(d.detect(full), d.detect(cellsOnly));
    InsoleRecording noAreas = InsoleRecording.of(full.side(),
        full.cells().stream().map(c -> new InsoleCell(c.label(), c.xM(), c.yM(), 0)).toList(),
        full.pressure(), Optional.empty(), Optional.empty(), Optional.empty());
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> d.detect(noAreas));
    assertTrue(x.getMessage().contains("BODY_WEIGHT"), x.getMessage());
    assertEquals(InsoleContactDetector.withDefaults().detect(full).size(),
        InsoleContactDetector.withDefaults().detect(noAreas).size());
  }

  @Test
  void configErrorsNameTheParameter() {
    InsoleContactConfig c = InsoleContactConfig.defaults();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> c.withOnFraction(1.5))
        .getMessage().contains("onFraction (1.5)"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> c.withMinSwingS(-1))
        .getMessage().contains("minSwingS (-1.0)"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> c.withReference(ContactThreshold.BODY_WEIGHT)).getMessage().contains("bodyWeightN"));
  }
}
