package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gait4j.testing.SimulatedSeeds;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.Landmark;
import org.gait4j.model.PointSet;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;
import org.gait4j.validation.EventMatch;

/**
 * Invariants of the point and force-plate detectors over random simulated walks: speeds,
 * cadences, asymmetries, noise, dropouts, walking directions and sampling rates.
 *
 * <p>Tolerance: 0.1 s. In the simulation the coordinate method's IC (Zeni alone) precedes the
 * true IC by about 30 ms and its TO follows by about 25-35 ms (the simulated heel still travels
 * forward when it lands); the default foot-speed refinement brings IC to about -17 ms (worst
 * 50 ms) but TO to about +30 to +45 ms (worst 80 ms; measured over 40 random walks, 2-D and 3-D),
 * so the tolerance stays the bias plus a margin for noise. It is not a claim about real-data
 * accuracy, which the accuracy harness measures.
 */
class PointEventPropertiesTest {
  private static final double TOL_S = 0.1;
  private static final GaitEventType[] TYPES = {GaitEventType.INITIAL_CONTACT,
    GaitEventType.TOE_OFF};

  private static WalkParameters walk(long seed, double speed, double cadence, double asym) {
    return WalkParameters.defaults().withSeed(seed).withSpeedMps(speed)
        .withCadenceStepsPerMin(cadence).withLeftStepLengthFactor(1 + asym)
        .withRightStepLengthFactor(1 - asym).withLeftStanceTimeFactor(1 + asym / 2)
        .withDurationS(8);
  }

  @Property(tries = 15, seed = SimulatedSeeds.SEED)
  void markersAndKeypointsInAnyDirectionGiveEveryEventInOrder(
      @ForAll @LongRange(min = 0, max = 10_000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.7) double speed,
      @ForAll @DoubleRange(min = 90, max = 125) double cadence,
      @ForAll @DoubleRange(min = -0.08, max = 0.08) double asym,
      @ForAll @DoubleRange(min = 0, max = 4) double noisePx,
      @ForAll @DoubleRange(min = 0, max = 360) double yawDeg) {
    SimulatedWalk w = PointWalks.walk(walk(seed, speed, cadence, asym), SensorOptions.defaults()
        .withoutErrors().withKeypointNoisePx(noisePx)
        .withOutputs(SimOutput.MARKERS, SimOutput.KEYPOINTS_3D));
    for (PointSet p : w.trial().pointSets()) {
      PointSet turned = PointWalks.turned(p, yawDeg, -3000, 1500);
      for (CoordinateEventConfig c : new CoordinateEventConfig[] {
          CoordinateEventConfig.defaults(), CoordinateEventConfig.zeni()}) {
        GaitEvents e = CoordinateEventDetector.of(c).detect(turned);
        assertAllFound(w, e, 0.6, w.walkParameters().durationS() - 0.6, p.kind() + " " + yawDeg
            + " " + c.refinement());
        assertPrecise(w, e);
        assertOrdered(e);
      }
    }
  }

  @Property(tries = 10, seed = SimulatedSeeds.SEED)
  void sagittalVideoEitherWayGivesTheEventsWhereTheFeetAreSeen(
      @ForAll @LongRange(min = 0, max = 10_000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.5) double speed,
      @ForAll @DoubleRange(min = 0, max = 2) double noisePx,
      @ForAll boolean rightToLeft) {
    SimulatedWalk w = PointWalks.walk(walk(seed, speed, 110, 0).withDurationS(10),
        SensorOptions.defaults().withoutErrors().withKeypointNoisePx(noisePx)
            .withOutputs(SimOutput.KEYPOINTS_2D_SAGITTAL));
    PointSet p = w.trial().pointSet(PointSet.Kind.KEYPOINTS_2D).orElseThrow();
    if (rightToLeft) {
      p = PointWalks.mirrored(p, 1920);
    }
    GaitEvents e = CoordinateEventDetector.withDefaults().detect(p);
    // seen: heel, toe and mid-hip of both sides in the image
    double[] seen = seenSpan(p);
    assertTrue(seen[1] - seen[0] > 2.5, "the walker is in view for at least 2.5 s");
    assertAllFound(w, e, seen[0] + 0.6, seen[1] - 0.6, "2-D, right to left " + rightToLeft);
    assertPrecise(w, e);
    assertOrdered(e);
  }

  @Property(tries = 10, seed = SimulatedSeeds.SEED)
  void dropoutsNeverGiveFalseEvents(@ForAll @LongRange(min = 0, max = 10_000) long seed,
      @ForAll @DoubleRange(min = 0.001, max = 0.02) @Scale(4) double dropout,
      @ForAll @DoubleRange(min = 0.9, max = 1.5) double speed) {
    SimulatedWalk w = PointWalks.walk(walk(seed, speed, 110, 0), SensorOptions.defaults()
        .withKeypointDropoutProbability(dropout).withOutputs(SimOutput.KEYPOINTS_3D));
    PointSet p = w.trial().pointSet(PointSet.Kind.KEYPOINTS_3D).orElseThrow();
    GaitEvents e = CoordinateEventDetector.withDefaults().detect(p);
    assertPrecise(w, e);
    assertOrdered(e);
  }

