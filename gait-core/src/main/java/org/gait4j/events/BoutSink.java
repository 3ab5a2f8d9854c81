package org.gait4j.events;

/**
 * Receives the walking bouts of a {@link LowerBackWalkingBoutStream} as they are closed.
 *
 * <p>Called on the thread that pushes the samples, from inside {@code push(...)} or {@link
 * EventStream#flush()}, once per bout, in time order. Bouts are immutable {@link WalkingBout}s
 * (one small object per bout), indexed from the first sample pushed, so the sink may keep them. An
 * exception thrown by the sink propagates out of the call that delivered the bout.
 */
@FunctionalInterface
public interface BoutSink {

  /** Called once per closed bout. */
  void onBout(WalkingBout bout);
}
