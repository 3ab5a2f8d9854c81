package org.gait4j.events;

import org.gait4j.model.SamplingRate;

/**
 * The streaming face of an event detector: one object per live signal, fed sample by sample (or
 * block by block) and reporting events through an {@link EventSink}. Each modality adds its own
 * {@code push} methods (for example {@link ImuEventStream}).
 *
 * <h2>Contract shared by all streams</h2>
 *
 * <ul>
 *   <li><b>Indices.</b> Events carry sample indices counted from the first sample pushed (index
 *       0), at {@link #rate()}; within one stream they are delivered in increasing sample order.
 *   <li><b>Latency.</b> An event at sample {@code i} is delivered during the {@code push} of a
 *       sample with index at most {@code i + latencySamples()}, or by {@link #flush()}. The bound
 *       is a worst case stated by each detector (with the conditions it needs, if any); typical
 *       delays are shorter.
 *   <li><b>Chunking.</b> Pushing the same samples in any split into blocks gives exactly the same
 *       events, delivered after the same samples.
 *   <li><b>Allocation.</b> Buffers are sized from the configuration when the stream is created;
 *       pushing allocates nothing per sample. Each delivered event is one new {@code GaitEvent}.
 *   <li><b>End.</b> {@link #flush()} marks the end of the recording and delivers the events that
 *       were waiting for more data; afterwards {@code push} throws {@link IllegalStateException}.
 *   <li><b>Threads.</b> A stream is for one signal and one thread at a time (not thread-safe);
 *       the detector that creates it and its configuration are immutable and may be shared, and
 *       any number of streams may run in parallel.
 *   <li><b>Length.</b> At most {@link Integer#MAX_VALUE} samples (over 120 days at 200 Hz);
 *       longer signals need a new stream.
 * </ul>
 */
public interface EventStream {

  /** The sampling rate the pushed samples are taken at. */
  SamplingRate rate();

  /**
   * Worst-case delay, in samples at {@link #rate()}, between an event's sample and the sample
   * whose {@code push} delivers it (events waiting at the end are delivered by {@link #flush()}).
   */
  int latencySamples();

  /** Number of samples pushed so far; the index the next sample will have. */
  int samplesPushed();

  /**
   * Ends the recording: delivers the events that were waiting for more samples, as the batch
   * detector would find them at the end of its input. Idempotent.
   */
  void flush();

  /** True once {@link #flush()} was called. */
  boolean isFlushed();
}
