/**
 * Gait event detectors for every modality: foot, shank and lower-back IMUs, keypoints and
 * markers, insoles and force plates, and walking-bout detection. Each detector is a stateless,
 * immutable, thread-safe object configured in physical units, whose {@code detect} returns
 * {@link org.gait4j.model.GaitEvents} as sample indices of its input.
 *
 * <p><b>Streaming.</b> Detectors that can run causally also have a streaming face: {@code
 * detector.newStream(rate, side, sink)} returns an {@link org.gait4j.events.EventStream} (for IMUs
 * an {@link org.gait4j.events.ImuEventStream}) for one live signal, which takes samples one at a
 * time or in blocks and hands each confirmed event to an {@link org.gait4j.events.EventSink},
 * with sample indices counted from the stream's start and a documented worst-case latency in
 * samples. So far: {@link org.gait4j.events.FootGyroEventStream} (foot IMU) and {@link
 * org.gait4j.events.InsoleContactStream} (insoles).
 *
 * <p>Events stored in a file are data to compare with, never a substitute for detection: no
 * detector reads {@link org.gait4j.model.Trial#storedEvents()}.
 */
package org.gait4j.events;
