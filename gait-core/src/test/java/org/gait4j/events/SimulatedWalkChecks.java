package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.Side;
import org.gait4j.validation.EventMatch;

/** Assertions shared by the property tests of the event detectors on simulated walks. */
final class SimulatedWalkChecks {
  private SimulatedWalkChecks() {}

  /** Initial contacts alternate between the sides. */
  static void sidesAlternate(GaitEvents e) {
    Side last = null;
    for (GaitEvent x : e.ofType(GaitEventType.INITIAL_CONTACT)) {
      if (last != null) {
        assertEquals(last.opposite(), x.side(), "ICs must alternate: " + e.toTable());
      }
      last = x.side();
    }
  }

  /** On each side, events strictly alternate IC, TO, IC, TO ... (IC &lt; TO &lt; IC). */
  static void contactsOrdered(GaitEvents e) {
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      GaitEventType expected = null;
      int last = -1;
      for (GaitEvent x : e.ofSide(side)) {
        if (x.type() != GaitEventType.INITIAL_CONTACT && x.type() != GaitEventType.TOE_OFF) {
          continue;
        }
        if (expected != null) {
          assertEquals(expected, x.type(), side + " IC and TO must alternate: " + e.toTable());
        }
        assertTrue(x.sampleIndex() > last, "strictly increasing: " + e.toTable());
        last = x.sampleIndex();
        expected = x.type() == GaitEventType.INITIAL_CONTACT ? GaitEventType.TOE_OFF
            : GaitEventType.INITIAL_CONTACT;
      }
    }
  }

  /**
   * Away from the edges: every true event inside {@code [fromS, toS)}
   * has a detected partner, every detection inside it a true partner, and the matched inner true
   * events have a mean absolute error of at most {@code maeS}.
   */
  static void allRecoveredInside(GaitEvents detected, GaitEvents truth, double fromS, double toS,
      double toleranceS, double maeS, String context, GaitEventType... types) {
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      for (GaitEventType t : types) {
        double[] d = detected.timesS(side, t);
        double[] r = truth.timesS(side, t);
        EventMatch recall = EventMatch.ofTimes(d, inside(r, fromS, toS), toleranceS);
        EventMatch precision = EventMatch.ofTimes(inside(d, fromS, toS), r, toleranceS);
        assertEquals(1.0, recall.recall(), 1e-12, side + " " + t + " " + recall + "\n" + context);
        assertEquals(1.0, precision.precision(), 1e-12,
            side + " " + t + " " + precision + "\n" + context);
        assertTrue(recall.meanAbsoluteErrorS() <= maeS, side + " " + t + " " + recall + "\n"
            + context);
      }
    }
  }

  private static double[] inside(double[] t, double fromS, double toS) {
    return java.util.Arrays.stream(t).filter(x -> x >= fromS && x < toS).toArray();
  }
}
