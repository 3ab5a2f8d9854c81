package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gait4j.model.GapPolicy;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.PointSet;
import org.gait4j.model.Side;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.validation.EventMatch;
import org.junit.jupiter.api.Test;

/** Contract and examples of the coordinate (Zeni) detector on simulated markers. */
class CoordinateEventDetectorTest extends EventDetectorContract<PointSet> {
  private static final SimulatedWalk WALK = PointWalks.plain(20);

  @Override
  protected EventDetector<PointSet> detector() {
    return CoordinateEventDetector.withDefaults();
  }

  @Override
  protected PointSet walkingInput() {
    return WALK.trial().pointSet(PointSet.Kind.MARKERS).orElseThrow();
  }

  @Override
  protected PointSet slice(PointSet input, int from, int to) {
    return input.slice(from, to);
  }

  @Override
  protected int size(PointSet input) {
    return input.size();
  }

  @Override
  protected String fingerprint(PointSet input) {
    return PointWalks.fingerprint(input);
  }

  @Test
  void everyContactOfTheSimulatedWalkIsFoundWithItsKnownBias() {
    GaitEvents e = detector().detect(walkingInput());
    for (Side s : new Side[] {Side.LEFT, Side.RIGHT}) {
      for (GaitEventType ty : new GaitEventType[] {GaitEventType.INITIAL_CONTACT,
          GaitEventType.TOE_OFF}) {
        EventMatch m = EventMatch.ofTimes(e.timesS(s, ty), inner(WALK.events().timesS(s, ty)),
            0.1);
        assertEquals(1.0, m.recall(), s + " " + ty + " " + m);
        // the simulated heel still travels forward when it lands, so the heel-to-pelvis maximum
        // precedes IC (about 50 ms); the toe minimum follows TO (about 30 ms)
        assertTrue(Math.abs(m.meanSignedErrorS()) < 0.07, m.toString());
      }
    }
  }

  @Test
  void gapsFollowTheNamedPolicy() {
    PointSet m = walkingInput();
    PointSet holed = Holes.withHole(m, "LHEE", 500, 40);
    IllegalArgumentException fail = assertThrows(IllegalArgumentException.class,
        () -> CoordinateEventDetector.of(CoordinateEventConfig.defaults()
            .withGapPolicy(GapPolicy.FAIL)).detect(holed));
    assertTrue(fail.getMessage().contains("LHEE") && fail.getMessage().contains("500"),
        fail.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CoordinateEventDetector.of(
        CoordinateEventConfig.defaults().withGapPolicy(GapPolicy.INTERPOLATE)).detect(holed));
    GaitEvents filled = CoordinateEventDetector.of(CoordinateEventConfig.defaults()
        .withGapPolicy(GapPolicy.INTERPOLATE).withMaxGapS(0.5)).detect(holed);
    assertEquals(detector().detect(m).ofSide(Side.RIGHT), filled.ofSide(Side.RIGHT));
    GaitEvents split = detector().detect(holed);
    for (int i : split.sampleIndices(Side.LEFT, GaitEventType.INITIAL_CONTACT)) {
      assertTrue(i < 500 || i >= 540, "no event inside the gap: " + i);
    }
  }

  @Test
  void missingLandmarkAndNyquistAreNamed() {
    PointSet m = walkingInput();
    PointSet noToe = Holes.without(m, "LTOE");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> detector().detect(noToe));
    assertTrue(e.getMessage().contains("left toe"), e.getMessage());
    IllegalArgumentException ny = assertThrows(IllegalArgumentException.class,
        () -> CoordinateEventDetector.of(CoordinateEventConfig.defaults().withLowPassHz(60))
            .detect(m));
    assertTrue(ny.getMessage().contains("lowPassHz (60.0)"), ny.getMessage());
  }

  static double[] inner(double[] t) {
    return java.util.Arrays.stream(t).filter(x -> x > 0.6 && x < WALK.walkParameters()
        .durationS() - 0.6).toArray();
  }
}
