package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gait4j.testing.SimulatedSeeds;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Side;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.validation.EventMatch;

/**
 * Properties of {@link FootGyroEventDetector} over simulated walks with random speed, cadence,
 * step-length asymmetry, sensor noise and foot-sensor tilt.
 *
 * <p>Tolerances: toe off 40 ms (the detector marks the end of the push-off rotation, which the
 * simulator reaches about 15–25 ms before its toe off, plus rounding to 10 ms samples); initial contact 50 ms, because the
 * simulated foot stops rotating up to 40 ms before its contact (gyr_y sits at zero, plus noise,
 * in terminal swing) so the zero crossing can fall anywhere on that plateau; on the recorded
 * gaitmap walk the crossing is sharp and the mean absolute error is about 5 ms.
 */
class FootGyroEventPropertiesTest {

  private static final Side[] SIDES = {Side.LEFT, Side.RIGHT};

  @Property(tries = 10, seed = SimulatedSeeds.SEED)
  void eventsAreRecoveredOrderedAndAlternating(
      @ForAll @LongRange(min = 0, max = 1000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.7) double speed,
      @ForAll @DoubleRange(min = 92, max = 125) double cadence,
      @ForAll @DoubleRange(min = -0.08, max = 0.08) double asymmetry,
      @ForAll @DoubleRange(min = 0, max = 3) double noise,
      @ForAll @DoubleRange(min = -15, max = 15) double yaw,
      @ForAll @DoubleRange(min = -15, max = 15) double pitch,
      @ForAll @DoubleRange(min = -15, max = 15) double roll) {
    SimulatedWalk w = FootWalks.walk(seed, speed, cadence, asymmetry, noise, yaw, pitch, roll,
        100);
    GaitEvents all = null;
    for (Side side : SIDES) {
      ImuStream foot = FootWalks.foot(w, side);
      GaitEvents e = FootGyroEventDetector.withDefaults().detect(foot);
      all = all == null ? e : all.merge(e);
      int[] to = e.sampleIndices(side, GaitEventType.TOE_OFF);
      assertTrue(to.length >= 4, "too few toe offs: " + e.toTable());
      // every true event between the first and last detected toe off is found
      int[] trueIc = inside(w.events(side, GaitEventType.INITIAL_CONTACT), to[0],
          to[to.length - 1]);
      int[] trueTo = inside(w.events(side, GaitEventType.TOE_OFF), to[0] - 5,
          to[to.length - 1] + 5);
      EventMatch ic = EventMatch.ofSamples(e.sampleIndices(side, GaitEventType.INITIAL_CONTACT),
          trueIc, foot.rate(), 0.05);
      EventMatch toMatch = EventMatch.ofSamples(to, trueTo, foot.rate(), 0.04);
      assertEquals(1.0, ic.f1(), side + " IC " + ic);
      assertEquals(1.0, toMatch.f1(), side + " TO " + toMatch);
      // and the detected strides cover all but the first and last true stride
      int[] allTo = w.events(side, GaitEventType.TOE_OFF);
      assertTrue(to[0] <= allTo[Math.min(2, allTo.length - 1)] + 3, "late start " + to[0]);
      assertTrue(to[to.length - 1] >= allTo[Math.max(0, allTo.length - 3)] - 3,
          "early end " + to[to.length - 1]);
      // per side: TO < IC < MS < TO ...
      GaitEventType expected = GaitEventType.TOE_OFF;
      for (GaitEvent ev : e.ofSide(side).filter(x -> x.type() != GaitEventType.MID_STANCE)) {
        assertEquals(expected, ev.type(), e.toTable());
        expected = expected == GaitEventType.TOE_OFF ? GaitEventType.INITIAL_CONTACT
            : GaitEventType.TOE_OFF;
      }
    }
    // contacts alternate between the feet
    Side last = null;
    for (GaitEvent ev : all.ofType(GaitEventType.INITIAL_CONTACT)) {
      if (last != null) {
        assertEquals(last.opposite(), ev.side(), all.toTable());
      }
      last = ev.side();
    }
  }

  @Property(tries = 6, seed = SimulatedSeeds.SEED)
  void sameWalkAt100And200HzGivesTheSameTimes(
      @ForAll @LongRange(min = 0, max = 1000) long seed,
      @ForAll @DoubleRange(min = 0.9, max = 1.6) double speed,
      @ForAll @DoubleRange(min = 95, max = 120) double cadence) {
    SimulatedWalk slow = FootWalks.walk(seed, speed, cadence, 0, 0, 0, 0, 0, 100);
    SimulatedWalk fast = FootWalks.walk(seed, speed, cadence, 0, 0, 0, 0, 0, 200);
    for (Side side : SIDES) {
      GaitEvents a = FootGyroEventDetector.withDefaults().detect(FootWalks.foot(slow, side));
      GaitEvents b = FootGyroEventDetector.withDefaults().detect(FootWalks.foot(fast, side));
      for (GaitEventType type : new GaitEventType[] {GaitEventType.INITIAL_CONTACT,
          GaitEventType.TOE_OFF}) {
        double[] ta = a.timesS(side, type);
        double[] tb = b.timesS(side, type);
        EventMatch m = EventMatch.ofTimes(tb, ta, 0.0101);
        assertEquals(1.0, m.f1(), side + " " + type + " " + m);
      }
    }
  }

  private static int[] inside(int[] x, int from, int to) {
    return java.util.Arrays.stream(x).filter(v -> v >= from && v <= to).toArray();
  }
}
