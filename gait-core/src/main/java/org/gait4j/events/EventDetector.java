package org.gait4j.events;

import org.gait4j.model.GaitEvents;

/**
 * Detects gait events in one kind of input (an {@link org.gait4j.model.ImuStream}, a
 * {@link org.gait4j.model.PointSet}, an {@link org.gait4j.model.InsoleRecording}, ...).
 *
 * <p>Implementations are immutable and thread-safe, never modify their input, and return events
 * as sample indices at the input's sampling rate. Input too short to hold a stride gives empty
 * events; input that cannot be analysed (wrong quantity, missing axis, gaps under a
 * {@link org.gait4j.model.GapPolicy#FAIL} policy) throws {@link IllegalArgumentException} naming
 * the problem.
 *
 * @param <I> the input type
 */
@FunctionalInterface
public interface EventDetector<I> {

  /** The events found in {@code input}, sorted. */
  GaitEvents detect(I input);
}
