package org.gait4j.cycles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gait4j.internal.Checks;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.Side;

/**
 * Splits detected gait events into cycles, one list for both sides ordered by start.
 *
 * <p>For each side, every pair of consecutive initial contacts whose distance lies within
 * {@link CycleRules} forms a cycle. Inside it: the side's first toe off (a cycle with two toe
 * offs is rejected as inconsistent), the opposite side's first initial contact, the opposite
 * side's first toe off before that, and the side's heel off, foot flat and mid swing when
 * detected. Events of {@link Side#UNKNOWN} are ignored.
 *
 * <p>Stateless and thread-safe.
 */
public final class GaitCycles {
  private GaitCycles() {}

  /** Cycles of both sides with {@link CycleRules#defaults()}. */
  public static List<GaitCycle> segment(GaitEvents events) {
    return segment(events, CycleRules.defaults());
  }

  /** Cycles of both sides, ordered by initial contact. */
  public static List<GaitCycle> segment(GaitEvents events, CycleRules rules) {
    Checks.notNull(events, "events");
    Checks.notNull(rules, "rules");
    List<GaitCycle> out = new ArrayList<>();
    int minLen = (int) Math.ceil(rules.minStrideS() * events.rate().hz() - 1e-9);
    int maxLen = (int) Math.floor(rules.maxStrideS() * events.rate().hz() + 1e-9);
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      Side opp = side.opposite();
      int[] ic = events.sampleIndices(side, GaitEventType.INITIAL_CONTACT);
      int[] to = events.sampleIndices(side, GaitEventType.TOE_OFF);
      int[] ho = events.sampleIndices(side, GaitEventType.HEEL_OFF);
      int[] ff = events.sampleIndices(side, GaitEventType.FOOT_FLAT);
      int[] msw = events.sampleIndices(side, GaitEventType.MID_SWING);
      int[] oic = events.sampleIndices(opp, GaitEventType.INITIAL_CONTACT);
      int[] oto = events.sampleIndices(opp, GaitEventType.TOE_OFF);
      for (int k = 0; k + 1 < ic.length; k++) {
        int a = ic[k];
        int b = ic[k + 1];
        int len = b - a;
        if (len < minLen || len > maxLen) {
          continue;
        }
        if (countIn(to, a, b) > 1) {
          continue;
        }
        int toe = firstIn(to, a, b);
        int oppIc = firstIn(oic, a, b);
        int oppTo = firstIn(oto, a, oppIc >= 0 ? oppIc : b);
        out.add(new GaitCycle(side, events.rate(), a, b, toe, oppTo, oppIc,
            firstIn(ho, a, toe >= 0 ? toe : b), firstIn(ff, a, toe >= 0 ? toe : b),
            firstIn(msw, toe >= 0 ? toe : a, b)));
      }
    }
    out.sort(Comparator.comparingInt(GaitCycle::initialContact)
        .thenComparing(GaitCycle::side));
    return out;
  }

  /** First value in the open interval (from, to), or -1. {@code sorted} ascending. */
  private static int firstIn(int[] sorted, int from, int to) {
    int k = firstAbove(sorted, from);
    return k < sorted.length && sorted[k] < to ? sorted[k] : -1;
  }

  /** Number of values in the open interval (from, to). {@code sorted} ascending. */
  private static int countIn(int[] sorted, int from, int to) {
    return Math.max(0, firstAbove(sorted, to - 1) - firstAbove(sorted, from));
  }

  /** Index of the first value above {@code v} ({@code sorted.length} if none): O(log n). */
  private static int firstAbove(int[] sorted, int v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
