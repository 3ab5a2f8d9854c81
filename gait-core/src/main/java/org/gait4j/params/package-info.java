/**
 * Spatiotemporal parameters per cycle, per side and overall (times, lengths, speed, phases,
 * symmetry, variability), and the spatial estimators that measure stride geometry from each
 * modality.
 */
package org.gait4j.params;
