package org.gait4j.cycles;

import org.gait4j.internal.Checks;

/**
 * A phase of one cycle as the sample interval {@code [startIndex, endIndex)}.
 *
 * @param phase which phase
 * @param startIndex first sample of the phase
 * @param endIndex first sample after the phase ({@code >= startIndex})
 * @param source whether both bounds are detected events or at least one is estimated
 */
public record PhaseInterval(Phase phase, int startIndex, int endIndex, Source source) {

  /** Where a phase's bounds come from. */
  public enum Source {
    /** Both bounds are detected events. */
    EVENTS,
    /** At least one bound is estimated from Perry's standard fractions of normal gait. */
    ESTIMATED
  }

  public PhaseInterval {
    Checks.notNull(phase, "phase");
    Checks.notNull(source, "source");
    Checks.requireArgument(endIndex >= startIndex, "%s ends (%d) before it starts (%d)", phase,
        endIndex, startIndex);
  }

  /** Length in samples. */
  public int lengthSamples() {
    return endIndex - startIndex;
  }
}
