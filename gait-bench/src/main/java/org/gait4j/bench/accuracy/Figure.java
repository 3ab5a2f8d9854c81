package org.gait4j.bench.accuracy;

import java.util.Locale;

/**
 * One measured accuracy figure: printed as
 * {@code dataset<TAB>metric<TAB>value<TAB>bound<TAB>PASS|FAIL}.
 */
public record Figure(String dataset, String metric, double value, Bound bound) {

  public boolean passes() {
    return bound.accepts(value);
  }

  /** The tab-separated line of this figure. */
  public String line() {
    return dataset + "\t" + metric + "\t" + number(value) + "\t" + bound + "\t"
        + (passes() ? "PASS" : "FAIL");
  }

  static String number(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return String.valueOf((long) v);
    }
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
