package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Side;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.testing.SimulatedSeeds;

/**
 * {@link ShankGyroEventStream} against the batch {@link ShankGyroEventDetector} (polarity
 * NEGATIVE) on simulated walks with random speed, cadence, asymmetry, gyroscope noise, shank
 * sensor tilt and rate (the walks of {@link ShankGyroPropertiesTest}): every batch event has a
 * streamed partner within {@link ShankGyroEventStreamTest#TOLERANCE} samples and vice versa,
 * every event arrives within {@code latencySamples()}, and random block sizes give identical
 * events after the same samples.
 */
class ShankGyroEventStreamPropertiesTest {

  @Property(tries = 8, seed = SimulatedSeeds.SEED)
  void streamAgreesWithBatchWithinTheLatency(
      @ForAll @LongRange(min = 0, max = 1000) long seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.7) double speed,
      @ForAll @DoubleRange(min = 90, max = 125) double cadence,
      @ForAll @DoubleRange(min = -0.1, max = 0.1) double asymmetry,
      @ForAll @DoubleRange(min = 0, max = 3) double noise,
      @ForAll @DoubleRange(min = -20, max = 20) double tilt,
      @ForAll @IntRange(min = 0, max = 1) int highRate) {
    double rate = highRate == 1 ? 200 : 100;
    SimulatedWalk w = ShankGyroPropertiesTest.walk(seed, speed, cadence, asymmetry, noise, tilt,
        rate);
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      ImuStream shank = w.trial().imu(BodyLocation.shank(side)).orElseThrow();
      GaitEvents batch = ShankGyroEventStreamTest.DETECTOR.detect(shank);
      EventRecorder one = ShankGyroEventStreamTest.stream(shank);
      EventAgreement a = EventAgreement.of(batch.list(), one.events,
          ShankGyroEventStreamTest.TOLERANCE);
      System.out.println("shank " + side + " " + rate + " Hz: " + a + ", max delay "
          + one.maxDelay());
      assertTrue(batch.size() >= 18, side + " batch " + batch);
      assertEquals(0, a.missing(), side + " " + a);
      assertEquals(0, a.extra(), side + " " + a);
      ShankGyroEventStream probe = ShankGyroEventStreamTest.DETECTOR.newStream(shank.rate(),
          side, e -> { });
      assertTrue(one.maxDelay() <= probe.latencySamples(), one.maxDelay() + " > "
          + probe.latencySamples());
      FootGyroEventStreamTest.Channels c = FootGyroEventStreamTest.Channels.of(shank);
      EventRecorder blocks = new EventRecorder();
      ShankGyroEventStream s = ShankGyroEventStreamTest.DETECTOR.newStream(shank.rate(), side,
          blocks);
      blocks.attach(s);
      SplittableRandom random = new SplittableRandom(seed);
      for (int i = 0; i < c.gx().length; ) {
        int len = Math.min(c.gx().length - i, random.nextInt(0, 500));
        s.push(c.ax(), c.ay(), c.az(), c.gx(), c.gy(), c.gz(), i, i + len);
        i += len;
      }
      s.flush();
      assertEquals(one.events, blocks.events);
      assertEquals(one.deliveredAt, blocks.deliveredAt);
    }
  }
}
