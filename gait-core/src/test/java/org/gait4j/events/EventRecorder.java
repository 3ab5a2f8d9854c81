package org.gait4j.events;

import java.util.ArrayList;
import java.util.List;
import org.gait4j.model.GaitEvent;

/**
 * An {@link EventSink} for tests: records each event with the index of the last sample pushed
 * when it was delivered ({@code -1} when delivered by {@code flush()}).
 */
final class EventRecorder implements EventSink {
  final List<GaitEvent> events = new ArrayList<>();
  /** Index of the last pushed sample at delivery, or -1 if delivered by flush. */
  final List<Integer> deliveredAt = new ArrayList<>();
  private EventStream stream;

  /** Connects the recorder to the stream it listens to (to read samplesPushed at delivery). */
  void attach(EventStream s) {
    this.stream = s;
  }

  @Override
  public void onEvent(GaitEvent event) {
    events.add(event);
    deliveredAt.add(stream.isFlushed() ? -1 : stream.samplesPushed() - 1);
  }

  /** Largest delivery delay of the events delivered during push, samples; -1 if none. */
  int maxDelay() {
    int d = -1;
    for (int k = 0; k < events.size(); k++) {
      if (deliveredAt.get(k) >= 0) {
        d = Math.max(d, deliveredAt.get(k) - events.get(k).sampleIndex());
      }
    }
    return d;
  }
}
