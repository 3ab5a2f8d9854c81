package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gait4j.testing.SimulatedSeeds;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.gait4j.model.Footfall;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.Point3;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;
import org.gait4j.model.WalkwayRecording;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;
import org.junit.jupiter.api.Test;

/**
 * {@link WalkwayFootprintDetector} on the simulator's pressure walkway, against the simulator's
 * footfall table (the true contacts and the true heel and toe points of the footprints).
 *
 * <p>Tolerances, from an exploratory run over 30 random walks (0.7-1.8 m/s, 85-125 steps/min,
 * 50-120 Hz, cells of 1-2 cm): first contact is late and last contact early by at most 1.03
 * frames (the grid is sampled, so a contact starts and ends between frames, and the vertical
 * force ramps through the threshold: in the slowest walks the first frame after contact can
 * still be below 0.1 N/cm²), so the check is 1.1 frames; heel and toe within 13 mm (mean 7.5
 * mm) of the truth there, 18 mm in the walk of the example tests, checked within 20 mm (the
 * outermost loaded cell's edge is within half a cell
 * of the true end along the foot, plus the toe-out angle over half a cell across it).
 */
class WalkwayFootprintDetectorTest {

  static SimulatedWalk walk(long seed, double speed, double cadence, double asym, double rateHz,
      double cellM) {
    return GaitSimulator.of(WalkParameters.defaults().withSeed(seed).withSpeedMps(speed)
        .withCadenceStepsPerMin(cadence).withLeftStepLengthFactor(1 + asym)
        .withRightStepLengthFactor(1 - asym).withDurationS(10),
        SensorOptions.defaults().withWalkwayRateHz(rateHz).withWalkwayCellM(cellM)
            .withOutputs(SimOutput.WALKWAY)).simulate();
  }

  @Property(tries = 15, seed = SimulatedSeeds.SEED)
  void everyFootfallIsFoundWithItsTimesHeelToeAndSide(
      @ForAll @LongRange(min = 0, max = 10_000) long seed,
      @ForAll @DoubleRange(min = 0.7, max = 1.8) double speed,
      @ForAll @DoubleRange(min = 85, max = 125) double cadence,
      @ForAll @DoubleRange(min = -0.15, max = 0.15) double asym,
      @ForAll @DoubleRange(min = 50, max = 120) double rateHz,
      @ForAll @DoubleRange(min = 0.01, max = 0.02) double cellM) {
    SimulatedWalk w = walk(seed, speed, cadence, asym, rateHz, cellM);
    WalkwayRecording mat = w.trial().walkway().orElseThrow();
    List<Footfall> truth = w.trial().footfalls();
    List<Footfall> found = WalkwayFootprintDetector.withDefaults().detect(mat);
    assertFootfallsMatch(truth, found, 1.1 * mat.rate().periodS(), 0.02, w.toString());
  }

  /** Same count, sides, contacts within {@code timeS}, heel and toe within {@code posM}. */
  static double[] assertFootfallsMatch(List<Footfall> truth, List<Footfall> found, double timeS,
      double posM, String context) {
    assertEquals(truth.size(), found.size(), "footfalls " + found + "\n" + context);
    double maxT = 0;
    double maxP = 0;
    for (int k = 0; k < truth.size(); k++) {
      Footfall t = truth.get(k);
      Footfall f = found.get(k);
      String msg = k + ": " + f + " vs " + t + "\n" + context;
      assertEquals(t.side(), f.side(), msg);
      maxT = Math.max(maxT, Math.max(Math.abs(f.firstContactS() - t.firstContactS()),
          Math.abs(f.lastContactS() - t.lastContactS())));
      maxP = Math.max(maxP, Math.max(dist(f.heel().orElseThrow(), t.heel().orElseThrow()),
          dist(f.toe().orElseThrow(), t.toe().orElseThrow())));
    }
    assertTrue(maxT <= timeS, "contact error " + maxT + " s\n" + context);
    assertTrue(maxP <= posM, "heel/toe error " + maxP + " m\n" + context);
    return new double[] {maxT, maxP};
  }

