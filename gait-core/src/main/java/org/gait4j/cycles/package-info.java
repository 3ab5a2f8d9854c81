/**
 * Gait cycles (strides) of each side, from one initial contact to the next, with the opposite
 * side's events and their phases: stance and swing, double and single support, and Perry's
 * sub-phases.
 */
package org.gait4j.cycles;
