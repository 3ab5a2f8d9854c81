package org.gait4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gait4j.testing.SimulatedSeeds;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.gait4j.model.Axis;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.Side;

/** Invariants of the simulated truth over random walks (jqwik). */
class GaitSimulatorPropertiesTest {

  private static SimulatedWalk walk(long seed, double speed, double cadence, double stance,
      double rateHz) {
    WalkParameters wp = WalkParameters.defaults().withSeed(seed).withSpeedMps(speed)
        .withCadenceStepsPerMin(cadence).withStanceFraction(stance).withDurationS(8);
    return GaitSimulator.of(wp, SensorOptions.defaults().withImuRateHz(rateHz)
        .withOutputs(SimOutput.FOOT_IMU)).simulate();
  }

  @Property(tries = 15, seed = SimulatedSeeds.SEED)
  void contactsAlternateSidesAndPhasesAreOrdered(@ForAll @LongRange(min = 0, max = 1000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.8) double speed,
      @ForAll @DoubleRange(min = 90, max = 125) double cadence,
      @ForAll @DoubleRange(min = 0.57, max = 0.66) double stance) {
    SimulatedWalk w = walk(seed, speed, cadence, stance, 100);
    Side last = null;
    for (GaitEvent e : w.events().ofType(GaitEventType.INITIAL_CONTACT)) {
      if (last != null) {
        assertEquals(last.opposite(), e.side(), "ICs alternate: " + w.events().toTable());
      }
      last = e.side();
    }
    for (CycleTruth c : w.cycles()) {
      assertTrue(c.icS() < c.toS() && c.toS() < c.nextIcS());
      assertTrue(c.icSample() < c.toSample() && c.toSample() < c.nextIcSample());
      // phases tile the cycle: exactly in samples, to rounding in seconds
      assertEquals(c.nextIcSample() - c.icSample(),
          (c.toSample() - c.icSample()) + (c.nextIcSample() - c.toSample()));
      assertEquals(c.strideTimeS(), c.stanceTimeS() + c.swingTimeS(), 1e-12);
      assertTrue(c.doubleSupportS() > 0 && c.singleSupportS() > 0, c.toString());
      // stride length = speed x stride time, within the stride variability
      double expected = speed * c.strideTimeS();
      assertEquals(expected, c.strideLengthM(), 0.15 * expected, c.toString());
    }
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      int[] ic = w.events(side, GaitEventType.INITIAL_CONTACT);
      int[] ff = w.events(side, GaitEventType.FOOT_FLAT);
      int[] ho = w.events(side, GaitEventType.HEEL_OFF);
      int[] to = w.events(side, GaitEventType.TOE_OFF);
      for (int k = 0; k + 1 < ic.length; k++) {
        int icK = ic[k];
        int next = ic[k + 1];
        assertTrue(count(to, icK, next) == 1 && count(ff, icK, next) == 1
            && count(ho, icK, next) == 1, "one FF, HO, TO per cycle");
        assertTrue(first(ff, icK) < first(ho, icK) && first(ho, icK) < first(to, icK));
      }
    }
  }

  @Property(tries = 5, seed = SimulatedSeeds.SEED)
  void sameSeedGivesIdenticalTrial(@ForAll @LongRange(min = 0, max = 1 << 20) long seed) {
    SimulatedWalk a = walk(seed, 1.3, 110, 0.61, 100);
    SimulatedWalk b = walk(seed, 1.3, 110, 0.61, 100);
    assertEquals(a.events(), b.events());
    assertEquals(a.cycles(), b.cycles());
    for (BodyLocation loc : new BodyLocation[] {BodyLocation.LEFT_FOOT, BodyLocation.RIGHT_FOOT}) {
      for (Axis ax : Axis.values()) {
        assertTrue(java.util.Arrays.equals(
            a.trial().imu(loc).orElseThrow().accelerometer().orElseThrow().component(ax),
            b.trial().imu(loc).orElseThrow().accelerometer().orElseThrow().component(ax)));
        assertTrue(java.util.Arrays.equals(
            a.trial().imu(loc).orElseThrow().gyroscope().orElseThrow().component(ax),
            b.trial().imu(loc).orElseThrow().gyroscope().orElseThrow().component(ax)));
      }
    }
  }

  @Property(tries = 5, seed = SimulatedSeeds.SEED)
  void eventTimesAgreeAcrossRates(@ForAll @LongRange(min = 0, max = 1000) long seed) {
    SimulatedWalk a = walk(seed, 1.2, 105, 0.62, 100);
    SimulatedWalk b = walk(seed, 1.2, 105, 0.62, 200);
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      for (GaitEventType t : GaitEventType.values()) {
        double[] ta = a.events().timesS(side, t);
        double[] tb = b.events().timesS(side, t);
        int n = Math.min(ta.length, tb.length);
        assertTrue(Math.abs(ta.length - tb.length) <= 1, side + " " + t);
        int offset = ta.length > 0 && tb.length > 0 && Math.abs(ta[0] - tb[0]) > 0.1
            ? (ta[0] < tb[0] ? 1 : -1) : 0;
        for (int i = 0; i < n - Math.abs(offset); i++) {
          double x = ta[offset > 0 ? i + 1 : i];
          double y = tb[offset < 0 ? i + 1 : i];
          assertEquals(x, y, 0.01 + 1e-9, side + " " + t + " at " + i);
        }
      }
    }
  }

  @Property(tries = 5, seed = SimulatedSeeds.SEED)
  void runningHasFlightAndNoDoubleSupport(@ForAll @LongRange(min = 0, max = 1000) long seed) {
    SimulatedWalk w = GaitSimulator.of(WalkParameters.running().withSeed(seed).withDurationS(6),
        SensorOptions.defaults().withOutputs(SimOutput.FOOT_IMU)).simulate();
    List<CycleTruth> cycles = w.cycles();
    assertTrue(!cycles.isEmpty());
    for (CycleTruth c : cycles) {
      assertEquals(0.0, c.doubleSupportS(), 0.0);
      assertTrue(c.stanceFraction() < 0.5, c.toString());
    }
  }

  private static int count(int[] a, int from, int to) {
    int n = 0;
    for (int v : a) {
      if (v > from && v < to) {
        n++;
      }
    }
    return n;
  }

  private static int first(int[] a, int after) {
    for (int v : a) {
      if (v > after) {
        return v;
      }
    }
    return Integer.MAX_VALUE;
  }
}
