package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.validation.EventMatch;
import org.junit.jupiter.api.Test;

/** Contract and example tests of {@link FootGyroEventDetector} on simulated foot IMUs. */
class FootGyroEventDetectorTest extends EventDetectorContract<ImuStream> {

  private static final SimulatedWalk WALK = FootWalks.walk(100, 5);

  @Override
  protected EventDetector<ImuStream> detector() {
    return FootGyroEventDetector.withDefaults();
  }

  @Override
  protected ImuStream walkingInput() {
    return FootWalks.foot(WALK, Side.LEFT);
  }

  @Override
  protected ImuStream slice(ImuStream input, int from, int to) {
    return input.slice(from, to);
  }

  @Override
  protected int size(ImuStream input) {
    return input.size();
  }

  @Override
  protected String fingerprint(ImuStream input) {
    return FootWalks.fingerprint(input);
  }

  @Test
  void eventsOfTheDefaultWalkMatchTheTruth() {
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      ImuStream foot = FootWalks.foot(WALK, side);
      GaitEvents e = FootGyroEventDetector.withDefaults().detect(foot);
      int[] ic = e.sampleIndices(side, GaitEventType.INITIAL_CONTACT);
      int[] to = e.sampleIndices(side, GaitEventType.TOE_OFF);
      // every detected event is a true one; every stride is found but the first (from standing)
      // and the last (no toe off closes it)
      EventMatch icMatch = EventMatch.ofSamples(ic, WALK.events(side,
          GaitEventType.INITIAL_CONTACT), foot.rate(), 0.05);
      EventMatch toMatch = EventMatch.ofSamples(to, WALK.events(side, GaitEventType.TOE_OFF),
          foot.rate(), 0.03);
      assertEquals(1.0, icMatch.precision(), icMatch.toString());
      assertEquals(1.0, toMatch.precision(), toMatch.toString());
      assertTrue(icMatch.falseNegatives() <= 2, icMatch.toString());
      assertTrue(toMatch.falseNegatives() <= 1, toMatch.toString());
      assertTrue(e.sampleIndices(side, GaitEventType.MID_STANCE).length >= ic.length - 1);
    }
  }

  @Test
  void reboundPeakIsLaterThanZeroCrossing() {
    ImuStream foot = FootWalks.foot(WALK, Side.RIGHT);
    int[] zero = FootGyroEventDetector.withDefaults().detect(foot)
        .sampleIndices(Side.RIGHT, GaitEventType.INITIAL_CONTACT);
    int[] peak = FootGyroEventDetector.of(FootGyroEventConfig.defaults()
        .withIcMethod(FootIcMethod.REBOUND_PEAK)).detect(foot)
        .sampleIndices(Side.RIGHT, GaitEventType.INITIAL_CONTACT);
    assertEquals(zero.length, peak.length);
    for (int k = 0; k < zero.length; k++) {
      assertTrue(peak[k] > zero[k] && peak[k] - zero[k] <= 12, zero[k] + " vs " + peak[k]);
    }
  }

  @Test
  void missingGyroscopeIsNamed() {
    ImuStream foot = FootWalks.foot(WALK, Side.LEFT);
    ImuStream accOnly = ImuStream.builder("acc", BodyLocation.LEFT_FOOT)
        .accelerometer(foot.accelerometer().orElseThrow()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FootGyroEventDetector.withDefaults().detect(accOnly));
    assertTrue(e.getMessage().contains("gyroscope"), e.getMessage());
  }

  @Test
  void rateBelowTheLowPassNyquistIsRejected() {
    double[] zeros = new double[400];
    Vector3Series gyr = Vector3Series.of("gyr", SamplingRate.ofHz(15), Unit.DEGREE_PER_SECOND,
        Frame.SENSOR, zeros, zeros, zeros);
    ImuStream slow = ImuStream.builder("slow", BodyLocation.LEFT_FOOT).gyroscope(gyr).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FootGyroEventDetector.withDefaults().detect(slow));
    assertTrue(e.getMessage().contains("lowPassHz (8.0)"), e.getMessage());
  }

  @Test
  void configErrorsNameTheParameter() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FootStrideSegmenterConfig.defaults().withMaxStrideS(0.5));
    assertTrue(e.getMessage().contains("maxStrideS (0.5)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FootGyroEventConfig.defaults().withIcLevelDegPerS(-1));
    assertTrue(e.getMessage().contains("icLevelDegPerS"), e.getMessage());
  }

  @Test
  void segmenterBordersAreTheToeOffEvents() {
    ImuStream foot = FootWalks.foot(WALK, Side.LEFT);
    var strides = FootStrideSegmenter.withDefaults().segment(foot);
    int[] to = FootGyroEventDetector.withDefaults().detect(foot)
        .sampleIndices(Side.LEFT, GaitEventType.TOE_OFF);
    assertTrue(strides.size() >= 8, strides.toString());
    for (int k = 0; k + 1 < strides.size(); k++) {
      assertEquals(strides.get(k).end(), strides.get(k + 1).start(), "contiguous walk");
    }
    assertEquals(strides.size() + 1, to.length);
    assertEquals(strides.get(0).start(), to[0]);
  }

  @Test
  void templateConstantsComeFromTheSimulator() {
    double[] generated = FootStrideTemplateSource.generate();
    double[] stored = FootStrideTemplate.points();
    // constants are rounded to 0.1 deg/s and 0.1 ms
    assertEquals(generated[0], FootStrideTemplate.DURATION_S, 0.0001);
    for (int p = 0; p < stored.length; p++) {
      assertEquals(generated[p + 1], stored[p], 0.051, "point " + p);
    }
  }
}