  @Property(tries = 10, seed = SimulatedSeeds.SEED)
  void theSameWalkAt100And200HzGivesTheSameTimesWithinASample(
      @ForAll @LongRange(min = 0, max = 10_000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.7) double speed,
      @ForAll @DoubleRange(min = 90, max = 125) double cadence) {
    WalkParameters wp = walk(seed, speed, cadence, 0);
    GaitEvents[] e = new GaitEvents[2];
    double[] rates = {100, 200};
    for (int k = 0; k < 2; k++) {
      SimulatedWalk w = PointWalks.walk(wp, SensorOptions.defaults().withoutErrors()
          .withMarkerRateHz(rates[k]).withOutputs(SimOutput.MARKERS));
      PointSet m = w.trial().pointSet(PointSet.Kind.MARKERS).orElseThrow();
      e[k] = CoordinateEventDetector.withDefaults().detect(m);
    }
    for (GaitEvents[] pair : new GaitEvents[][] {e}) {
      for (Side s : new Side[] {Side.LEFT, Side.RIGHT}) {
        for (GaitEventType ty : TYPES) {
          double[] a = pair[0].timesS(s, ty);
          double[] b = pair[1].timesS(s, ty);
          EventMatch m = EventMatch.ofTimes(b, a, 0.01 + 1e-9);
          assertEquals(a.length, m.matched(), s + " " + ty + " " + m);
          assertEquals(b.length, a.length, s + " " + ty);
        }
      }
    }
  }

  @Property(tries = 10, seed = SimulatedSeeds.SEED)
  void forcePlatesGiveTheContactsOnThemWithTheirSide(
      @ForAll @LongRange(min = 0, max = 10_000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.7) double speed,
      @ForAll @DoubleRange(min = 90, max = 125) double cadence,
      @ForAll @DoubleRange(min = -0.08, max = 0.08) double asym) {
    SimulatedWalk w = PointWalks.walk(walk(seed, speed, cadence, asym).withDurationS(10),
        SensorOptions.defaults().withoutErrors().withOutputs(SimOutput.FORCE_PLATES,
            SimOutput.MARKERS));
    Trial t = w.trial();
    GaitEvents e = ForcePlateEventDetector.withDefaults().detect(t);
    assertEquals(4, e.size(), e.toTable());
    for (GaitEvent x : e) {
      double tS = x.timeS(e.rate());
      double nearest = Double.POSITIVE_INFINITY;
      for (double r : w.events().timesS(x.side(), x.type())) {
        nearest = Math.min(nearest, Math.abs(r - tS));
      }
      assertTrue(nearest <= 0.012, x + " is " + nearest + " s from its side's truth");
    }
    assertOrdered(e);
  }

  // ---------------------------------------------------------------- helpers

  /** Every true IC and TO in [from, to] seconds is matched within the tolerance. */
  private static void assertAllFound(SimulatedWalk w, GaitEvents e, double from, double to,
      String what) {
    assertAllFound(w, e, from, to, what, TOL_S, TYPES);
  }

  private static void assertAllFound(SimulatedWalk w, GaitEvents e, double from, double to,
      String what, double tol, GaitEventType... types) {
    for (Side s : new Side[] {Side.LEFT, Side.RIGHT}) {
      for (GaitEventType ty : types) {
        double[] truth = java.util.Arrays.stream(w.events().timesS(s, ty))
            .filter(x -> x >= from && x <= to).toArray();
        EventMatch m = EventMatch.ofTimes(e.timesS(s, ty), truth, tol);
        assertEquals(truth.length, m.matched(), what + ": " + s + " " + ty + " " + m + "\n"
            + e.toTable());
      }
    }
  }

  /** Every detection lies within the tolerance of a true event of its side and type. */
  private static void assertPrecise(SimulatedWalk w, GaitEvents e) {
    assertPrecise(w, e, TOL_S);
  }

  private static void assertPrecise(SimulatedWalk w, GaitEvents e, double tol) {
    for (GaitEvent x : e) {
      double t = x.timeS(e.rate());
      boolean near = false;
      for (double r : w.events().timesS(x.side(), x.type())) {
        near |= Math.abs(r - t) <= tol;
      }
      assertTrue(near, x + " at " + t + " s is no true event\n" + e.toTable());
    }
  }

  /** ICs alternate sides, TOs alternate sides, and per side IC and TO alternate. */
  private static void assertOrdered(GaitEvents e) {
    for (GaitEventType ty : TYPES) {
      GaitEvent prev = null;
      for (GaitEvent x : e.ofType(ty)) {
        if (prev != null && x.sampleIndex() - prev.sampleIndex() < e.rate().hz()) {
          assertTrue(prev.side() != x.side(), "sides alternate: " + prev + ", " + x);
        }
        prev = x;
      }
    }
    for (Side s : new Side[] {Side.LEFT, Side.RIGHT}) {
      GaitEvent prev = null;
      for (GaitEvent x : e.ofSide(s)) {
        if (prev != null && x.sampleIndex() - prev.sampleIndex() < e.rate().hz()) {
          assertTrue(prev.type() != x.type(), "IC < TO < IC: " + prev + ", " + x);
        }
        prev = x;
      }
    }
  }

  /** First and last time (s) at which heels, toes and mid-hip are all present. */
  private static double[] seenSpan(PointSet p) {
    Landmark[] ls = {Landmark.LEFT_HEEL, Landmark.RIGHT_HEEL, Landmark.LEFT_BIG_TOE,
      Landmark.RIGHT_BIG_TOE, Landmark.MID_HIP};
    int first = -1;
    int last = -1;
    for (int i = 0; i < p.size(); i++) {
      boolean all = true;
      for (Landmark l : ls) {
        all &= !Double.isNaN(p.landmark(l).orElseThrow().position().get(i,
            org.gait4j.model.Axis.X));
      }
      if (all) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return new double[] {first / p.rate().hz(), last / p.rate().hz()};
  }
}
