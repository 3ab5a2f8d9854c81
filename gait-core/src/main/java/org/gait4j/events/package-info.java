/**
 * Gait event detectors for every modality: foot, shank and lower-back IMUs, keypoints and
 * markers, insoles and force plates, and walking-bout detection. Each detector is a stateless,
 * immutable, thread-safe object configured in physical units, whose {@code detect} returns
 * {@link org.gait4j.model.GaitEvents} as sample indices of its input.
 *
 * <p>Events stored in a file are data to compare with, never a substitute for detection: no
 * detector reads {@link org.gait4j.model.Trial#storedEvents()}.
 */
package org.gait4j.events;
