package org.gait4j.model;

import org.gait4j.internal.Checks;

/**
 * A gait event of one side at one sample. Events are sample indices so that they compare exactly
 * and index arrays directly; times derive from the sampling rate of the series they index.
 *
 * @param type what happened
 * @param side which foot; {@link Side#UNKNOWN} before left/right assignment
 * @param sampleIndex index into the series the event was detected in, {@code >= 0}
 */
public record GaitEvent(GaitEventType type, Side side, int sampleIndex)
    implements Comparable<GaitEvent> {

  public GaitEvent {
    Checks.notNull(type, "type");
    Checks.notNull(side, "side");
    Checks.nonNegative(sampleIndex, "sampleIndex");
  }

  /** The event's time in seconds at {@code rate}. */
  public double timeS(SamplingRate rate) {
    return rate.timeS(sampleIndex);
  }

  /** The same event {@code samples} later (earlier if negative). */
  public GaitEvent shifted(int samples) {
    return new GaitEvent(type, side, sampleIndex + samples);
  }

  /** Orders by sample index, then side, then type. */
  @Override
  public int compareTo(GaitEvent o) {
    int c = Integer.compare(sampleIndex, o.sampleIndex);
    if (c != 0) {
      return c;
    }
    c = side.compareTo(o.side);
    return c != 0 ? c : type.compareTo(o.type);
  }

  @Override
  public String toString() {
    return side.code() + " " + type.code() + " @" + sampleIndex;
  }
}
