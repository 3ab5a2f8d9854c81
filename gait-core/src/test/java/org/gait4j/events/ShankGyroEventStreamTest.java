package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gait4j.model.Axis;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.WalkParameters;
import org.junit.jupiter.api.Test;

/**
 * {@link ShankGyroEventStream} against the batch {@link ShankGyroEventDetector} (same config,
 * polarity NEGATIVE: the simulator's shank y axis points left, so forward swing is negative) on
 * a simulated walk: the contract, plus the documented latency, the AUTO rejection and the
 * allocation bound.
 */
class ShankGyroEventStreamTest extends EventStreamContract<ImuStream, ShankGyroEventStream> {

  /** Largest allowed difference between a batch event and its streamed partner, samples. */
  static final int TOLERANCE = 2;

  static final ShankGyroEventDetector DETECTOR = ShankGyroEventDetector.of(
      ShankGyroConfig.defaults().withAxis(Axis.Y, SwingPolarity.NEGATIVE));

  static ImuStream shank(Side side) {
    return GaitSimulator.of(WalkParameters.defaults().withSeed(5).withDurationS(20),
        SensorOptions.defaults().withOutputs(SimOutput.SHANK_IMU)).simulate().trial()
        .imu(BodyLocation.shank(side)).orElseThrow();
  }

  @Override
  protected ImuStream walkingInput() {
    return shank(Side.LEFT);
  }

  @Override
  protected int size(ImuStream input) {
    return input.size();
  }

  @Override
  protected GaitEvents batch(ImuStream input) {
    return DETECTOR.detect(input);
  }

  @Override
  protected ShankGyroEventStream open(ImuStream input, EventSink sink) {
    return DETECTOR.newStream(input.rate(), input.location().side(), sink);
  }

  @Override
  protected void pushBlock(ShankGyroEventStream s, ImuStream input, int from, int to) {
    FootGyroEventStreamTest.Channels c = FootGyroEventStreamTest.Channels.of(input);
    s.push(c.ax(), c.ay(), c.az(), c.gx(), c.gy(), c.gz(), from, to);
  }

  @Override
  protected void pushOne(ShankGyroEventStream s, ImuStream input, int i) {
    FootGyroEventStreamTest.Channels c = FootGyroEventStreamTest.Channels.of(input);
    s.push(c.ax()[i], c.ay()[i], c.az()[i], c.gx()[i], c.gy()[i], c.gz()[i]);
  }

  @Override
  protected int toleranceSamples() {
    return TOLERANCE;
  }

  /** Streams a whole recording sample by sample and returns the recorder. */
  static EventRecorder stream(ImuStream shank) {
    FootGyroEventStreamTest.Channels c = FootGyroEventStreamTest.Channels.of(shank);
    EventRecorder r = new EventRecorder();
    ShankGyroEventStream s = DETECTOR.newStream(shank.rate(), shank.location().side(), r);
    r.attach(s);
    for (int i = 0; i < c.gx().length; i++) {
      s.push(c.ax()[i], c.ay()[i], c.az()[i], c.gx()[i], c.gy()[i], c.gz()[i]);
    }
    s.flush();
    return r;
  }

  @Test
  void bothSidesAgreeWithBatch() {
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      ImuStream shank = shank(side);
      GaitEvents batch = DETECTOR.detect(shank);
      EventRecorder r = stream(shank);
      EventAgreement a = EventAgreement.of(batch.list(), r.events, TOLERANCE);
      System.out.println("shank " + side + ": " + a + ", max delay " + r.maxDelay()
          + " samples");
      assertTrue(batch.size() >= 45, side + ": " + batch.size());
      assertEquals(0, a.missing(), side + " " + a);
      assertEquals(0, a.extra(), side + " " + a);
    }
  }

  @Test
  void latencyAtTheDefaultsIsAsDocumented() {
    ShankGyroEventStream s = DETECTOR.newStream(SamplingRate.ofHz(100), Side.LEFT, e -> { });
    assertEquals(28, s.swingDelaySamples());
    assertEquals(5, s.eventDelaySamples());
    assertEquals(148, s.latencySamples());
  }

  @Test
  void autoPolarityIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ShankGyroEventDetector.withDefaults().newStream(SamplingRate.ofHz(100), Side.LEFT,
            x -> { }));
    assertTrue(e.getMessage().contains("polarity"), e.getMessage());
  }

  @Test
  void nonFiniteGyroscopeAndLowRatesAreRejected() {
    ShankGyroEventStream s = DETECTOR.newStream(SamplingRate.ofHz(100), Side.LEFT, e -> { });
    assertThrows(IllegalArgumentException.class, () -> s.push(0, 0, 9.81, 0, Double.NaN, 0));
    s.push(0, 0, 9.81, Double.NaN, 0, Double.NaN); // unused axes are ignored
    assertThrows(IllegalArgumentException.class, () -> DETECTOR.newStream(SamplingRate.ofHz(25),
        Side.LEFT, e -> { }));
  }

  @Test
  void pushingAllocatesNothingPerSample() {
    ImuStream shank = walkingInput();
    FootGyroEventStreamTest.Channels c = FootGyroEventStreamTest.Channels.of(shank);
    List<GaitEvent> sinkList = new ArrayList<>(10_000);
    ShankGyroEventStream s = DETECTOR.newStream(shank.rate(), Side.LEFT, sinkList::add);
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory
        .getThreadMXBean();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        mx instanceof com.sun.management.ThreadMXBean, "no allocation counter");
    com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) mx;
    long thread = Thread.currentThread().getId();
    int rounds = 8;
    long before = 0;
    for (int round = 0; round < rounds; round++) {
      if (round == 2) {
        before = bean.getThreadAllocatedBytes(thread);
      }
      for (int i = 0; i < c.gx().length; i++) {
        s.push(c.ax()[i], c.ay()[i], c.az()[i], c.gx()[i], c.gy()[i], c.gz()[i]);
      }
    }
    long bytes = bean.getThreadAllocatedBytes(thread) - before;
    double perSample = (double) bytes / ((long) (rounds - 2) * c.gx().length);
    assertTrue(perSample < 2.0, perSample + " B/sample (" + sinkList.size() + " events)");
  }
}
