package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEvents;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link EventDetector} meets; each detector's test extends this class.
 *
 * <ul>
 *   <li>input too short for a stride gives no events (or a clear IllegalArgumentException);
 *   <li>the input is not modified;
 *   <li>detection is deterministic;
 *   <li>cutting samples off the start shifts the events by exactly that many samples (away
 *       from the new edges, where filters and windows settle);
 *   <li>events are sorted and inside the input.
 * </ul>
 *
 * @param <I> the detector's input type
 */
public abstract class EventDetectorContract<I> {

  /** The detector under test, with its default configuration. */
  protected abstract EventDetector<I> detector();

  /** A realistic input with several strides (simulated or real). */
  protected abstract I walkingInput();

  /** Samples {@code [from, to)} of {@code input}. */
  protected abstract I slice(I input, int from, int to);

  /** Number of samples of {@code input}. */
  protected abstract int size(I input);

  /** A value-based fingerprint of the input, to show it was not modified. */
  protected abstract String fingerprint(I input);

  /** How far from each edge events may legitimately differ after a cut, in samples. */
  protected int edgeMarginSamples() {
    return 300;
  }

  @Test
  void walkingInputGivesEvents() {
    GaitEvents e = detector().detect(walkingInput());
    assertFalse(e.isEmpty(), "no events in the walking input");
  }

  @Test
  void tooShortInputGivesNoEvents() {
    I input = walkingInput();
    for (int n : new int[] {0, 1, 5}) {
      try {
        assertTrue(detector().detect(slice(input, 0, n)).isEmpty(), n + " samples gave events");
      } catch (IllegalArgumentException expected) {
        assertFalse(expected.getMessage() == null || expected.getMessage().isBlank());
      }
    }
  }

  @Test
  void inputIsNotModifiedAndDetectionIsDeterministic() {
    I input = walkingInput();
    String before = fingerprint(input);
    GaitEvents a = detector().detect(input);
    GaitEvents b = detector().detect(input);
    assertEquals(before, fingerprint(input));
    assertEquals(a, b);
  }

  @Test
  void cuttingTheStartShiftsTheEvents() {
    I input = walkingInput();
    int n = size(input);
    int cut = Math.min(n / 5, 997);
    int margin = edgeMarginSamples();
    GaitEvents whole = detector().detect(input);
    GaitEvents part = detector().detect(slice(input, cut, n)).shifted(cut);
    List<GaitEvent> a = inner(whole, cut + margin, n - margin);
    List<GaitEvent> b = inner(part, cut + margin, n - margin);
    assertFalse(a.isEmpty(), "no events away from the edges to compare");
    assertEquals(a, b);
  }

  @Test
  void eventsAreInsideTheInput() {
    I input = walkingInput();
    for (GaitEvent e : detector().detect(input)) {
      assertTrue(e.sampleIndex() < size(input), e + " beyond " + size(input));
    }
  }

  private static List<GaitEvent> inner(GaitEvents e, int from, int to) {
    return e.stream().filter(x -> x.sampleIndex() >= from && x.sampleIndex() < to).toList();
  }
}
