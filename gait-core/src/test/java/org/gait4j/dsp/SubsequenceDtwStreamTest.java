package org.gait4j.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link SubsequenceDtw.Stream} gives exactly {@link SubsequenceDtw#costFunction}. */
class SubsequenceDtwStreamTest {

  @Test
  void streamEqualsBatchCostFunctionBitForBit() {
    SplittableRandom r = new SplittableRandom(5);
    for (int channels = 1; channels <= 2; channels++) {
      double[][] template = new double[17][channels];
      double[][] signal = new double[400][channels];
      for (double[] t : template) {
        for (int c = 0; c < channels; c++) {
          t[c] = Math.round(r.nextDouble(-2, 2) * 4) / 4.0; // quarter steps: many ties
        }
      }
      for (int j = 0; j < signal.length; j++) {
        for (int c = 0; c < channels; c++) {
          signal[j][c] = Math.round((Math.sin(j * 0.3 + c) + r.nextDouble(-0.5, 0.5)) * 4) / 4.0;
        }
      }
      SubsequenceDtw dtw = SubsequenceDtw.of(template);
      DtwCostFunction f = dtw.costFunction(signal);
      SubsequenceDtw.Stream s = dtw.newStream();
      for (int j = 0; j < signal.length; j++) {
        double c = channels == 1 ? s.push(signal[j][0]) : s.push(signal[j]);
        assertEquals(f.cost(j), c, 0.0, "cost " + j);
        assertEquals(f.start(j), s.lastStart(), "start " + j);
      }
      assertEquals(signal.length, s.samplesPushed());
    }
  }

  @Test
  void noLaterCheaperMatchStartsBeforeTheReportedSample() {
    SplittableRandom r = new SplittableRandom(9);
    double[][] template = new double[12][1];
    for (int i = 0; i < template.length; i++) {
      template[i][0] = Math.sin(i * 0.5);
    }
    double[][] signal = new double[300][1];
    for (int j = 0; j < signal.length; j++) {
      signal[j][0] = Math.sin(j * 0.45) + r.nextDouble(-0.3, 0.3);
    }
    SubsequenceDtw dtw = SubsequenceDtw.of(template);
    DtwCostFunction f = dtw.costFunction(signal);
    SubsequenceDtw.Stream s = dtw.newStream();
    for (int t = 0; t < signal.length; t++) {
      s.push(signal[t][0]);
      double bound = f.cost(t) * 1.5;
      int earliest = s.earliestStartCheaperThan(bound);
      for (int later = t + 1; later < signal.length; later++) {
        if (f.cost(later) < bound) {
          assertTrue(f.start(later) >= earliest, "t " + t + ", later " + later);
        }
      }
    }
  }

  @Test
  void wrongInputIsRejected() {
    SubsequenceDtw.Stream s = SubsequenceDtw.of(new double[][] {{1, 2}, {3, 4}}).newStream();
    assertThrows(IllegalStateException.class, () -> s.push(1.0));
    assertThrows(IllegalArgumentException.class, () -> s.push(new double[] {1}));
    assertThrows(IllegalArgumentException.class, () -> s.push(new double[] {1, Double.NaN}));
  }
}
