/**
 * Signal-processing kernels on primitive arrays, each numerically equal to its SciPy/NumPy
 * counterpart (golden vectors under {@code src/test/resources/golden}): Butterworth design and
 * second-order-section filtering (causal, streaming and zero-phase), peak finding,
 * Savitzky–Golay smoothing and derivatives, central differences, resampling and alignment,
 * continuous wavelet transforms, and subsequence dynamic time warping.
 *
 * <p>Algorithm objects are immutable and thread-safe; streaming states are for one thread.
 * Array parameters say whether they are modified.
 */
package org.gait4j.dsp;
