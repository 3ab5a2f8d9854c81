package org.gait4j.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.Side;

/**
 * How two event lists (batch and stream) agree: events of the same side and type are paired
 * one-to-one, in time order, when they are within {@code tolerance} samples.
 */
record EventAgreement(int batch, int stream, int matched, int exact, int maxAbsDiff) {

  static EventAgreement of(List<GaitEvent> batch, List<GaitEvent> stream, int tolerance) {
    int matched = 0;
    int exact = 0;
    int maxDiff = 0;
    for (Side side : Side.values()) {
      for (GaitEventType type : GaitEventType.values()) {
        List<Integer> a = indices(batch, side, type);
        List<Integer> b = indices(stream, side, type);
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
          int d = b.get(j) - a.get(i);
          if (Math.abs(d) <= tolerance) {
            matched++;
            exact += d == 0 ? 1 : 0;
            maxDiff = Math.max(maxDiff, Math.abs(d));
            i++;
            j++;
          } else if (d < 0) {
            j++;
          } else {
            i++;
          }
        }
      }
    }
    return new EventAgreement(batch.size(), stream.size(), matched, exact, maxDiff);
  }

  private static List<Integer> indices(List<GaitEvent> events, Side side, GaitEventType type) {
    List<Integer> out = new ArrayList<>();
    for (GaitEvent e : events) {
      if (e.side() == side && e.type() == type) {
        out.add(e.sampleIndex());
      }
    }
    return out;
  }

  /** Batch events without a partner in the stream. */
  int missing() {
    return batch - matched;
  }

  /** Stream events without a partner in batch. */
  int extra() {
    return stream - matched;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "batch %d, stream %d, matched %d (%d exact, max |diff| %d), "
        + "missing %d, extra %d", batch, stream, matched, exact, maxAbsDiff, missing(), extra());
  }
}
