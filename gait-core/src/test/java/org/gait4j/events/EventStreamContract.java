package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEvents;
import org.junit.jupiter.api.Test;

/**
 * The contract every streaming face ({@link EventStream}) meets; each stream's test extends this
 * class (as detectors' tests extend {@link EventDetectorContract}).
 *
 * <ul>
 *   <li>pushing in random block sizes gives identical events, delivered after the same sample, as
 *       pushing sample by sample;
 *   <li>every event delivered during a push is at most {@code latencySamples()} old;
 *   <li>events are delivered in increasing sample order and lie inside the pushed samples;
 *   <li>the stream agrees with the batch detector within {@link #toleranceSamples()} (exactly, for
 *       detectors whose batch face is causal);
 *   <li>{@code flush()} is idempotent and ends the stream; a stream flushed at once gives nothing.
 * </ul>
 *
 * @param <I> the batch input type
 * @param <S> the stream type
 */
public abstract class EventStreamContract<I, S extends EventStream> {

  /** A realistic input with several strides. */
  protected abstract I walkingInput();

  /** Number of samples of {@code input}. */
  protected abstract int size(I input);

  /** The batch detector's events of {@code input}. */
  protected abstract GaitEvents batch(I input);

  /** A new stream for {@code input}'s rate and side. */
  protected abstract S open(I input, EventSink sink);

  /** Pushes samples {@code [from, to)} of {@code input} as one block. */
  protected abstract void pushBlock(S stream, I input, int from, int to);

  /** Pushes sample {@code i} of {@code input} with the single-sample method. */
  protected abstract void pushOne(S stream, I input, int i);

  /** Largest allowed difference between a batch event and its streamed partner, samples. */
  protected abstract int toleranceSamples();

  /** Largest allowed fraction of batch events with no streamed partner (and vice versa). */
  protected double allowedMismatchFraction() {
    return 0.0;
  }

  /** Runs {@code input} through a new stream, in blocks of random size (0 = sample by sample). */
  protected EventRecorder run(I input, long blockSeed) {
    EventRecorder r = new EventRecorder();
    S s = open(input, r);
    r.attach(s);
    int n = size(input);
    if (blockSeed == 0) {
      for (int i = 0; i < n; i++) {
        pushOne(s, input, i);
      }
    } else {
      SplittableRandom random = new SplittableRandom(blockSeed);
      int i = 0;
      while (i < n) {
        int len = Math.min(n - i, random.nextInt(0, 300));
        pushBlock(s, input, i, i + len);
        i += len;
      }
    }
    s.flush();
    return r;
  }

  @Test
  void blockSizesDoNotChangeTheEvents() {
    I input = walkingInput();
    EventRecorder one = run(input, 0);
    assertFalse(one.events.isEmpty(), "no events streamed");
    for (long seed = 1; seed <= 3; seed++) {
      EventRecorder blocks = run(input, seed);
      assertEquals(one.events, blocks.events, "seed " + seed);
      assertEquals(one.deliveredAt, blocks.deliveredAt, "seed " + seed);
    }
  }

  @Test
  void eventsArriveWithinTheStatedLatency() {
    I input = walkingInput();
    EventRecorder r = new EventRecorder();
    S s = open(input, r);
    r.attach(s);
    int n = size(input);
    pushBlock(s, input, 0, n);
    assertTrue(r.maxDelay() >= 0, "no event delivered before flush");
    assertTrue(r.maxDelay() <= s.latencySamples(),
        "delay " + r.maxDelay() + " > latencySamples " + s.latencySamples());
  }

  @Test
  void eventsAreOrderedAndInside() {
    I input = walkingInput();
    List<GaitEvent> e = run(input, 0).events;
    for (int k = 0; k < e.size(); k++) {
      assertTrue(e.get(k).sampleIndex() < size(input), e.get(k) + " beyond the input");
      if (k > 0) {
        assertTrue(e.get(k).sampleIndex() > e.get(k - 1).sampleIndex(), "not increasing at " + k
            + ": " + e);
      }
    }
  }

  @Test
  void streamingAgreesWithBatch() {
    I input = walkingInput();
    GaitEvents b = batch(input);
    List<GaitEvent> s = run(input, 0).events;
    EventAgreement a = EventAgreement.of(b.list(), s, toleranceSamples());
    assertFalse(b.isEmpty(), "no batch events");
    double allowed = allowedMismatchFraction() * b.size();
    assertTrue(a.missing() <= allowed && a.extra() <= allowed, a.toString());
  }

  @Test
  void flushIsIdempotentAndEndsTheStream() {
    I input = walkingInput();
    EventRecorder r = new EventRecorder();
    S s = open(input, r);
    r.attach(s);
    s.flush();
    s.flush();
    assertTrue(s.isFlushed());
    assertTrue(r.events.isEmpty(), "an empty stream gave events");
    assertEquals(0, s.samplesPushed());
    assertThrows(IllegalStateException.class, () -> pushOne(s, input, 0));
  }
}