  private static double dist(Point3 a, Point3 b) {
    return Math.hypot(a.x() - b.x(), a.y() - b.y());
  }

  private static SimulatedWalk defaultWalk() {
    return walk(11, 1.3, 110, 0.05, 60, 0.02);
  }

  @Test
  void defaultWalkEventsAreTheTableEvents() {
    SimulatedWalk w = defaultWalk();
    WalkwayRecording mat = w.trial().walkway().orElseThrow();
    GaitEvents e = WalkwayFootprintDetector.withDefaults().detectEvents(mat);
    GaitEvents t = FootfallEvents.of(w.trial().footfalls(), mat.rate());
    assertTrue(w.trial().footfalls().size() >= 4, "a walk with several footfalls on the mat");
    for (Side s : new Side[] {Side.LEFT, Side.RIGHT}) {
      for (GaitEventType type : new GaitEventType[] {GaitEventType.INITIAL_CONTACT,
          GaitEventType.TOE_OFF}) {
        int[] a = e.sampleIndices(s, type);
        int[] b = t.sampleIndices(s, type);
        assertEquals(b.length, a.length);
        for (int i = 0; i < a.length; i++) {
          assertTrue(Math.abs(a[i] - b[i]) <= 1, s + " " + type + " " + e.toTable());
        }
      }
    }
    SimulatedWalkChecks.sidesAlternate(e);
    SimulatedWalkChecks.contactsOrdered(e);
  }

  @Test
  void inputIsNotModifiedAndDetectionIsDeterministic() {
    WalkwayRecording mat = defaultWalk().trial().walkway().orElseThrow();
    int before = fingerprint(mat);
    List<Footfall> a = WalkwayFootprintDetector.withDefaults().detect(mat);
    List<Footfall> b = WalkwayFootprintDetector.withDefaults().detect(mat);
    assertEquals(before, fingerprint(mat));
    assertEquals(a, b);
  }

  @Test
  void emptyOrUnloadedGridGivesNoFootfalls() {
    WalkwayRecording zero = WalkwayRecording.of(SamplingRate.ofHz(60), 30, 200, 0.02, 0.02,
        Unit.NEWTON_PER_SQUARE_CENTIMETRE, new float[5 * 30 * 200]);
    assertTrue(WalkwayFootprintDetector.withDefaults().detect(zero).isEmpty());
    WalkwayRecording none = WalkwayRecording.of(SamplingRate.ofHz(60), 30, 200, 0.02, 0.02,
        Unit.NEWTON_PER_SQUARE_CENTIMETRE, new float[0]);
    assertTrue(WalkwayFootprintDetector.withDefaults().detect(none).isEmpty());
    assertTrue(WalkwayFootprintDetector.withDefaults().detectEvents(none).isEmpty());
  }

  @Test
  void walkingTheOtherWayKeepsSidesAndMirroringSwapsThem() {
    SimulatedWalk w = defaultWalk();
    WalkwayRecording mat = w.trial().walkway().orElseThrow();
    double lx = mat.columns() * mat.cellWidthM();
    double ly = mat.rows() * mat.cellLengthM();
    List<Footfall> truth = w.trial().footfalls();
    // turned by 180 deg: the same walk in the -x direction, sides unchanged
    List<Footfall> turnedTruth = truth.stream().map(f -> new Footfall(f.side(), f.firstContactS(),
        f.lastContactS(), f.heel().map(p -> new Point3(lx - p.x(), ly - p.y(), 0)),
        f.toe().map(p -> new Point3(lx - p.x(), ly - p.y(), 0)))).toList();
    assertFootfallsMatch(turnedTruth, WalkwayFootprintDetector.withDefaults()
        .detect(transformed(mat, true, true)), 1.1 * mat.rate().periodS(), 0.02, "turned");
    // mirrored across the walking line: left and right swap
    List<Footfall> mirroredTruth = truth.stream().map(f -> new Footfall(f.side().opposite(),
        f.firstContactS(), f.lastContactS(), f.heel().map(p -> new Point3(p.x(), ly - p.y(), 0)),
        f.toe().map(p -> new Point3(p.x(), ly - p.y(), 0)))).toList();
    assertFootfallsMatch(mirroredTruth, WalkwayFootprintDetector.withDefaults()
        .detect(transformed(mat, false, true)), 1.1 * mat.rate().periodS(), 0.02, "mirrored");
  }

