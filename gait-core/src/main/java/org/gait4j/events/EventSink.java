package org.gait4j.events;

import org.gait4j.model.GaitEvent;

/**
 * Receives the events of a streaming detector ({@link EventStream}) as they are confirmed.
 *
 * <p>Called on the thread that pushes the samples, from inside {@code push(...)} or {@link
 * EventStream#flush()}, once per event, in order of increasing sample index within one stream.
 * The event's {@link GaitEvent#sampleIndex()} counts samples from the first sample pushed into
 * the stream (index 0). An exception thrown by the sink propagates out of the {@code push} or
 * {@code flush} call that delivered the event; the stream is then in an unspecified state.
 *
 * <p>Each event is a new immutable {@link GaitEvent} (one small object per event, never per
 * sample), so the sink may keep it.
 */
@FunctionalInterface
public interface EventSink {

  /** Called once per confirmed event. */
  void onEvent(GaitEvent event);
}
