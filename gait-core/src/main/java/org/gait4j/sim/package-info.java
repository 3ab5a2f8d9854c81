/**
 * A walk simulator with known ground truth, for testing event detectors and whole applications.
 */
package org.gait4j.sim;