  @Test
  void thresholdIsReadInTheRecordingsUnitAndNonPressureIsRejected() {
    WalkwayRecording mat = defaultWalk().trial().walkway().orElseThrow();
    float[] v = values(mat);
    for (int i = 0; i < v.length; i++) {
      v[i] *= 10; // N/cm² to kPa
    }
    WalkwayRecording kpa = WalkwayRecording.of(mat.rate(), mat.rows(), mat.columns(),
        mat.cellWidthM(), mat.cellLengthM(), Unit.KILOPASCAL, v);
    assertEquals(WalkwayFootprintDetector.withDefaults().detect(mat),
        WalkwayFootprintDetector.withDefaults().detect(kpa));
    WalkwayRecording newtons = WalkwayRecording.of(mat.rate(), mat.rows(), mat.columns(),
        mat.cellWidthM(), mat.cellLengthM(), Unit.NEWTON, v);
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> WalkwayFootprintDetector.withDefaults().detect(newtons));
    assertTrue(x.getMessage().contains("not a pressure"), x.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> WalkwayFootprintConfig.defaults().withThresholdNPerCm2(0));
  }

  @Test
  void strayCellsAreNotFootprints() {
    WalkwayRecording mat = defaultWalk().trial().walkway().orElseThrow();
    float[] v = values(mat);
    int cells = mat.rows() * mat.columns();
    // one loaded cell for 3 frames, and a 2 x 2 patch for one frame, away from the feet
    for (int f = 0; f < 3; f++) {
      v[f * cells + 1] = 50;
    }
    v[10 * cells + mat.columns() * (mat.rows() - 2) + mat.columns() - 2] = 50;
    WalkwayRecording noisy = WalkwayRecording.of(mat.rate(), mat.rows(), mat.columns(),
        mat.cellWidthM(), mat.cellLengthM(), mat.unit(), v);
    assertEquals(WalkwayFootprintDetector.withDefaults().detect(mat),
        WalkwayFootprintDetector.withDefaults().detect(noisy));
  }

  private static float[] values(WalkwayRecording w) {
    int cells = w.rows() * w.columns();
    float[] v = new float[w.frameCount() * cells];
    float[] frame = new float[cells];
    for (int f = 0; f < w.frameCount(); f++) {
      w.copyFrame(f, frame);
      System.arraycopy(frame, 0, v, f * cells, cells);
    }
    return v;
  }

  private static int fingerprint(WalkwayRecording w) {
    return Arrays.hashCode(values(w));
  }

  /** The grid with its columns and / or rows reversed. */
  private static WalkwayRecording transformed(WalkwayRecording w, boolean flipX, boolean flipY) {
    int rows = w.rows();
    int cols = w.columns();
    float[] v = values(w);
    float[] out = new float[v.length];
    for (int f = 0; f < w.frameCount(); f++) {
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          int rr = flipY ? rows - 1 - r : r;
          int cc = flipX ? cols - 1 - c : c;
          out[(f * rows + rr) * cols + cc] = v[(f * rows + r) * cols + c];
        }
      }
    }
    return WalkwayRecording.of(w.rate(), rows, cols, w.cellWidthM(), w.cellLengthM(), w.unit(),
        out);
  }
}
