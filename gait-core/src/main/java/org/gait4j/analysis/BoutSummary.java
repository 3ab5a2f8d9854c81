package org.gait4j.analysis;

import java.util.OptionalDouble;
import org.gait4j.events.WalkingBout;
import org.gait4j.internal.Checks;
import org.gait4j.model.GaitEvents;

/**
 * What {@link LowerBackBoutAnalysis} found in one walking bout, or in one piece of a bout longer
 * than its longest piece.
 *
 * @param bout the walking bout
 * @param fromIndex first sample analysed: the bout's start, or a piece's
 * @param toIndex one past the last sample analysed: the bout's end, or a piece's
 * @param initialContacts the initial contacts (both feet, with their sides) found in {@code
 *     [fromIndex, toIndex)}, at sample indices of the whole recording: the events {@link
 *     org.gait4j.events.LowerBackIcDetector#initialContacts} gives for that range
 * @param cadenceStepsPerMin mean of 120 over the duration of each stride whose left/right
 *     sequence holds ({@link org.gait4j.params.BoutCadence#fromStrides}); empty without one
 * @param meanStrideLengthM mean inverted-pendulum stride length, m; empty if no stride has one
 * @param strides number of strides with a length
 */
public record BoutSummary(WalkingBout bout, int fromIndex, int toIndex, GaitEvents initialContacts,
    OptionalDouble cadenceStepsPerMin, OptionalDouble meanStrideLengthM, int strides) {

  public BoutSummary {
    Checks.notNull(bout, "bout");
    Checks.requireArgument(bout.startIndex() <= fromIndex && fromIndex < toIndex
        && toIndex <= bout.endIndex(), "[%d, %d) must be a non-empty part of %s", fromIndex,
        toIndex, bout);
    Checks.notNull(initialContacts, "initialContacts");
    Checks.notNull(cadenceStepsPerMin, "cadenceStepsPerMin");
    Checks.notNull(meanStrideLengthM, "meanStrideLengthM");
    Checks.nonNegative(strides, "strides");
  }

  /** Whether this is the whole bout rather than a piece of it. */
  public boolean isWholeBout() {
    return fromIndex == bout.startIndex() && toIndex == bout.endIndex();
  }
}
