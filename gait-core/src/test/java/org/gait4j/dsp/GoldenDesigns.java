package org.gait4j.dsp;

import org.gait4j.model.SamplingRate;

/** Builds the design described by the key columns of a golden design-table row. */
final class GoldenDesigns {
  private GoldenDesigns() {}

  /** Row columns: order, band type code (0 LP, 1 HP, 2 BP, 3 BS), fs, f1, f2. */
  static SosFilter design(double[] row) {
    int order = (int) row[0];
    BandType type = BandType.values()[(int) row[1]];
    SamplingRate rate = SamplingRate.ofHz(row[2]);
    return type.isBand()
        ? Butterworth.design(order, type, row[3], row[4], rate)
        : Butterworth.design(order, type, row[3], rate);
  }

  static String describe(double[] row) {
    return BandType.values()[(int) row[1]] + " order " + (int) row[0] + " fs " + row[2] + " Hz, "
        + row[3] + (row[4] != 0 ? "-" + row[4] : "") + " Hz";
  }

  static double peak(double[] v) {
    double m = 0;
    for (double d : v) {
      m = Math.max(m, Math.abs(d));
    }
    return m;
  }
}
