package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;
import org.junit.jupiter.api.Test;

/**
 * {@link FootGyroEventStream} against the batch {@link FootGyroEventDetector} on a simulated walk
 * (the contract) and on the recorded gaitmap walk.
 */
class FootGyroEventStreamTest extends EventStreamContract<ImuStream, FootGyroEventStream> {

  /**
   * Tolerance between streamed and batch events: the stream places borders and events on the same
   * raw samples by the same rules, so a stride both accept gives identical events; 2 samples
   * leave room for a snapped border that moves to a neighbouring sample of a flat maximum.
   */
  static final int TOLERANCE = 2;

  static final FootGyroEventDetector DETECTOR = FootGyroEventDetector.withDefaults();

  @Override
  protected ImuStream walkingInput() {
    return FootWalks.foot(FootWalks.walk(204.8, 7), Side.LEFT);
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
  protected FootGyroEventStream open(ImuStream input, EventSink sink) {
    return DETECTOR.newStream(input.rate(), input.location().side(), sink);
  }

  @Override
  protected void pushBlock(FootGyroEventStream s, ImuStream input, int from, int to) {
    Channels c = Channels.of(input);
    s.push(c.ax, c.ay, c.az, c.gx, c.gy, c.gz, from, to);
  }

  @Override
  protected void pushOne(FootGyroEventStream s, ImuStream input, int i) {
    Channels c = Channels.of(input);
    s.push(c.ax[i], c.ay[i], c.az[i], c.gx[i], c.gy[i], c.gz[i]);
  }

  @Override
  protected int toleranceSamples() {
    return TOLERANCE;
  }

  /** Streams a whole recording sample by sample and returns the recorder. */
  static EventRecorder stream(ImuStream foot) {
    Channels c = Channels.of(foot);
    EventRecorder r = new EventRecorder();
    FootGyroEventStream s = DETECTOR.newStream(foot.rate(), foot.location().side(), r);
    r.attach(s);
    for (int i = 0; i < c.gx.length; i++) {
      s.push(c.ax[i], c.ay[i], c.az[i], c.gx[i], c.gy[i], c.gz[i]);
    }
    s.flush();
    return r;
  }

  @Test
  void recordedGaitmapWalkAgreesWithBatch() {
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      ImuStream foot = GaitmapFootData.foot(side);
      GaitEvents batch = DETECTOR.detect(foot);
      EventRecorder r = stream(foot);
      EventAgreement a = EventAgreement.of(batch.list(), r.events, TOLERANCE);
      System.out.println("gaitmap " + side + ": " + a + ", max delay " + r.maxDelay()
          + " samples");
      assertTrue(batch.size() >= 60, side + ": " + batch.size());
      assertEquals(0, a.missing(), side + " " + a);
      assertEquals(0, a.extra(), side + " " + a);
      FootGyroEventStream probe = DETECTOR.newStream(foot.rate(), side, e -> { });
      assertEquals(0, forcedReleases(foot), "a match was released by the hold limit");
      assertTrue(r.maxDelay() <= probe.latencySamples(), r.maxDelay() + " > "
          + probe.latencySamples());
    }
  }

  /** Streams {@code foot} and returns how many held matches the hold limit released. */
  static int forcedReleases(ImuStream foot) {
    FootGyroEventStream s = DETECTOR.newStream(foot.rate(), foot.location().side(), e -> { });
    Channels c = Channels.of(foot);
    s.push(c.ax, c.ay, c.az, c.gx, c.gy, c.gz, 0, c.gx.length);
    s.flush();
    return s.forcedReleases;
  }

  @Test
  void latencyAtTheDefaultsIsAsDocumented() {
    FootGyroEventStream s = DETECTOR.newStream(SamplingRate.ofHz(204.8), Side.LEFT, e -> { });
    assertEquals(21, s.filterDelaySamples());
    assertEquals(1402, s.latencySamples());
  }

  @Test
  void doubleCausalFilterReadLateApproximatesZeroPhase() {
    // the delay compensation: causal twice, read d samples late, is close to filtfilt
    ImuStream foot = walkingInput();
    double[] g = foot.gyroscope().orElseThrow().inUnit(Unit.DEGREE_PER_SECOND).y();
    var lp = org.gait4j.dsp.Butterworth.lowPass(4, 8.0, foot.rate());
    double[] zp = lp.filterZeroPhase(g);
    double[] y = lp.filterCausal(lp.filterCausal(g));
    int d = DETECTOR.newStream(foot.rate(), Side.LEFT, e -> { }).filterDelaySamples();
    double best = Double.POSITIVE_INFINITY;
    int bestShift = 0;
    for (int shift = 0; shift < 3 * d; shift++) {
      double sum = 0;
      for (int i = 500; i + shift < g.length - 500; i++) {
        double diff = y[i + shift] - zp[i];
        sum += diff * diff;
      }
      if (sum < best) {
        best = sum;
        bestShift = shift;
      }
    }
    assertTrue(Math.abs(bestShift - d) <= 1, "best shift " + bestShift + ", d " + d);
  }

  @Test
  void nonFiniteGyroscopeIsRejected() {
    FootGyroEventStream s = DETECTOR.newStream(SamplingRate.ofHz(100), Side.LEFT, e -> { });
    assertThrows(IllegalArgumentException.class, () -> s.push(0, 0, 9.81, 0, Double.NaN, 0));
    assertThrows(IllegalArgumentException.class, () -> DETECTOR.newStream(SamplingRate.ofHz(15),
        Side.LEFT, e -> { }));
  }

  @Test
  void pushingAllocatesNothingPerSample() {
    ImuStream foot = walkingInput();
    Channels c = Channels.of(foot);
    List<GaitEvent> sinkList = new ArrayList<>(10_000);
    FootGyroEventStream s = DETECTOR.newStream(foot.rate(), Side.LEFT, sinkList::add);
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
        before = bean.getThreadAllocatedBytes(thread); // after warm-up
      }
      for (int i = 0; i < c.gx.length; i++) {
        s.push(c.ax[i], c.ay[i], c.az[i], c.gx[i], c.gy[i], c.gz[i]);
      }
    }
    long bytes = bean.getThreadAllocatedBytes(thread) - before;
    long samples = (long) (rounds - 2) * c.gx.length;
    // one GaitEvent (<= 32 bytes) per event; allow the sink list's own growth
    double perSample = (double) bytes / samples;
    System.out.println("allocated " + bytes + " B over " + samples + " samples ("
        + perSample + " B/sample, " + sinkList.size() + " events)");
    assertTrue(perSample < 2.0, perSample + " B/sample");
  }

  /** The six channels of a foot IMU, m/s² and deg/s. */
  record Channels(double[] ax, double[] ay, double[] az, double[] gx, double[] gy, double[] gz) {
    private static final java.util.Map<ImuStream, Channels> CACHE =
        java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    static Channels of(ImuStream s) {
      return CACHE.computeIfAbsent(s, k -> {
        Vector3Series a = k.accelerometer().orElseThrow().inUnit(Unit.METRE_PER_SECOND_SQUARED);
        Vector3Series g = k.gyroscope().orElseThrow().inUnit(Unit.DEGREE_PER_SECOND);
        return new Channels(a.x(), a.y(), a.z(), g.x(), g.y(), g.z());
      });
    }
  }
}
