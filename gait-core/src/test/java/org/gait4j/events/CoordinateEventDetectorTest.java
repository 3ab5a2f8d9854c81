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
class CoordinateEventDetectorTest extends MarkerDetectorContract {

  @Override
  protected EventDetector<PointSet> detector() {
    return CoordinateEventDetector.withDefaults();
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
        // precedes IC (about 30 ms; the speed refinement halves it); TO follows the true TO
        // (about 30 ms; a little more with the refinement)
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

  @Test
  void theSpeedRefinementBringsContactsCloserThanZeniAlone() {
    PointSet m = walkingInput();
    EventMatch zeni = icMatch(CoordinateEventDetector.of(CoordinateEventConfig.zeni()).detect(m));
    EventMatch refined = icMatch(detector().detect(m));
    assertEquals(1.0, refined.recall(), refined.toString());
    // measured: Zeni's IC about 30 ms early, refined about 15 ms (see PointEventPropertiesTest)
    assertTrue(refined.meanAbsoluteErrorS() < zeni.meanAbsoluteErrorS() - 0.005,
        "refined " + refined + " vs Zeni " + zeni);
  }

  private static EventMatch icMatch(GaitEvents e) {
    return EventMatch.ofTimes(e.timesS(Side.LEFT, GaitEventType.INITIAL_CONTACT),
        inner(WALK.events().timesS(Side.LEFT, GaitEventType.INITIAL_CONTACT)), 0.1);
  }

  @Test
  void heelSlowsDownAtTheFirstSampleBelowTheFractionOfItsSwingPeak() {
    // swing peak 4.0 at index 2; Zeni's IC at 4; 0.25 of the peak is 1.0
    double[] heel = {1, 3, 4, 3, 2, 1.5, 0.9, 0.3, 0.1, 0.1};
    assertEquals(6, CoordinateEventDetector.heelSlowsDown(heel, 4, 5, 0.25));
    // never before Zeni's estimate, even when the speed is already below the threshold there
    assertEquals(7, CoordinateEventDetector.heelSlowsDown(heel, 7, 6, 0.25));
    // no crossing inside the window: Zeni's sample is kept
    assertEquals(4, CoordinateEventDetector.heelSlowsDown(heel, 4, 1, 0.25));
    // swing peak at the start of the run (not seen): Zeni's sample is kept
    double[] falling = {4, 3, 2, 1, 0.5, 0.1};
    assertEquals(2, CoordinateEventDetector.heelSlowsDown(falling, 2, 3, 0.25));
  }

  @Test
  void toeSpeedsUpAtTheFirstSampleAboveTheFractionOfItsSwingPeak() {
    // swing peak 4.0 at index 7; 0.3 of it is 1.2; last sample below is index 4
    double[] toe = {0.1, 0.1, 0.2, 0.5, 1.1, 1.6, 3, 4, 3, 2};
    assertEquals(5, CoordinateEventDetector.toeSpeedsUp(toe, 3, 5, 0.3));
    assertEquals(5, CoordinateEventDetector.toeSpeedsUp(toe, 6, 5, 0.3));
    // rising to the end of the run: the swing peak is not seen, Zeni's sample is kept
    double[] rising = {0.1, 0.5, 1, 2, 3, 4};
    assertEquals(2, CoordinateEventDetector.toeSpeedsUp(rising, 2, 5, 0.3));
  }

  @Test
  void refinementSettingsAreCheckedAndNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CoordinateEventConfig.defaults().withIcSpeedFraction(1.2));
    assertTrue(e.getMessage().contains("icSpeedFraction (1.2)"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CoordinateEventConfig.defaults().withToSpeedFraction(0));
    assertThrows(IllegalArgumentException.class,
        () -> CoordinateEventConfig.defaults().withRefineWindowS(-0.1));
    assertEquals(ContactRefinement.FOOT_SPEED, CoordinateEventConfig.defaults().refinement());
    assertEquals(ContactRefinement.NONE, CoordinateEventConfig.zeni().refinement());
    assertEquals(CoordinateEventConfig.defaults(), CoordinateEventConfig.zeni()
        .withRefinement(ContactRefinement.FOOT_SPEED));
  }

  static double[] inner(double[] t) {
    return java.util.Arrays.stream(t).filter(x -> x > 0.6 && x < WALK.walkParameters()
        .durationS() - 0.6).toArray();
  }
}
